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
        let builder = FloatCarlemanBuilder(layout: layout, coefficients: system.coefficients)
        let delta = layout.dimension
        let parts = Swift.max(1, Swift.min(threads, delta / 4096 + 1))
        let bounds = (0...parts).map { $0 * delta / parts }
        func each(_ body: @escaping @Sendable (Int) -> Void) {
            if parts == 1 { body(0) } else { DispatchQueue.concurrentPerform(iterations: parts, execute: body) }
        }
        // Pass 1: the number of entries of every row.
        var offsets = [Int](repeating: 0, count: delta + 1)
        let forcingBox = ResultBox<[(Int, Double)]>(count: parts)
        offsets.withUnsafeMutableBufferPointer { ob in
            let counts = UnsafeSendable(ob.baseAddress! + 1)
            each { k in
                var counter = FloatCarlemanBuilder.Counter(counts: counts.value)
                var forcing: [(Int, Double)] = []
                // Rows that only F1 reaches (the last block, when F0 = 0) are counted in closed
                // form; the others by running the emitter without writing.
                let fast = builder.f1OnlyRows
                let lo = bounds[k], hi = bounds[k + 1]
                let split = Swift.min(Swift.max(lo, fast.lowerBound), hi)
                if lo < split { builder.emit(rows: lo..<split, into: &counter, forcing: &forcing) }
                if split < hi { builder.countF1Only(rows: split..<hi, into: counts.value) }
                forcingBox.set(k, forcing)
            }
            for i in 0..<delta { ob[i + 1] += ob[i] }
        }
        // Pass 2: every part writes its rows straight into the final arrays.
        let total = offsets[delta]
        let rowOffsets = offsets
        var values: [Double] = []
        let columns = [Int](unsafeUninitializedCapacity: total) { colBuffer, colCount in
            values = [Double](unsafeUninitializedCapacity: total) { valBuffer, valCount in
                let cb = UnsafeSendable(colBuffer.baseAddress), vb = UnsafeSendable(valBuffer.baseAddress)
                each { k in
                    guard let c = cb.value, let v = vb.value else { return }
                    var writer = FloatCarlemanBuilder.Writer(columns: c, values: v, position: rowOffsets[bounds[k]])
                    var ignored: [(Int, Double)] = []
                    builder.emit(rows: bounds[k]..<bounds[k + 1], into: &writer, forcing: &ignored)
                }
                valCount = total
            }
            colCount = total
        }
        var forcing = [Double](repeating: 0, count: delta)
        for part in forcingBox.take() { for (r, v) in part ?? [] { forcing[r] += v } }
        self.layout = layout
        self.matrix = SparseMatrix(trustedCanonicalRowCount: delta, columnCount: delta, rowOffsets: offsets, columnIndices: columns, values: values)
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
/// A pointer handed to `concurrentPerform`; each iteration writes a disjoint slice.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

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
