/// Collects per-chunk maxima from concurrent workers (no global state; one instance per run).
final class ChunkResults<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = PthreadLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.run { slots[i] = v } }
    var values: [T] { lock.run { slots.compactMap { $0 } } }
}
