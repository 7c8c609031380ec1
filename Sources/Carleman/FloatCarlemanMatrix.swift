import Dispatch
import Exact
import Simulate

/// The truncated Carleman matrix in Double, for the float core: the same A and b as
/// `CarlemanMatrix` (same layout and ordering), each entry the rounded sum of the rounded
/// coefficients. It explores; it never decides a verdict.
public struct FloatCarlemanMatrix: Sendable {
    public let layout: CarlemanLayout
    public let matrix: SparseMatrix
    /// b, dense, length Δ.
    public let forcing: [Double]

    /// Builds A and b. With `threads > 1` the rows are split into that many contiguous ranges
    /// built concurrently and concatenated (the result does not depend on `threads`).
    public init(system: PolynomialSystem, order: Int, threads: Int = 2,
                maximumDimension: Int = CarlemanLimits.maximumFloatDimension,
                maximumNonzeros: Int = CarlemanLimits.maximumFloatNonzeros) throws {
        let layout = try CarlemanLayout(variableCount: system.dimension, order: order, maximumDimension: maximumDimension)
        let bound = layout.nonzeroBound(system.coefficients.map(\.nonzeroCount))
        guard bound <= maximumNonzeros else {
            throw ExactError.sizeOutOfRange(what: "entries of the float Carleman matrix (bound)", value: "\(bound)", allowed: "at most \(maximumNonzeros); lower N")
        }
        let builder = CarlemanBuilder<Double>(layout: layout, coefficients: system.coefficients) { $0.double() }
        let delta = layout.dimension
        let parts = Swift.max(1, Swift.min(threads, delta / 4096 + 1))
        var outputs = [CarlemanBuilder<Double>.Output?](repeating: nil, count: parts)
        if parts == 1 {
            outputs[0] = builder.build(rows: 0..<delta)
        } else {
            // Split by estimated work (later blocks have longer rows): equal row counts are close enough.
            let bounds = (0...parts).map { $0 * delta / parts }
            let box = ResultBox<CarlemanBuilder<Double>.Output>(count: parts)
            DispatchQueue.concurrentPerform(iterations: parts) { k in
                box.set(k, builder.build(rows: bounds[k]..<bounds[k + 1]))
            }
            outputs = box.take()
        }
        var offsets: [Int] = [0], columns: [Int] = [], values: [Double] = []
        let total = outputs.reduce(0) { $0 + $1!.columns.count }
        offsets.reserveCapacity(delta + 1); columns.reserveCapacity(total); values.reserveCapacity(total)
        var forcing = [Double](repeating: 0, count: delta)
        for o in outputs {
            let o = o!
            let base = columns.count
            for k in 1..<o.rowOffsets.count { offsets.append(base + o.rowOffsets[k]) }
            columns.append(contentsOf: o.columns)
            values.append(contentsOf: o.values)
            for (r, v) in o.forcing { forcing[r] += v }
        }
        self.layout = layout
        self.matrix = try SparseMatrix(rowCount: delta, columnCount: delta, rowOffsets: offsets, columnIndices: columns, values: values)
        self.forcing = forcing
    }

    /// `[u; u^{⊗2}; …; u^{⊗N}]` in Double.
    public func lift(_ u: [Double]) -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(layout.dimension)
        var power = u
        out.append(contentsOf: power)
        for _ in 1..<layout.order {
            var next: [Double] = []
            next.reserveCapacity(power.count * u.count)
            for a in power { for x in u { next.append(a * x) } }
            power = next
            out.append(contentsOf: power)
        }
        return out
    }
}

/// Slots written once each from `concurrentPerform` (distinct indices, joined before reading).
/// Raw storage (not a Swift array property, whose dynamic exclusivity checks would flag the
/// concurrent writes to distinct slots).
private final class ResultBox<T>: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<T?>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    func set(_ k: Int, _ v: T) { slots[k] = v }
    func take() -> [T?] { Array(slots) }
    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }
}
