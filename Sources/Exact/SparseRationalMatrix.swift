/// A sparse matrix over ℚ in compressed sparse row (CSR) form: the nonzeros of row i are
/// `values[rowStart[i]..<rowStart[i+1]]` in columns `columnIndex[…]`, sorted by column.
/// Stored entries are never zero.
public struct SparseRationalMatrix: Sendable, Hashable {
    public let rows: Int
    public let columns: Int
    public private(set) var rowStart: [Int]
    public private(set) var columnIndex: [Int]
    public private(set) var values: [Rational]

    /// Largest number of stored nonzeros (a guard for sizes from user files).
    public static let maximumNonzeros = 50_000_000

    public var nonzeroCount: Int { values.count }

    /// From (row, column, value) triplets: duplicates are summed, zeros dropped. Throws on an
    /// index outside the shape or a negative shape.
    public init(rows: Int, columns: Int, triplets: [(Int, Int, Rational)]) throws(ExactError) {
        guard rows >= 0, columns >= 0 else {
            throw .sizeOutOfRange(what: "matrix shape", value: "\(rows)×\(columns)", allowed: "nonnegative dimensions")
        }
        guard triplets.count <= SparseRationalMatrix.maximumNonzeros else {
            throw .sizeOutOfRange(what: "nonzero count", value: "\(triplets.count)", allowed: "at most \(SparseRationalMatrix.maximumNonzeros)")
        }
        for (i, j, _) in triplets where i < 0 || i >= rows || j < 0 || j >= columns {
            throw .dimensionMismatch("entry (\(i), \(j)) outside a \(rows)×\(columns) matrix (indices are 0-based)")
        }
        let sorted = triplets.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var start = Array(repeating: 0, count: rows + 1)
        var cols: [Int] = [], vals: [Rational] = []
        var k = 0
        for i in 0..<rows {
            start[i] = vals.count
            while k < sorted.count, sorted[k].0 == i {
                let j = sorted[k].1
                var s = Rational()
                while k < sorted.count, sorted[k].0 == i, sorted[k].1 == j { s += sorted[k].2; k += 1 }
                if !s.isZero { cols.append(j); vals.append(s) }
            }
        }
        start[rows] = vals.count
        self.rows = rows; self.columns = columns
        rowStart = start; columnIndex = cols; values = vals
    }

    /// From CSR arrays that are already canonical (columns strictly increasing inside each row,
    /// no stored zero), checked in one pass; for builders that emit rows in order.
    public init(rows: Int, columns: Int, rowStart: [Int], columnIndex: [Int], values: [Rational]) throws(ExactError) {
        guard rows >= 0, columns >= 0 else {
            throw .sizeOutOfRange(what: "matrix shape", value: "\(rows)×\(columns)", allowed: "nonnegative dimensions")
        }
        guard values.count <= SparseRationalMatrix.maximumNonzeros else {
            throw .sizeOutOfRange(what: "nonzero count", value: "\(values.count)", allowed: "at most \(SparseRationalMatrix.maximumNonzeros)")
        }
        guard rowStart.count == rows + 1, rowStart.first == 0, rowStart.last == values.count, columnIndex.count == values.count else {
            throw .dimensionMismatch("CSR arrays: expected rows + 1 = \(rows + 1) row starts from 0 to nnz and one column index per value")
        }
        for i in 0..<rows {
            guard rowStart[i] <= rowStart[i + 1] else { throw .dimensionMismatch("CSR row starts must not decrease (row \(i))") }
            var previous = -1
            for k in rowStart[i]..<rowStart[i + 1] {
                guard columnIndex[k] > previous, columnIndex[k] < columns, !values[k].isZero else {
                    throw .dimensionMismatch("CSR row \(i): expected strictly increasing columns below \(columns) and nonzero values")
                }
                previous = columnIndex[k]
            }
        }
        self.rows = rows; self.columns = columns
        self.rowStart = rowStart; self.columnIndex = columnIndex; self.values = values
    }

    /// The sparse form of a dense matrix.
    public init(_ m: RationalMatrix) {
        var t: [(Int, Int, Rational)] = []
        for i in 0..<m.rows { for j in 0..<m.columns where !m[i, j].isZero { t.append((i, j, m[i, j])) } }
        try! self.init(rows: m.rows, columns: m.columns, triplets: t)
    }

    /// The n×n identity.
    public static func identity(_ n: Int) throws(ExactError) -> SparseRationalMatrix {
        try SparseRationalMatrix(rows: n, columns: n, triplets: (0..<Swift.max(n, 0)).map { ($0, $0, Rational(1)) })
    }

    /// The stored nonzeros as (row, column, value), row-major.
    public var triplets: [(Int, Int, Rational)] {
        var out: [(Int, Int, Rational)] = []
        out.reserveCapacity(values.count)
        for i in 0..<rows { for k in rowStart[i]..<rowStart[i + 1] { out.append((i, columnIndex[k], values[k])) } }
        return out
    }

    public subscript(i: Int, j: Int) -> Rational {
        for k in rowStart[i]..<rowStart[i + 1] where columnIndex[k] == j { return values[k] }
        return Rational()
    }

    /// The dense form (throws past `RationalMatrix.maximumEntries`).
    public func dense() throws(ExactError) -> RationalMatrix {
        var m = try RationalMatrix(rows: rows, columns: columns)
        for (i, j, v) in triplets { m[i, j] = v }
        return m
    }

    public var transposed: SparseRationalMatrix {
        try! SparseRationalMatrix(rows: columns, columns: rows, triplets: triplets.map { ($0.1, $0.0, $0.2) })
    }

    /// M·v, exact.
    public static func * (m: SparseRationalMatrix, v: RationalVector) throws(ExactError) -> RationalVector {
        guard m.columns == v.count else {
            throw .dimensionMismatch("product of a \(m.rows)×\(m.columns) matrix and a vector of length \(v.count)")
        }
        var out = RationalVector(zeros: m.rows)
        for i in 0..<m.rows {
            var s = Rational()
            for k in m.rowStart[i]..<m.rowStart[i + 1] { s += m.values[k] * v[m.columnIndex[k]] }
            out[i] = s
        }
        return out
    }

    /// The product A·B, exact (row-by-row accumulation, Gustavson's algorithm).
    public static func * (a: SparseRationalMatrix, b: SparseRationalMatrix) throws(ExactError) -> SparseRationalMatrix {
        guard a.columns == b.rows else {
            throw .dimensionMismatch("product of \(a.rows)×\(a.columns) and \(b.rows)×\(b.columns)")
        }
        var t: [(Int, Int, Rational)] = []
        for i in 0..<a.rows {
            var acc: [Int: Rational] = [:]
            for k in a.rowStart[i]..<a.rowStart[i + 1] {
                let x = a.values[k], r = a.columnIndex[k]
                for l in b.rowStart[r]..<b.rowStart[r + 1] { acc[b.columnIndex[l], default: Rational()] += x * b.values[l] }
            }
            for (j, v) in acc where !v.isZero { t.append((i, j, v)) }
        }
        return try SparseRationalMatrix(rows: a.rows, columns: b.columns, triplets: t)
    }

    public static func + (a: SparseRationalMatrix, b: SparseRationalMatrix) throws(ExactError) -> SparseRationalMatrix {
        guard a.rows == b.rows, a.columns == b.columns else {
            throw .dimensionMismatch("sum of \(a.rows)×\(a.columns) and \(b.rows)×\(b.columns)")
        }
        return try SparseRationalMatrix(rows: a.rows, columns: a.columns, triplets: a.triplets + b.triplets)
    }

    public static func * (s: Rational, m: SparseRationalMatrix) -> SparseRationalMatrix {
        try! SparseRationalMatrix(rows: m.rows, columns: m.columns, triplets: m.triplets.map { ($0.0, $0.1, s * $0.2) })
    }

    /// A ⊗ B: entry (i·p + k, j·q + l) is A[i,j]·B[k,l]. Throws if the result would hold more
    /// than `maximumNonzeros` nonzeros.
    public func kronecker(_ b: SparseRationalMatrix) throws(ExactError) -> SparseRationalMatrix {
        let nnz = Double(nonzeroCount) * Double(b.nonzeroCount)
        guard nnz <= Double(SparseRationalMatrix.maximumNonzeros),
              Double(rows) * Double(b.rows) < Double(Int.max / 2), Double(columns) * Double(b.columns) < Double(Int.max / 2) else {
            throw .sizeOutOfRange(what: "Kronecker product size", value: "\(Int(nnz)) nonzeros",
                                  allowed: "at most \(SparseRationalMatrix.maximumNonzeros)")
        }
        var t: [(Int, Int, Rational)] = []
        t.reserveCapacity(Int(nnz))
        for (i, j, x) in triplets { for (k, l, y) in b.triplets { t.append((i * b.rows + k, j * b.columns + l, x * y)) } }
        return try SparseRationalMatrix(rows: rows * b.rows, columns: columns * b.columns, triplets: t)
    }

    /// A^{⊗k} (A^{⊗0} is the 1×1 identity).
    public func kroneckerPower(_ k: Int) throws(ExactError) -> SparseRationalMatrix {
        guard k >= 0 else { throw .sizeOutOfRange(what: "Kronecker exponent", value: "\(k)", allowed: "k ≥ 0") }
        var r = try SparseRationalMatrix.identity(1)
        for _ in 0..<k { r = try r.kronecker(self) }
        return r
    }

    public static func == (a: SparseRationalMatrix, b: SparseRationalMatrix) -> Bool {
        a.rows == b.rows && a.columns == b.columns && a.rowStart == b.rowStart && a.columnIndex == b.columnIndex && a.values == b.values
    }
    public func hash(into h: inout Hasher) { h.combine(rows); h.combine(columns); h.combine(columnIndex); h.combine(values) }
}
