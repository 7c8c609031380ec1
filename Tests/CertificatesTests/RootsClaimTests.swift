import QBoundsTestSupport
import Testing
import PropertyBased
import Exact
@testable import Certificates

@Suite struct RootsClaimTests {
    /// p = (x² + 1)·∏(x − rᵢ) with random rational rᵢ (repeats allowed): the certified count of
    /// distinct real roots against the number of distinct rᵢ, a root interval around r₁ is
    /// certified, and an interval between the roots is refuted.
    @Test func rootCountsAgreeWithConstruction() async {
        await seededPropertyCheck("rootCountsAgreeWithConstruction", count: 40, zip(Gen.int(in: -20...20).array(of: 1...4), Gen.int(in: 1...3))) { numerators, d in
            let roots = try numerators.map { try Rational($0, d) }
            var p = RationalPolynomial([1, 0, 1])
            for r in roots { p = p * RationalPolynomial([-r, 1]) }
            let distinct = Set(roots).count
            let coefficients = "[" + p.coefficients.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
            func claim(_ extra: String) throws -> Certificate {
                try Certifier.certify(try Support.claim("""
                    id: roots
                    statement: exact.real-roots
                    kind: roots
                    coefficients: \(coefficients)
                    \(extra)
                    """))
            }
            let r1 = roots[0], eighth = try Rational(1, 8)
            let counted = try claim("count: \(distinct)\nlo: \"\(r1 - eighth)\"\nhi: \"\(r1)\"")
            #expect(counted.verdict == .certified)
            #expect(Rechecker.verify(counted).isValid)
            #expect(try claim("count: \(distinct + 1)").verdict == .refuted)
            // An interval strictly between roots (or beyond them) holds none.
            let sorted = Set(roots).sorted()
            let gapLo = (sorted.last! + 1), gapHi = sorted.last! + 2
            #expect(try claim("lo: \"\(gapLo)\"\nhi: \"\(gapHi)\"").verdict == .refuted)
            // Every enclosure contains one of the constructed roots.
            for w in counted.witnesses.roots ?? [] {
                #expect(roots.contains { w.enclosureLower <= $0 && $0 <= w.enclosureUpper })
            }
        }
    }

    /// x² − 2: two roots, one in [1.41, 1.42]; the enclosure agrees with the Double √2.
    @Test func sqrt2() throws {
        let c = try Certifier.certify(try Support.claim("""
            id: r
            statement: exact.real-roots
            kind: roots
            coefficients: [-2, 0, 1]
            count: 2
            lo: 1.41
            hi: 1.42
            """))
        #expect(c.verdict == .certified)
        let root = try #require(c.witnesses.roots?.last)
        #expect(root.enclosureLower.double() <= 2.0.squareRoot() + 1e-15 && 2.0.squareRoot() - 1e-15 <= root.enclosureUpper.double())
        #expect(root.enclosureLower * root.enclosureLower < 2 && root.enclosureUpper * root.enclosureUpper > 2)
    }
}
