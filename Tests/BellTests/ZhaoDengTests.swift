import Exact
import Testing
@testable import Bell

/// The Zhao–Deng task (arXiv:2410.03094) as THEOREMS.md §3 defines it.
@Suite struct ZhaoDengTests {
    /// zhaodeng.classical-value: enumeration gives 15/16 = 7/16 + (9/16)(8/9).
    @Test func classicalValueIsFifteenSixteenths() throws {
        let r = try ZhaoDeng.game.classicalValue()
        #expect(r.value == (try Rational(15, 16)))
        #expect(r.value == (try Rational(7, 16)) + (try Rational(9, 16)) * (try Rational(8, 9)))
        #expect(try ZhaoDeng.game.functional.value(of: r.strategy) == r.value)
    }

    /// zhaodeng.quantum-strategy: the noiseless circuit wins all 16 input pairs with probability
    /// exactly 1 (exact Clifford state), and the float StateVector agrees.
    @Test func noiselessStrategyWinsEveryInputPair() throws {
        let exact = ZhaoDeng.noiselessWinProbabilities()
        let float = try ZhaoDeng.floatWinProbabilities()
        for x in 0..<4 { for y in 0..<4 {
            #expect(exact[x][y] == 1, "x=\(x) y=\(y): \(exact[x][y])")
            #expect(abs(float[x][y] - 1) < 1e-12)
        } }
        // The interval strategy: the enclosure of the game value contains 1 and is narrow.
        let v = try ZhaoDeng.strategy().value(of: .probability(ZhaoDeng.game.functional))
        #expect(v.contains(1))
        #expect(v.width < Rational(1).timesPowerOfTwo(-100))
    }

    /// zhaodeng.noise: q(0) = 1, q is the exact polynomial, p* < p_c and q(p_c) = 15/16.
    @Test func winPolynomialAndThresholds() throws {
        let q = ZhaoDeng.winPolynomial()
        #expect(q(Rational(0)) == 1)
        #expect(q.degree <= 10)
        let pStar = try ZhaoDeng.pStar()
        #expect(pStar.lowerDouble > 0.00643 && pStar.upperDouble < 0.006434)
        let (pc, _) = try ZhaoDeng.criticalNoise()
        #expect(pc.isGreater(than: pStar.upper) == .true)
        #expect(q(pc).contains(ZhaoDeng.classicalValue))
        print("q(p) =", q, " p_c ≈", pc)
    }
}
