import Exact
import Foundation
import QBoundsTestSupport
import Testing
@testable import Separations

@Suite struct BoundsAndCodesTests {
    /// comm.index: (1 − H₂(ε))·n; exact at ε = 0 and 1/2; enclosure contains the float value.
    @Test func indexBound() throws {
        let zero = try BinaryEntropy.indexBound(n: 7, epsilon: Rational(0))
        #expect(zero.contains(Rational(7)) && zero.width.isZero)
        #expect(try BinaryEntropy.indexBound(n: 7, epsilon: try Rational(1, 2)).contains(Rational(0)))
        let q = try BinaryEntropy.indexBound(n: 10, epsilon: try Rational(1, 10))
        let h = -(0.1 * log2(0.1) + 0.9 * log2(0.9))
        #expect(q.lowerDouble <= (1 - h) * 10 + 1e-12 && (1 - h) * 10 - 1e-12 <= q.upperDouble)
        #expect(q.width < (try Rational(1, 1 << 60)))
        let e = try BinaryEntropy.indexBound(n: 10, epsilon: try Rational(1, 10), entanglement: true)
        #expect(e.isLess(than: q) == .true)
        #expect(throws: SeparationError.self) { try BinaryEntropy.indexBound(n: 3, epsilon: try Rational(2, 3)) }
    }

    /// comm.rac: exhaustive classical optimum = closed form; the qubit codes on the simulator sit
    /// in the enclosure of 1/2 + 1/(2√n) and beat the classical optimum.
    @Test func randomAccessCodes() throws {
        for n in 1...4 {
            let (v, e) = try RandomAccessCode.classicalOptimumBySearch(n: n)
            #expect(v == (try RandomAccessCode.classicalOptimum(n: n)), "n = \(n)")
            #expect(try Rational(RandomAccessCode.classicalScore(n: n, encoding: e), n << n) == v)
        }
        #expect(try RandomAccessCode.classicalOptimum(n: 2) == Rational(3, 4))
        for n in 2...3 {
            let q = try RandomAccessCode.quantumOptimum(n: n)
            let sim = try RandomAccessCode.simulatedQuantumCode(n: n)
            #expect(q.lowerDouble - 1e-12 <= sim && sim <= q.upperDouble + 1e-12, "n = \(n): \(sim) vs \(q)")
            #expect(q.isGreater(than: try RandomAccessCode.classicalOptimum(n: n)) == .true)
        }
        #expect(throws: SeparationError.self) { try RandomAccessCode.quantumOptimum(n: 4) }
    }
}
