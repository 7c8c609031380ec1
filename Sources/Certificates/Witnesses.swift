import Bell
import Exact
import Separations

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

    // communication-bound (the matrix or truth table is re-read from its file, never stored).
    /// rank_ℚ(J − M) with its minor and kernel basis (`rank` holds rank_ℚ M).
    public var complementRank: RankCertificate?
    /// The optimal one-way protocol: a message per row and pairwise distinct representatives.
    public var oneWay: OneWayProtocol?
    /// A 1-fooling set (each pair re-checked; proves the maximum is ≥ its size).
    public var foolingSet: FoolingSet?
    /// A shattered column set with a row per pattern (proves VC ≥ its size).
    public var shattered: VCDimension?
    /// A rectangle attaining the uniform discrepancy (proves disc ≥ its value).
    public var discrepancy: Discrepancy?
    /// The minimal layered automaton with one representative prefix per state.
    public var automaton: LayeredAutomaton?

    // bell-bound.
    /// A deterministic strategy attaining the local bound (or, for `quantum`, giving L).
    public var deterministicStrategy: DeterministicStrategy?
    /// An optimal no-signalling box, `p[outputIndex · inputTupleCount + inputIndex]`.
    public var noSignallingBox: [Rational]?
    /// An exact dual solution of the no-signalling linear program.
    public var noSignallingDual: NoSignallingDual?
    /// Tsirelson vectors u_x (Alice) and v_y (Bob), giving the lower end of the quantum value.
    public var vectorsA: [[Rational]]?
    public var vectorsB: [[Rational]]?
    /// The diagonal a, b of the dual certificate W = [[diag(a), −C/2], [−Cᵀ/2, diag(b)]] ⪰ 0
    /// (its LDLᵀ is `factorization`): q* ≤ c₀₀ + Σa + Σb.
    public var dualA: [Rational]?
    public var dualB: [Rational]?

    public init() {}
}
