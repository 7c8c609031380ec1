import Exact

/// The log-rank lower bound (statement `"comm.log-rank"`; Mehlhorn–Schmidt, STOC 1982;
/// Kushilevitz–Nisan 1997, Lemma 1.28): a deterministic protocol for f with D bits partitions
/// X × Y into at most 2^D monochromatic rectangles; the 1-rectangles' indicator matrices (rank 1
/// each) sum to M and the 0-rectangles' to J − M, so
/// `D(f) ≥ ⌈log₂(rank_ℚ M + rank_ℚ(J − M))⌉`.
///
/// Both ranks carry `RankCertificate`s (minor and kernel), so the bound is exact.
public struct LogRankBound: Sendable, Hashable, Codable {
    public let rankOnes: RankCertificate
    public let rankZeros: RankCertificate

    /// ⌈log₂(rank M + rank(J − M))⌉ (0 when the sum is 1), a lower bound on D(f) in bits.
    public var bits: Int { Log2.ceiling(max(1, rankOnes.rank + rankZeros.rank)) }
    /// ⌈log₂ rank M⌉, the classical form (a lower bound on D(f), and ≤ D^{A→B}(f) since rank M ≤ #distinct rows).
    public var bitsOfRank: Int { Log2.ceiling(max(1, rankOnes.rank)) }

    public init(_ m: BooleanMatrix) {
        rankOnes = BooleanRank.certificate(m)
        rankZeros = BooleanRank.certificate(m.complement)
    }

    /// Re-checks both rank certificates exactly.
    public func verify(against m: BooleanMatrix) -> String? {
        if let e = rankOnes.verify(against: m.rational) { return "rank(M): \(e)" }
        if let e = rankZeros.verify(against: m.complement.rational) { return "rank(J − M): \(e)" }
        return nil
    }
}
