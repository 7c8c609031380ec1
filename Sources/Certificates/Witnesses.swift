import Exact

/// The witnesses a certificate carries, so that `Rechecker` can re-decide the verdict with exact
/// arithmetic alone, without trusting the code that produced them. Which fields are set depends
/// on the claim kind; every set field is re-checked.
public struct Witnesses: Sendable, Hashable, Codable {
    /// The matrix the claim is about, written out (also for a generated matrix; the re-checker
    /// regenerates it and compares).
    public var matrix: RationalMatrix?
    /// `rank`: a nonsingular r×r minor and a kernel basis of n − r vectors (rank exactly r).
    public var rank: RankCertificate?
    /// The symmetric matrix A whose inertia decides the claim: S, −S, c·I − S,
    /// b·I − (F + Fᵀ)/2 or b²·I − MᵀM. The claim holds iff A ⪰ 0 (or A ≻ 0 for a strict claim).
    public var decidingMatrix: RationalMatrix?
    /// An exact P·A·Pᵀ = L·D·Lᵀ of `decidingMatrix`; by Sylvester's law its inertia is A's.
    public var factorization: SymmetricFactorization?
    /// When the claim is refuted: a nonzero x with xᵀAx < 0 (so A is not ⪰ 0), or xᵀAx ≤ 0
    /// (so A is not ≻ 0). A refutation that needs nothing but one exact quadratic form.
    public var direction: RationalVector?
    /// xᵀAx for `direction`, exactly.
    public var directionValue: Rational?
    /// Rigorous bounds lower ≤ λ_max ≤ upper with their witnesses (context: μ₂, ‖M‖₂², λ_max).
    public var eigenvalueBound: EigenvalueBound?
    /// `roots`: every real root, isolated and enclosed.
    public var roots: [RealRoot]?

    public init() {}
}
