import Exact

extension Certifier {
    /// rank_ℚ(M) = r, decided by `RationalMatrix.rankCertificate()` (Bareiss elimination) with a
    /// nonsingular r×r minor and a kernel basis as witnesses. A false claim is refuted and the
    /// certificate carries the true rank with its witnesses.
    static func rank(_ claim: Claim, _ source: MatrixSource, _ claimed: Int) throws(CertificationError) -> Certificate {
        let m = try kernel(source.isGenerated ? "generator" : "matrix") { () throws(ExactError) in try source.matrix() }
        let rc = m.rankCertificate()
        var w = Witnesses()
        w.matrix = m
        w.rank = rc
        let verdict: Verdict = rc.rank == claimed ? .certified : .refuted
        return Certificate(
            claim: claim, verdict: verdict,
            summary: "rank over ℚ = \(rc.rank) (claimed \(claimed)) for a \(m.rows)×\(m.columns) matrix",
            values: ["rank": .exact(Rational(rc.rank)), "claimed-rank": .exact(Rational(claimed)),
                     "rows": .exact(Rational(m.rows)), "columns": .exact(Rational(m.columns))],
            witnesses: w,
            notes: ["rank ≥ \(rc.rank): the minor on rows \(abbreviated(rc.minorRows)) and columns \(abbreviated(rc.minorColumns)) is nonsingular; rank ≤ \(rc.rank): \(rc.kernelBasis.count) independent kernel vectors"])
    }

    /// A definiteness property of a symmetric S, decided by the inertia of the exact LDLᵀ of
    /// A = S (psd, pd), −S (nsd, nd) or c·I − S (λ_max(S) < c). A non-symmetric S does not meet
    /// the statement's hypothesis.
    static func definite(_ claim: Claim, _ s: RationalMatrix, _ property: DefiniteProperty, _ bound: Rational?) throws(CertificationError) -> Certificate {
        let symmetric = HypothesisCheck(name: "S is symmetric", holds: s.isSymmetric, how: "S[i][j] = S[j][i] compared exactly for every i < j")
        guard s.isSymmetric else {
            var w = Witnesses(); w.matrix = s
            return Certificate(claim: claim, verdict: .hypothesisNotMet,
                               summary: "the \(s.rows)×\(s.columns) matrix is not symmetric, so \(property) is not decided",
                               hypotheses: [symmetric], witnesses: w)
        }
        let a = try kernel("matrix") { () throws(ExactError) in try Certifier.decidingMatrix(s, property, bound) }
        let d = try kernel("matrix") { () throws(ExactError) in try InertiaDecision(a, strict: property.isStrict) }
        var w = witnesses(deciding: a, d)
        w.matrix = s
        var values = inertiaValues(d.factorization)
        if let c = bound { values["bound"] = .exact(c) }
        if s.rows <= ClaimLimits.maximumContextDimension, let eb = try? EigenvalueBound(largestEigenvalueOf: s) {
            values["lambda-max"] = CertificateValue(lower: eb.lower, upper: eb.upper)
            w.eigenvalueBound = eb
        }
        let what: String
        switch property {
        case .psd: what = "S ⪰ 0"
        case .pd: what = "S ≻ 0"
        case .nsd: what = "S ⪯ 0"
        case .nd: what = "S ≺ 0"
        case .lambdaMaxBelow: what = "λ_max(S) < \(bound!)"
        }
        let i = d.factorization.inertia
        return Certificate(
            claim: claim, verdict: d.holds ? .certified : .refuted,
            summary: "\(what) \(d.holds ? "holds" : "fails"): inertia of the deciding matrix \(i)",
            hypotheses: [symmetric], values: values, witnesses: w,
            notes: [decidingNote(property, bound)])
    }

    /// μ₂(F) < b (or ≤ b), decided by b·I − (F + Fᵀ)/2 ≻ 0 (or ⪰ 0). Reports the enclosure of
    /// μ₂ and, for a triangular or 2×2 F, its spectral abscissa, which alone does not control
    /// ‖e^{tF}‖ for a non-normal F (statement carleman.hypothesis).
    static func logNorm(_ claim: Claim, _ f: RationalMatrix, _ relation: Relation, _ b: Rational) throws(CertificationError) -> Certificate {
        let a = try kernel("matrix") { () throws(ExactError) in try Certifier.logNormDecidingMatrix(f, b) }
        let d = try kernel("matrix") { () throws(ExactError) in try InertiaDecision(a, strict: relation == .less) }
        var w = witnesses(deciding: a, d)
        w.matrix = f
        var values = inertiaValues(d.factorization)
        values["bound"] = .exact(b)
        var notes = ["decided by the inertia of b·I − (F + Fᵀ)/2: μ₂(F) \(relation) b iff it is \(relation == .less ? "positive definite" : "positive semidefinite")"]
        if f.rows <= ClaimLimits.maximumContextDimension, let eb = try? f.logNormBound() {
            values["mu2"] = CertificateValue(lower: eb.lower, upper: eb.upper)
            w.eigenvalueBound = eb
        }
        if let alpha = try? SpectralAbscissa.enclosure(of: f, precision: claim.precision) {
            values["spectral-abscissa"] = alpha.certificateValue
            let alphaNegative = (try? Certifier.compare(alpha, .less, .exact(Rational()), precision: claim.precision)) == .true
            if alphaNegative && !d.holds && b.signum <= 0 {
                notes.append("the spectral abscissa is negative while μ₂(F) ≥ \(b): F is non-normal, and a negative spectral abscissa alone does not make ‖e^{tF}‖ ≤ 1 (the hypothesis the Carleman bounds need is μ₂(F) < 0)")
            }
        }
        let i = d.factorization.inertia
        return Certificate(
            claim: claim, verdict: d.holds ? .certified : .refuted,
            summary: "μ₂(F) \(relation) \(b) \(d.holds ? "holds" : "fails")\(values["mu2"].map { "; μ₂ ∈ \($0.short())" } ?? "")"
                + "\(values["spectral-abscissa"].map { "; spectral abscissa \($0.short())" } ?? ""); inertia of b·I − sym(F) \(i)",
            hypotheses: [HypothesisCheck(name: "F is square", holds: true, how: "\(f.rows)×\(f.columns)")],
            values: values, witnesses: w, notes: notes)
    }

    /// ‖M‖₂ ≤ b (or < b), decided by b²·I − G ⪰ 0 (or ≻ 0) for the Gram matrix G (MᵀM, or MMᵀ
    /// when M has fewer rows than columns; both have λ_max = ‖M‖₂²). A negative b (or b = 0
    /// with `<`) is refuted outright, since a norm is ≥ 0. When refuted, the direction x has
    /// xᵀGx > b²·xᵀx, a Rayleigh quotient above b².
    static func spectralNorm(_ claim: Claim, _ m: RationalMatrix, _ relation: Relation, _ b: Rational) throws(CertificationError) -> Certificate {
        var values: [String: CertificateValue] = ["bound": .exact(b)]
        var gramBound: EigenvalueBound? = nil
        if m.rows <= ClaimLimits.maximumContextDimension && m.columns <= ClaimLimits.maximumContextDimension,
           let (norm, gram) = try? m.spectralNormBound(precision: claim.precision) {
            values["norm"] = CertificateValue(norm)
            gramBound = gram
        }
        var w: Witnesses
        let verdict: Verdict, notes: [String]
        if b.signum < 0 || (b.isZero && relation == .less) {
            w = Witnesses()
            verdict = .refuted
            notes = ["refuted without computation: the bound is below every norm"]
        } else {
            let a = try kernel("matrix") { () throws(ExactError) in try Certifier.spectralNormDecidingMatrix(m, b) }
            let d = try kernel("matrix") { () throws(ExactError) in try InertiaDecision(a, strict: relation == .less) }
            w = witnesses(deciding: a, d)
            values.merge(inertiaValues(d.factorization)) { old, _ in old }
            verdict = d.holds ? .certified : .refuted
            if let x = d.direction, let v = d.directionValue, v.signum < 0 {
                // xᵀGx / xᵀx = b² − xᵀAx / xᵀx > b²: a Rayleigh quotient of G above b².
                values["rayleigh-quotient"] = .exact(b * b - (try! v / x.normSquared))
            }
            let gramName = m.rows < m.columns ? "M·Mᵀ" : "Mᵀ·M"
            notes = ["decided by the inertia of b²·I − \(gramName) (λ_max(\(gramName)) = ‖M‖₂²)"]
        }
        w.matrix = m
        w.eigenvalueBound = gramBound
        return Certificate(
            claim: claim, verdict: verdict,
            summary: "‖M‖₂ \(relation) \(b) \(verdict == .certified ? "holds" : "fails")\(values["norm"].map { "; ‖M‖₂ ∈ \($0.short())" } ?? "")",
            values: values, witnesses: w, notes: notes)
    }

    // MARK: The deciding matrices (the re-checker rebuilds them the same way and compares).

    /// S, −S or c·I − S.
    public static func decidingMatrix(_ s: RationalMatrix, _ property: DefiniteProperty, _ bound: Rational?) throws(ExactError) -> RationalMatrix {
        switch property {
        case .psd, .pd: return s
        case .nsd, .nd: return Rational(-1) * s
        case .lambdaMaxBelow:
            guard let c = bound else { throw .domain("lambda-max-below needs a bound") }
            return try c * (try RationalMatrix.identity(s.rows)) - s
        }
    }

    /// b·I − (F + Fᵀ)/2.
    public static func logNormDecidingMatrix(_ f: RationalMatrix, _ b: Rational) throws(ExactError) -> RationalMatrix {
        try b * (try RationalMatrix.identity(f.rows)) - (try f.symmetricPart)
    }

    /// b²·I − G, G = MᵀM (or MMᵀ when rows < columns).
    public static func spectralNormDecidingMatrix(_ m: RationalMatrix, _ b: Rational) throws(ExactError) -> RationalMatrix {
        let gram = m.rows < m.columns ? try m * m.transposed : try m.transposed * m
        return try (b * b) * (try RationalMatrix.identity(gram.rows)) - gram
    }

    static func decidingNote(_ property: DefiniteProperty, _ bound: Rational?) -> String {
        switch property {
        case .psd: "decided by the inertia of S (no negative pivot of D)"
        case .pd: "decided by the inertia of S (all pivots of D positive)"
        case .nsd: "decided by the inertia of −S (no negative pivot of D)"
        case .nd: "decided by the inertia of −S (all pivots of D positive)"
        case .lambdaMaxBelow: "decided by the inertia of \(bound!)·I − S (all pivots of D positive)"
        }
    }

    static func abbreviated(_ xs: [Int]) -> String {
        xs.count <= 12 ? "\(xs)" : "[\(xs.prefix(10).map(String.init).joined(separator: ", ")), … (\(xs.count))]"
    }
}

extension MatrixSource {
    var isGenerated: Bool { if case .generated = self { true } else { false } }
}
