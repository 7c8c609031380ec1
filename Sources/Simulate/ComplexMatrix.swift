//===--- ComplexMatrix.swift -------------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

import Numerics

/// A small dense complex matrix (row-major), used for gates, Kraus operators and
/// superoperators.
///
/// Products are the schoolbook sums `Σ_k A[i,k]·B[k,j]` in ascending `k`, each complex
/// product formed as `(ac − bd) + (ad + bc)i` (swift-numerics `Complex.*`, no rescaling), so
/// every entry carries a few ulps of rounding error. Not meant for large matrices — the
/// simulators never materialise a `2ⁿ × 2ⁿ` operator.
public struct ComplexMatrix: Sendable, Equatable {
    /// Number of rows.
    public let rowCount: Int
    /// Number of columns.
    public let columnCount: Int
    /// Entries in row-major order: `A[i, j] = elements[i·columnCount + j]`.
    public let elements: [Complex<Double>]

    /// A matrix from row-major entries; throws on a negative size, a count mismatch or a
    /// non-finite entry.
    public init(rowCount: Int, columnCount: Int, elements: [Complex<Double>]) throws {
        guard rowCount >= 0 else {
            throw SimulationError.invalidSize(what: "row count", value: rowCount, expected: "a non-negative integer")
        }
        guard columnCount >= 0 else {
            throw SimulationError.invalidSize(what: "column count", value: columnCount, expected: "a non-negative integer")
        }
        let (count, overflow) = rowCount.multipliedReportingOverflow(by: columnCount)
        guard !overflow else { throw SimulationError.sizeOverflow(what: "\(rowCount) × \(columnCount) complex matrix") }
        guard elements.count == count else {
            throw SimulationError.dimensionMismatch(what: "number of matrix entries (rows × columns)", expected: count, actual: elements.count)
        }
        for z in elements where !z.isFinite { throw SimulationError.nonFiniteValue(what: "complex matrix entry") }
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.elements = elements
    }

    /// A matrix from its rows (all of equal length).
    public init(rows: [[Complex<Double>]]) throws {
        let columns = rows.first?.count ?? 0
        for (i, row) in rows.enumerated() where row.count != columns {
            throw SimulationError.dimensionMismatch(what: "length of row \(i)", expected: columns, actual: row.count)
        }
        try self.init(rowCount: rows.count, columnCount: columns, elements: rows.flatMap { $0 })
    }

    /// A matrix from real rows.
    public init(realRows rows: [[Double]]) throws {
        try self.init(rows: rows.map { $0.map { Complex($0, 0) } })
    }

    /// Internal constructor without validation.
    init(unchecked rowCount: Int, _ columnCount: Int, _ elements: [Complex<Double>]) {
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.elements = elements
    }

    /// The `n × n` identity.
    public static func identity(_ n: Int) throws -> ComplexMatrix {
        guard n >= 0 else { throw SimulationError.invalidSize(what: "identity dimension", value: n, expected: "a non-negative integer") }
        var e = [Complex<Double>](repeating: .zero, count: n * n)
        for i in 0..<n { e[i * n + i] = .one }
        return ComplexMatrix(unchecked: n, n, e)
    }

    /// `A[row, column]`; throws when out of range.
    public func element(row: Int, column: Int) throws -> Complex<Double> {
        guard row >= 0 && row < rowCount else { throw SimulationError.indexOutOfRange(what: "row index", index: row, bound: rowCount) }
        guard column >= 0 && column < columnCount else {
            throw SimulationError.indexOutOfRange(what: "column index", index: column, bound: columnCount)
        }
        return elements[row * columnCount + column]
    }

    /// The conjugate transpose `A†`.
    public var adjoint: ComplexMatrix {
        var e = [Complex<Double>](repeating: .zero, count: elements.count)
        for i in 0..<rowCount {
            for j in 0..<columnCount { e[j * rowCount + i] = elements[i * columnCount + j].conjugate }
        }
        return ComplexMatrix(unchecked: columnCount, rowCount, e)
    }

    /// The entrywise complex conjugate `Ā` (not transposed).
    public var conjugate: ComplexMatrix {
        ComplexMatrix(unchecked: rowCount, columnCount, elements.map(\.conjugate))
    }

    /// The product `A·B`.
    public func multiplied(by other: ComplexMatrix) throws -> ComplexMatrix {
        guard columnCount == other.rowCount else {
            throw SimulationError.dimensionMismatch(what: "matrix product (left columns vs right rows)", expected: columnCount, actual: other.rowCount)
        }
        let n = rowCount, m = other.columnCount, p = columnCount
        var e = [Complex<Double>](repeating: .zero, count: n * m)
        for i in 0..<n {
            for j in 0..<m {
                var s = Complex<Double>.zero
                for k in 0..<p { s += elements[i * p + k] * other.elements[k * m + j] }
                e[i * m + j] = s
            }
        }
        return ComplexMatrix(unchecked: n, m, e)
    }

    /// The matrix–vector product `A·v`.
    public func multiplied(by vector: [Complex<Double>]) throws -> [Complex<Double>] {
        guard vector.count == columnCount else {
            throw SimulationError.dimensionMismatch(what: "matrix–vector product (vector length vs columns)", expected: columnCount, actual: vector.count)
        }
        return (0..<rowCount).map { i in
            var s = Complex<Double>.zero
            for k in 0..<columnCount { s += elements[i * columnCount + k] * vector[k] }
            return s
        }
    }

    /// `A + s·B`.
    public func adding(_ other: ComplexMatrix, scaledBy s: Complex<Double> = .one) throws -> ComplexMatrix {
        guard rowCount == other.rowCount && columnCount == other.columnCount else {
            throw SimulationError.dimensionMismatch(what: "matrix sum (entry counts)", expected: elements.count, actual: other.elements.count)
        }
        return try ComplexMatrix(rowCount: rowCount, columnCount: columnCount,
                                 elements: zip(elements, other.elements).map { $0 + s * $1 })
    }

    /// `s·A`.
    public func scaled(by s: Complex<Double>) throws -> ComplexMatrix {
        try ComplexMatrix(rowCount: rowCount, columnCount: columnCount, elements: elements.map { s * $0 })
    }

    /// The Kronecker product `A ⊗ B`, with the index of `A` most significant:
    /// `(A ⊗ B)[i·p + k, j·q + l] = A[i,j]·B[k,l]` for `B` of size `p × q`.
    public static func kron(_ a: ComplexMatrix, _ b: ComplexMatrix) -> ComplexMatrix {
        let rows = a.rowCount * b.rowCount, cols = a.columnCount * b.columnCount
        var e = [Complex<Double>](repeating: .zero, count: rows * cols)
        for i in 0..<a.rowCount {
            for j in 0..<a.columnCount {
                let x = a.elements[i * a.columnCount + j]
                for k in 0..<b.rowCount {
                    for l in 0..<b.columnCount {
                        e[(i * b.rowCount + k) * cols + j * b.columnCount + l] = x * b.elements[k * b.columnCount + l]
                    }
                }
            }
        }
        return ComplexMatrix(unchecked: rows, cols, e)
    }

    /// `max_{i,j} |(A†A − I)[i,j]|` (entrywise max of the complex modulus); zero exactly for a
    /// unitary matrix in exact arithmetic, a few ulps for a rounded one. Requires a square matrix.
    public func unitarityDeviation() throws -> Double {
        guard rowCount == columnCount else {
            throw SimulationError.dimensionMismatch(what: "unitarity check (matrix must be square)", expected: rowCount, actual: columnCount)
        }
        let g = try adjoint.multiplied(by: self)
        var worst = 0.0
        for i in 0..<rowCount {
            for j in 0..<rowCount {
                let d = g.elements[i * rowCount + j] - (i == j ? .one : .zero)
                worst = max(worst, d.length)
            }
        }
        return worst
    }
}
