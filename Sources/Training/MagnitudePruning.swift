/// Magnitude pruning as in the seed paper ("use the largest 10% of learned parameters for
/// initialization", Liu et al., Nat. Commun. 15, 434 (2024)): keep the `k = max(1, ⌈f·n⌉)`
/// parameters of largest |θ_i| (ties broken by lower index, so the mask is deterministic) and
/// set the others to zero. With `groups` (disjoint index ranges covering 0..<n, e.g. the layers
/// of a network), the same fraction is kept within each group (layer-wise magnitude pruning), so
/// a layer of small weights is not pruned away entirely.
public struct MagnitudePruning: Sendable, Equatable {
    /// Kept indices, ascending.
    public let kept: [Int]
    /// `mask[i]` is true iff parameter i is kept.
    public let mask: [Bool]

    public init(parameters: [Double], keepFraction f: Double, groups: [Range<Int>]? = nil) throws(TrainingError) {
        guard f.isFinite, f > 0, f <= 1 else { throw .invalid("keep fraction \(f): expected 0 < f ≤ 1") }
        guard !parameters.isEmpty else { throw .invalid("pruning: no parameters") }
        let parts = groups ?? [parameters.indices]
        guard parts.allSatisfy({ !$0.isEmpty }), parts.map(\.count).reduce(0, +) == parameters.count,
              Set(parts.flatMap { Array($0) }).count == parameters.count,
              parts.allSatisfy({ $0.lowerBound >= 0 && $0.upperBound <= parameters.count }) else {
            throw .invalid("pruning groups must be non-empty disjoint ranges covering 0..<\(parameters.count)")
        }
        var keep: [Int] = []
        for part in parts {
            let k = max(1, Int((f * Double(part.count)).rounded(.up)))
            let order = part.sorted { (abs(parameters[$0]), -$0) > (abs(parameters[$1]), -$1) }
            keep += order.prefix(min(k, part.count))
        }
        kept = keep.sorted()
        var m = [Bool](repeating: false, count: parameters.count)
        for i in kept { m[i] = true }
        mask = m
    }

    /// `θ` with the pruned entries set to 0.
    public func apply(to parameters: [Double]) -> [Double] {
        zip(parameters, mask).map { $1 ? $0 : 0 }
    }
}
