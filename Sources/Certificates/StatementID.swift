/// The id of a mathematical statement in THEOREMS.md (`exact.rank`, `bell.chsh`, …).
///
/// The same id names the statement's proof file `proofs/<id>.md`, the kernel that checks it and
/// every certificate that cites it. Every id this module uses is a `static let` below, spelled
/// as a string literal, and nowhere else in the sources: a repository check greps the sources
/// for ids and requires a proof file for each.
public struct StatementID: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The rank of a rational matrix over ℚ, with both witnesses: a nonsingular r×r minor
    /// (rank ≥ r) and a basis of n − r kernel vectors (rank ≤ r).
    public static let exactRank = StatementID(rawValue: "exact.rank")
    /// Sylvester's law of inertia on an exact LDLᵀ factorization: S ⪰ 0, S ≻ 0, λ_max(S) < c.
    public static let exactInertia = StatementID(rawValue: "exact.inertia")
    /// Certified bounds on λ_max, the spectral norm and the logarithmic 2-norm μ₂.
    public static let exactEigenvalueBound = StatementID(rawValue: "exact.eigenvalue-bound")
    /// Interval evaluation of an expression with outward rounding, and its three-valued comparison.
    public static let exactInterval = StatementID(rawValue: "exact.interval")
    /// Real-root isolation by Sturm sequences and exact bisection.
    public static let exactRealRoots = StatementID(rawValue: "exact.real-roots")
    /// The CHSH inequality: local value 2, quantum value 2√2 (Tsirelson).
    public static let bellCHSH = StatementID(rawValue: "bell.chsh")
    /// The spectral-abscissa hypothesis is not enough for Carleman bounds; μ₂(F1) < 0 is.
    public static let carlemanHypothesis = StatementID(rawValue: "carleman.hypothesis")
    /// Liu et al.'s Corollary ‖u_in‖R^N(1 − e^{Re λ1 t})^N, certified for normal F1 with μ₂ < 0, R ≤ 1.
    public static let carlemanLiuCorollary = StatementID(rawValue: "carleman.liu-corollary")
    /// The a-priori bound α(α‖F2‖E_μ(t))^N with a certified α ≥ sup‖u‖ (Forets–Pouly Thm 4.2).
    public static let carlemanAprioriBound = StatementID(rawValue: "carleman.forets-pouly-apriori")
    /// The power-series bound ‖u_in‖E z^N/(1 − z) for t < T* (Forets–Pouly Thm 4.3).
    public static let carlemanSeriesBound = StatementID(rawValue: "carleman.forets-pouly-series")

    /// The log-rank bound D(f) ≥ ⌈log₂(rank M + rank(J − M))⌉, with both ranks certified.
    public static let commLogRank = StatementID(rawValue: "comm.log-rank")
    /// The one-way complexity D^{A→B}(f) = ⌈log₂ #distinct rows⌉.
    public static let commOneWay = StatementID(rawValue: "comm.one-way")
    /// A 1-fooling set of size k gives D(f) ≥ log₂ k.
    public static let commFoolingSet = StatementID(rawValue: "comm.fooling-set")
    /// The VC-dimension lower bound on one-way randomized complexity.
    public static let commVC = StatementID(rawValue: "comm.vc")
    /// Discrepancy under a distribution and the randomized lower bound log₂(2γ/disc).
    public static let commDiscrepancy = StatementID(rawValue: "comm.discrepancy")
    /// Myhill–Nerode states per layer of a fixed-length sequence function: streaming memory.
    public static let memoryMyhillNerode = StatementID(rawValue: "memory.myhill-nerode")
    /// The exact local bound of a Bell functional, attained by a deterministic strategy.
    public static let bellLocalBound = StatementID(rawValue: "bell.local-bound")
    /// The exact no-signalling value of a Bell functional: an optimal box and a dual solution.
    public static let bellNoSignalling = StatementID(rawValue: "bell.no-signalling")
    /// Tsirelson's theorem for XOR functionals: vectors (lower) and a PSD dual certificate (upper).
    public static let bellTsirelsonXOR = StatementID(rawValue: "bell.tsirelson-xor")

    /// Every statement id a claim may name.
    public static let all: [StatementID] = [
        exactRank, exactInertia, exactEigenvalueBound, exactInterval, exactRealRoots, bellCHSH, carlemanHypothesis,
        carlemanLiuCorollary, carlemanAprioriBound, carlemanSeriesBound,
        commLogRank, commOneWay, commFoolingSet, commVC, commDiscrepancy, memoryMyhillNerode,
        bellLocalBound, bellNoSignalling, bellTsirelsonXOR,
    ]

    /// The claim kinds whose kernel checks this statement (a claim naming the statement must be
    /// of one of these kinds).
    public var kinds: [ClaimKind] {
        switch self {
        case .exactRank: [.rank]
        case .exactInertia: [.definite, .logNorm, .spectralNorm]
        case .exactEigenvalueBound: [.logNorm, .spectralNorm, .definite]
        case .exactInterval: [.inequality]
        case .exactRealRoots: [.roots]
        case .bellCHSH: [.inequality, .definite]
        case .carlemanHypothesis: [.logNorm]
        case .carlemanLiuCorollary, .carlemanAprioriBound, .carlemanSeriesBound: [.carlemanBound]
        case .commLogRank, .commOneWay, .commFoolingSet, .commVC, .commDiscrepancy, .memoryMyhillNerode: [.communicationBound]
        case .bellLocalBound, .bellNoSignalling, .bellTsirelsonXOR: [.bellBound]
        default: []
        }
    }

    public var isKnown: Bool { StatementID.all.contains(self) }
    public var description: String { rawValue }
    public static func < (a: StatementID, b: StatementID) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer(); try c.encode(rawValue)
    }
}
