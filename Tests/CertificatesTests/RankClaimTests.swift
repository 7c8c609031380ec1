import QBoundsTestSupport
import Testing
import PropertyBased
import Exact
@testable import Certificates

@Suite struct RankClaimTests {
    /// Random low-rank integer matrices A·B: the certified rank against textbook Gauss–Jordan
    /// elimination over ℚ and the rank modulo a large prime; a claim one off is refuted.
    @Test func randomRankClaimsAgreeWithIndependentElimination() async {
        let entry = Gen.int(in: -4...4)
        await seededPropertyCheck("randomRankClaimsAgreeWithIndependentElimination", count: 60, zip(Gen.int(in: 1...6), Gen.int(in: 1...6), Gen.int(in: 1...4), entry.array(of: 36), entry.array(of: 36))) { m, n, k, xs, ys in
            let a = (0..<m).map { i in (0..<k).map { j in xs[i * k + j] } }
            let b = (0..<k).map { i in (0..<n).map { j in ys[i * n + j] } }
            let rows: [[Rational]] = (0..<m).map { i in (0..<n).map { j in Rational((0..<k).reduce(0) { $0 + a[i][$1] * b[$1][j] }) } }
            let expected = Support.naiveRank(rows)
            let matrix = try RationalMatrix(rows)
            #expect(matrix.modularRank(prime: Determinant.primes[0]) == expected)
            for (claimed, verdict) in [(expected, Verdict.certified), (expected + 1, .refuted)] {
                let claim = try Support.claim("""
                    id: r
                    statement: exact.rank
                    kind: rank
                    matrix: \(Support.yamlMatrix(rows))
                    rank: \(claimed)
                    """)
                let c = try Certifier.certify(claim)
                #expect(c.verdict == verdict)
                #expect(c.values["rank"] == .exact(Rational(expected)))
                #expect(Rechecker.verify(c).isValid)
            }
        }
    }

    /// Generated IPₙ and EQₙ against their closed-form ranks (2ⁿ − 1 and 2ⁿ) and against the
    /// independent elimination on the generated entries, recomputed here from the definition.
    @Test(arguments: 1...5)
    func generatorsMatchClosedForms(n: Int) throws {
        let size = 1 << n
        let ip: [[Rational]] = (0..<size).map { x in (0..<size).map { y in Rational((x & y).nonzeroBitCount % 2) } }
        #expect(Support.naiveRank(ip) == size - 1)
        for (generator, rank) in [("inner-product", size - 1), ("equality", size)] {
            let c = try Certifier.certify(try Support.claim("""
                id: g
                statement: exact.rank
                kind: rank
                generator: \(generator)
                n: \(n)
                rank: \(rank)
                """))
            #expect(c.verdict == .certified, "\(generator) n=\(n): \(c.summary)")
            if generator == "inner-product" { #expect(c.witnesses.matrix == (try RationalMatrix(ip))) }
            #expect(c.witnesses.rank?.kernelBasis.count == size - rank)
        }
    }
}
