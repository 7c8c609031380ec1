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
        let (matrix, forcing) = TwoPassCSR.build(
            dimension: layout.dimension, parts: threads, minimumRowsPerPart: 4096,
            count: { rows, counts in
                var counter = FloatCarlemanBuilder.Counter(counts: counts)
                var forcing: [(Int, Double)] = []
                // Rows that only F1 reaches (the last block, when F0 = 0) are counted in closed
                // form; the others by running the emitter without writing.
                let split = Swift.min(Swift.max(rows.lowerBound, builder.f1OnlyRows.lowerBound), rows.upperBound)
                if rows.lowerBound < split { builder.emit(rows: rows.lowerBound..<split, into: &counter, forcing: &forcing) }
                if split < rows.upperBound { builder.countF1Only(rows: split..<rows.upperBound, into: counts) }
                return forcing
            },
            write: { rows, columns, values, rowOffsets in
                let split = Swift.min(Swift.max(rows.lowerBound, builder.f1OnlyRows.lowerBound), rows.upperBound)
                if rows.lowerBound < split {
                    var writer = FloatCarlemanBuilder.Writer(columns: columns, values: values, position: rowOffsets[rows.lowerBound])
                    var ignored: [(Int, Double)] = []
                    builder.emit(rows: rows.lowerBound..<split, into: &writer, forcing: &ignored)
                }
                if split < rows.upperBound {
                    builder.writeF1Only(rows: split..<rows.upperBound, columns: columns, values: values, rowOffsets: rowOffsets)
                }
            })
        self.layout = layout
        self.matrix = matrix
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
final class ResultBox<T>: @unchecked Sendable {
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
