import QBoundsTestSupport
import Testing
import PropertyBased
import Exact
@testable import Certificates

@Suite struct DefiniteClaimTests {
    static let entry = Gen.int(in: -6...6)

    /// Principal minors of a symmetric matrix (for Sylvester-type criteria), by cofactor expansion.
    static func det(_ a: [[Rational]]) -> Rational {
        if a.isEmpty { return 1 }
        if a.count == 1 { return a[0][0] }
        var s = Rational()
        for j in 0..<a.count where !a[0][j].isZero {
            let minor = a.dropFirst().map { row in row.enumerated().filter { $0.offset != j }.map(\.element) }
            let term = a[0][j] * det(Array(minor))
            s += j % 2 == 0 ? term : -term
        }
        return s
    }

    /// S ⪰ 0 iff every principal minor is ≥ 0; S ≻ 0 iff every leading principal minor is > 0.
    static func criterion(_ s: [[Rational]], strict: Bool) -> Bool {
        let n = s.count
        if strict {
            return (1...n).allSatisfy { k in det(Array(s.prefix(k).map { Array($0.prefix(k)) })).signum > 0 }
        }
        for mask in 1..<(1 << n) {
            let idx = (0..<n).filter { mask & (1 << $0) != 0 }
            if det(idx.map { i in idx.map { j in s[i][j] } }).signum < 0 { return false }
        }
        return true
    }

    static func claim(_ s: [[Rational]], _ property: String, bound: String? = nil) throws -> Claim {
        try Support.claim("""
            id: d
            statement: exact.inertia
            kind: definite
            property: \(property)
            matrix: \(Support.yamlMatrix(s))
            \(bound.map { "bound: \"\($0)\"" } ?? "")
            """)
    }

    /// Random symmetric 3×3 matrices (half of them Gram matrices BᵀB, so PSD cases occur):
    /// the LDLᵀ verdicts against the principal-minor criteria, and the refuting direction
    /// against an exact quadratic form computed here.
    @Test func definitenessAgreesWithPrincipalMinors() async {
        await seededPropertyCheck("definitenessAgreesWithPrincipalMinors", count: 80, zip(Self.entry.array(of: 9), Gen.bool)) { xs, gram in
            let b = (0..<3).map { i in (0..<3).map { j in Rational(xs[i * 3 + j]) } }
            let s: [[Rational]] = (0..<3).map { i in (0..<3).map { j in
                gram ? (0..<3).reduce(Rational()) { $0 + b[$1][i] * b[$1][j] } : b[Swift.min(i, j)][Swift.max(i, j)]
            } }
            for (property, strict) in [("psd", false), ("pd", true)] {
                let c = try Certifier.certify(try Self.claim(s, property))
                let expected = Self.criterion(s, strict: strict)
                #expect(c.verdict == (expected ? .certified : .refuted), "\(property) \(s)")
                if let x = c.witnesses.direction {
                    let value = (0..<3).reduce(Rational()) { acc, i in (0..<3).reduce(acc) { $0 + x[i] * s[i][$1] * x[$1] } }
                    #expect(strict ? value.signum <= 0 : value.signum < 0)
                    #expect(!x.isZero)
                }
                #expect(Rechecker.verify(c).isValid)
            }
            let negated = s.map { $0.map { -$0 } }
            let nsd = try Certifier.certify(try Self.claim(s, "nsd"))
            #expect(nsd.verdict == (Self.criterion(negated, strict: false) ? .certified : .refuted))
        }
    }

    /// λ_max([[a, b], [b, c]]) < t against the closed form: t·I − S ≻ 0 iff t − a > 0 and
    /// (t − a)(t − c) − b² > 0.
    @Test func lambdaMaxAgreesWithClosedForm() async {
        await seededPropertyCheck("lambdaMaxAgreesWithClosedForm", count: 100, zip(Self.entry, Self.entry, Self.entry, Gen.int(in: -40...40))) { a, b, c, t10 in
            let s = [[Rational(a), Rational(b)], [Rational(b), Rational(c)]]
            let t = try Rational(t10, 4)
            let expected = (t - Rational(a)).signum > 0 && ((t - Rational(a)) * (t - Rational(c)) - Rational(b * b)).signum > 0
            let cert = try Certifier.certify(try Self.claim(s, "lambda-max-below", bound: t.description))
            #expect(cert.verdict == (expected ? .certified : .refuted))
        }
    }

    /// μ₂(F) < b for random 2×2 F against the closed form on its symmetric part, and the spectral
    /// abscissa reported for context against the eigenvalues of F.
    @Test func logNormAgreesWithClosedForm() async {
        await seededPropertyCheck("logNormAgreesWithClosedForm", count: 100, zip(Self.entry.array(of: 4), Gen.int(in: -12...12))) { f, b4 in
            let F = [[Rational(f[0]), Rational(f[1])], [Rational(f[2]), Rational(f[3])]]
            let b = try Rational(b4, 4)
            // b·I − S ≻ 0 with S = (F + Fᵀ)/2: leading minors.
            let half = try Rational(1, 2)
            let s01 = half * (F[0][1] + F[1][0])
            let m00 = b - F[0][0], m11 = b - F[1][1]
            let expected = m00.signum > 0 && (m00 * m11 - s01 * s01).signum > 0
            let claim = try Support.claim("""
                id: l
                statement: exact.eigenvalue-bound
                kind: log-norm
                matrix: \(Support.yamlMatrix(F))
                bound: "\(b)"
                """)
            let c = try Certifier.certify(claim)
            #expect(c.verdict == (expected ? .certified : .refuted))
            #expect(Rechecker.verify(c).isValid)
        }
    }

    /// The carleman.hypothesis counterexample: μ₂(F1) < 0 is refuted although the spectral
    /// abscissa (−1, read off the triangular F1) is negative; the refuting direction x has
    /// xᵀF1x > 0 (checked here directly on F1).
    @Test func carlemanCounterexampleIsRefuted() throws {
        let c = try Certifier.certify(try Support.claim("""
            id: f1
            statement: carleman.hypothesis
            kind: log-norm
            expect: refuted
            matrix: [[-1, 10], [0, "-101/100"]]
            relation: "<"
            bound: 0
            """))
        #expect(c.verdict == .refuted && c.isAsExpected)
        #expect(c.values["spectral-abscissa"] == .exact(-1))
        let x = try #require(c.witnesses.direction)
        let f1 = [[Rational(-1), Rational(10)], [Rational(0), Support.q("-101/100")]]
        let form = (0..<2).reduce(Rational()) { acc, i in (0..<2).reduce(acc) { $0 + x[i] * f1[i][$1] * x[$1] } }
        #expect(form.signum > 0)
        // μ₂ enclosure contains the closed form (−2.01 + √(0.0001 + 100))/2 ≈ 3.99500250.
        guard case let .enclosure(lo, hi) = try #require(c.values["mu2"]) else { Issue.record("no enclosure"); return }
        let exact = (-2.01 + (0.0001 + 100.0).squareRoot()) / 2
        #expect(Double(lo)! <= exact + 1e-12 && exact - 1e-12 <= Double(hi)!)
        #expect(c.notes.contains { $0.contains("non-normal") })
    }

    /// ‖M‖₂ ≤ b for random 2×2 M against the closed form λ_max(MᵀM) = (t + √(t² − 4d))/2
    /// (t, d the trace and determinant of G = MᵀM): b² ≥ λ_max iff 2b² − t ≥ 0 and
    /// (2b² − t)² ≥ t² − 4d.
    @Test func spectralNormAgreesWithClosedForm() async {
        await seededPropertyCheck("spectralNormAgreesWithClosedForm", count: 100, zip(Self.entry.array(of: 4), Gen.int(in: -2...40))) { m, b4 in
            let M = [[Rational(m[0]), Rational(m[1])], [Rational(m[2]), Rational(m[3])]]
            let b = try Rational(b4, 4)
            let g00 = M[0][0] * M[0][0] + M[1][0] * M[1][0], g11 = M[0][1] * M[0][1] + M[1][1] * M[1][1]
            let g01 = M[0][0] * M[0][1] + M[1][0] * M[1][1]
            let t = g00 + g11, d = g00 * g11 - g01 * g01
            let u = 2 * b * b - t
            let expected = b.signum >= 0 && u.signum >= 0 && u * u >= t * t - 4 * d
            let c = try Certifier.certify(try Support.claim("""
                id: s
                statement: exact.eigenvalue-bound
                kind: spectral-norm
                matrix: \(Support.yamlMatrix(M))
                bound: "\(b)"
                """))
            #expect(c.verdict == (expected ? .certified : .refuted), "\(M) ≤ \(b)")
            #expect(Rechecker.verify(c).isValid)
        }
    }

    /// A non-symmetric matrix does not meet the hypothesis of a definiteness claim.
    @Test func nonSymmetricIsHypothesisNotMet() throws {
        let c = try Certifier.certify(try Self.claim([[1, 1], [0, 1]], "pd"))
        #expect(c.verdict == .hypothesisNotMet)
        #expect(c.hypotheses.first?.holds == false)
        #expect(Rechecker.verify(c).derivedVerdict == .hypothesisNotMet)
    }
}
