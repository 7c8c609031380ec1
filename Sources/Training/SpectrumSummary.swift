/// Summary of a Hessian spectrum `h` and of `a = −s·h` as used by ``ErrorProxy``: counts by the
/// 0.4 cut and by the dissipative (`a ∈ (−2, 0)`) and divergent (`|1 + a| > 1`) ranges.
public struct SpectrumSummary: Sendable, Equatable {
    public let count: Int
    public let minimum: Double
    public let maximum: Double
    /// Number of negative Hessian eigenvalues (a > 0: divergent directions of the loss).
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
        negative = h.filter { $0 < 0 }.count
        retainedByCut = proxy.normalisation
        dissipative = proxy.retained.filter { $0 > -2 && $0 < 0 }.count
        divergent = proxy.divergentCount
        growthFactor = proxy.growthFactor
    }
}
