import Exact

/// Decides a claim with the exact kernels and writes its certificate.
///
/// Every verdict comes from exact rationals (ranks, LDLᵀ inertia, Sturm counts) or from
/// intervals rounded outward (expressions with irrational functions). Doubles appear only
/// inside `EigenvalueBound`, which uses them to propose candidates that are then checked
/// exactly, and only for values that give context, never for a verdict.
public enum Certifier {
    /// The certificate of `claim`. Throws a `CertificationError` when the claim cannot be
    /// evaluated (see `ExpressionNode.evaluate(precision:)`).
    public static func certify(_ claim: Claim) throws(CertificationError) -> Certificate {
        let certificate: Certificate
        switch claim.body {
        case let .inequality(lhs, relation, rhs):
            certificate = try inequality(claim, lhs, relation, rhs)
        case let .rank(source, rank):
            certificate = try self.rank(claim, source, rank)
        case let .definite(m, property, bound):
            certificate = try definite(claim, m, property, bound)
        case let .logNorm(m, relation, bound):
            certificate = try logNorm(claim, m, relation, bound)
        case let .spectralNorm(m, relation, bound):
            certificate = try spectralNorm(claim, m, relation, bound)
        case let .roots(p, count, interval):
            certificate = try roots(claim, p, count, interval)
        case let .carlemanBound(model, order, horizon, norm):
            certificate = try carlemanBound(claim, model: model, order: order, horizon: horizon, norm: norm)
        case let .communicationBound(input, quantity, layer, distribution, relation, value):
            certificate = try communicationBound(claim, input: input, quantity: quantity, layer: layer, distribution: distribution,
                                                 relation: relation, value: value)
        case let .bellBound(functional, quantity, relation, value):
            certificate = try bellBound(claim, functional: functional, quantity: quantity, relation: relation, value: value)
        }
        // Defense in depth: the certificate must pass the independent re-check before it leaves.
        let report = Rechecker.verify(certificate)
        guard report.isValid else {
            throw CertificationError(key: nil, "internal error: the certificate failed its own re-check: \(report.problems.joined(separator: "; "))")
        }
        return certificate
    }

    /// Runs a kernel call, turning an `ExactError` into a `CertificationError` about `key`.
    static func kernel<T>(_ key: String?, _ body: () throws(ExactError) -> T) throws(CertificationError) -> T {
        do { return try body() } catch { throw CertificationError(key: key, error.description) }
    }

    /// `decision` of a deciding matrix as values.
    static func inertiaValues(_ f: SymmetricFactorization) -> [String: CertificateValue] {
        let i = f.inertia
        return ["inertia-positive": .exact(Rational(i.positive)), "inertia-negative": .exact(Rational(i.negative)),
                "inertia-zero": .exact(Rational(i.zero))]
    }

    static func witnesses(deciding a: RationalMatrix, _ d: InertiaDecision) -> Witnesses {
        var w = Witnesses()
        w.decidingMatrix = a
        w.factorization = d.factorization
        w.direction = d.direction
        w.directionValue = d.directionValue
        return w
    }
}
