/// What a `communication-bound` claim is about. The names are the keys printed by
/// `qbounds separation matrix --json` and `qbounds separation streaming --json`.
///
/// Matrix quantities (a 0/1 matrix file, `matrix-file`, rows = Alice's inputs):
/// - `rank`, `rank_complement`: rank_ℚ M and rank_ℚ(J − M), exact (a nonsingular minor and a
///   kernel basis each); `log_rank_bits`: ⌈log₂(rank M + rank(J − M))⌉ (`comm.log-rank`);
/// - `distinct_rows`, `one_way_bits`: r and ⌈log₂ r⌉ = D^{A→B}(f), exact (`comm.one-way`);
/// - `fooling_set`: the largest 1-fooling set (`comm.fooling-set`); a found set proves ≥, the
///   upper side needs an exhaustive search or min(nonzero rows, nonzero columns);
/// - `vc`: the VC dimension of the rows as concepts (`comm.vc`); a shattered set proves ≥;
/// - `discrepancy_uniform`: disc under the uniform distribution, exact (`comm.discrepancy`);
/// - `discrepancy`: disc under the distribution in `distribution-file` (one line per matrix row
///   of nonnegative exact rationals summing to 1), exact (`comm.discrepancy`).
///
/// Both discrepancies are exact within `Discrepancy`'s caps (smaller side ≤ 22, 2^k · other
/// side ≤ 2^28); past them the certificate gives the enclosure [best single-row or
/// single-column rectangle, 1] and a claim it cannot decide is undecided (like an over-budget
/// fooling-set or VC search).
///
/// Streaming quantities (a truth-table file, `truth-table`; `memory.myhill-nerode`):
/// - `memory_bits`: ⌈log₂ max_t r_t⌉; `max_states`: max_t r_t; `states`: r_t at `layer` t —
///   all exact (the minimal layered automaton and pairwise distinct representatives).
public enum CommunicationQuantity: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case rank
    case rankComplement = "rank_complement"
    case logRankBits = "log_rank_bits"
    case distinctRows = "distinct_rows"
    case oneWayBits = "one_way_bits"
    case foolingSet = "fooling_set"
    case vc
    case discrepancyUniform = "discrepancy_uniform"
    case discrepancy
    case memoryBits = "memory_bits"
    case maxStates = "max_states"
    case states

    public var description: String { rawValue }

    /// True for the quantities of a truth table (streaming memory), false for a 0/1 matrix.
    public var isStreaming: Bool { self == .memoryBits || self == .maxStates || self == .states }

    /// The claim key that names the input file.
    public var inputKey: String { isStreaming ? "truth-table" : "matrix-file" }

    /// The statement the quantity's kernel checks.
    public var statement: StatementID {
        switch self {
        case .rank, .rankComplement, .logRankBits: .commLogRank
        case .distinctRows, .oneWayBits: .commOneWay
        case .foolingSet: .commFoolingSet
        case .vc: .commVC
        case .discrepancyUniform, .discrepancy: .commDiscrepancy
        case .memoryBits, .maxStates, .states: .memoryMyhillNerode
        }
    }
}
