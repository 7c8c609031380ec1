import Exact

/// The log-rank lower bound (statement `"comm.log-rank"`; Mehlhorn–Schmidt, STOC 1982;
/// Kushilevitz–Nisan 1997, Lemma 1.28): a deterministic protocol for f with D bits partitions
/// X × Y into at most 2^D monochromatic rectangles; the 1-rectangles' indicator matrices (rank 1
/// each) sum to M and the 0-rectangles' to J − M, so
/// `D(f) ≥ ⌈log₂(rank_ℚ M + rank_ℚ(J − M))⌉`.
///
/// Both ranks carry `RankCertificate`s (minor and kernel), so the bound is exact. When
/// `onTranspose` is true the certificates are for Mᵀ and J − Mᵀ (same ranks; a wide matrix's
/// kernel would have columns − rank vectors of length columns, 4·10⁸ rationals for 20 × 20000).
public struct LogRankBound: Sendable, Hashable, Codable {
    public let rankOnes: RankCertificate
    public let rankZeros: RankCertificate
    /// True when the certificates are for the transpose (nil in older files: false).
    public let onTranspose: Bool?

    /// ⌈log₂(rank M + rank(J − M))⌉ (0 when the sum is 1), a lower bound on D(f) in bits.
    public var bits: Int { Log2.ceiling(max(1, rankOnes.rank + rankZeros.rank)) }
    /// ⌈log₂ rank M⌉, the classical form (a lower bound on D(f), and ≤ D^{A→B}(f) since rank M ≤ #distinct rows).
    public var bitsOfRank: Int { Log2.ceiling(max(1, rankOnes.rank)) }

    /// From certificates computed elsewhere (e.g. closed forms); `verify(against:)` re-checks them.
    public init(rankOnes: RankCertificate, rankZeros: RankCertificate, onTranspose: Bool = false) {
        self.rankOnes = rankOnes; self.rankZeros = rankZeros; self.onTranspose = onTranspose
    }

    /// Certificates for M itself, or, with `transposeWide` and more columns than rows, for Mᵀ
    /// (the smaller kernel).
    public init(_ input: BooleanMatrix, transposeWide: Bool = false) {
        let t = transposeWide && input.columns > input.rows
        let m = t ? input.transposed : input
        rankOnes = BooleanRank.certificate(m)
        rankZeros = BooleanRank.certificate(m.complement)
        onTranspose = t
    }

    /// Re-checks both rank certificates exactly (against Mᵀ when `onTranspose`).
    public func verify(against input: BooleanMatrix) -> String? {
        let m = onTranspose == true ? input.transposed : input
        if let e = rankOnes.verify(against: m.rational) { return "rank(M): \(e)" }
        if let e = rankZeros.verify(against: m.complement.rational) { return "rank(J − M): \(e)" }
        return nil
    }
}
