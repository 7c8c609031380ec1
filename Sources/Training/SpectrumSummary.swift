/// Summary of a Hessian spectrum `h` and of `a = −s·h` as used by ``ErrorProxy``: counts by the
/// 0.4 cut and by the dissipative (`a ∈ (−2, 0)`) and divergent (`|1 + a| > 1`) ranges.
public struct SpectrumSummary: Sendable, Equatable {
    public let count: Int
    public let minimum: Double
    public let maximum: Double
    /// Number of Hessian eigenvalues below `−1e-10·max|h|` (a > 0: divergent directions of the loss).
    /// The tolerance keeps the many eigenvalues that are zero up to rounding (e.g. directions of
    /// pruned weights) from being counted by the sign of their rounding error.
    public let negative: Int
    /// N_c: eigenvalues kept by the cut |a| ≥ 0.4.
    public let retainedByCut: Int
    /// Retained with `a ∈ (−2, 0)`.
    public let dissipative: Int
    /// Retained with `|1 + a| > 1`.
    public let divergent: Int
    /// `max |1 + a|` over the retained (nil if none).
    public let growthFactor: Double?

    public init(hessianEigenvalues h: [Double], proxy: ErrorProxy) {
        count = h.count
        minimum = h.min() ?? .nan
        maximum = h.max() ?? .nan
        let tolerance = 1e-10 * (h.map { abs($0) }.max() ?? 0)
        negative = h.filter { $0 < -tolerance }.count
        retainedByCut = proxy.normalisation
        dissipative = proxy.retained.filter { $0 > -2 && $0 < 0 }.count
        divergent = proxy.divergentCount
        growthFactor = proxy.growthFactor
    }
}
