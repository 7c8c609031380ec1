//===--- SparseMatrix.swift --------------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

/// A real sparse matrix in compressed sparse row (CSR) form.
///
/// Storage follows the classical "Yale" / CSR layout (Eisenstat, Gursky, Schultz & Sherman,
/// *Yale sparse matrix package*, 1977; Saad, *Iterative Methods for Sparse Linear Systems*,
/// 2nd ed., SIAM 2003, §3.4): the nonzeros of row `i` are
/// `values[rowOffsets[i] ..< rowOffsets[i+1]]` in columns
/// `columnIndices[rowOffsets[i] ..< rowOffsets[i+1]]`.
///
/// Invariants kept by every initializer (so `==` compares matrices, not encodings):
/// - column indices are strictly increasing inside each row (duplicates were summed);
/// - no stored value is `0` (entries that sum to zero are dropped);
/// - every stored value is finite.
///
/// Arithmetic is plain IEEE-754 Double arithmetic in a fixed order (row by row, column
/// ascending), so results are deterministic but carry rounding error; this type explores,
/// it never decides a verdict (see the module README).
public struct SparseMatrix: Sendable, Equatable {
    /// Number of rows.
    public let rowCount: Int
    /// Number of columns.
    public let columnCount: Int
    /// `rowCount + 1` offsets into `columnIndices` / `values`; `rowOffsets[0] == 0`.
    public let rowOffsets: [Int]
    /// Column index of each stored nonzero, strictly increasing within a row.
    public let columnIndices: [Int]
    /// Value of each stored nonzero (finite, never zero).
    public let values: [Double]

    /// Builds a matrix from already-canonical CSR arrays (no validation).
    @usableFromInline
    internal init(uncheckedRowCount rowCount: Int, columnCount: Int, rowOffsets: [Int], columnIndices: [Int], values: [Double]) {
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.rowOffsets = rowOffsets
        self.columnIndices = columnIndices
        self.values = values
    }

    /// Builds a matrix from coordinate (COO) triplets `(row, column, value)`.
    ///
    /// Duplicate coordinates are summed (in the order given), entries whose sum is exactly
    /// zero are dropped. Throws `SimulationError` for a negative size, an index outside the
    /// matrix, or a non-finite value; never traps.
    ///
    /// Cost: O(nnz log(max row length) + rowCount).
    public init(rowCount: Int, columnCount: Int, triplets: [(row: Int, column: Int, value: Double)]) throws {
        try self.init(rowCount: rowCount, columnCount: columnCount,
                      rowIndices: triplets.map(\.row), columnIndices: triplets.map(\.column),
                      values: triplets.map(\.value))
    }

    /// Builds a matrix from three parallel coordinate (COO) arrays.
    ///
    /// Same semantics as ``init(rowCount:columnCount:triplets:)``; the three arrays must have
    /// equal length.
    public init(rowCount: Int, columnCount: Int, rowIndices: [Int], columnIndices: [Int], values: [Double]) throws {
        guard rowCount >= 0 else {
            throw SimulationError.invalidSize(what: "row count", value: rowCount, expected: "a non-negative integer")
        }
        guard columnCount >= 0 else {
            throw SimulationError.invalidSize(what: "column count", value: columnCount, expected: "a non-negative integer")
        }
        guard rowCount <= SparseMatrix.maximumRowCount else {
            throw SimulationError.sizeOverflow(what: "\(rowCount) rows exceed the CSR limit of \(SparseMatrix.maximumRowCount) rows")
        }
        guard rowIndices.count == values.count else {
            throw SimulationError.dimensionMismatch(what: "COO row indices vs values", expected: values.count, actual: rowIndices.count)
        }
        guard columnIndices.count == values.count else {
            throw SimulationError.dimensionMismatch(what: "COO column indices vs values", expected: values.count, actual: columnIndices.count)
        }
        let count = values.count
        for k in 0..<count {
            let r = rowIndices[k], c = columnIndices[k]
            guard r >= 0 && r < rowCount else {
                throw SimulationError.indexOutOfRange(what: "row index of entry #\(k)", index: r, bound: rowCount)
            }
            guard c >= 0 && c < columnCount else {
                throw SimulationError.indexOutOfRange(what: "column index of entry #\(k)", index: c, bound: columnCount)
            }
            guard values[k].isFinite else {
                throw SimulationError.nonFiniteValue(what: "sparse matrix entry (\(r), \(c))")
            }
        }

        // Counting sort by row (stable), then sort each row segment by column and merge.
        var counts = [Int](repeating: 0, count: rowCount + 1)
        for r in rowIndices { counts[r + 1] += 1 }
        for i in 0..<rowCount { counts[i + 1] += counts[i] }
        var next = counts
        var order = [Int](repeating: 0, count: count)
        for k in 0..<count {
            let r = rowIndices[k]
            order[next[r]] = k
            next[r] += 1
        }
        var offsets = [Int](repeating: 0, count: rowCount + 1)
        var cols: [Int] = []
        var vals: [Double] = []
        cols.reserveCapacity(count)
        vals.reserveCapacity(count)
        for i in 0..<rowCount {
            var segment = Array(order[counts[i]..<counts[i + 1]])
            // Stable sort by column so duplicates are summed in input order.
            segment.sort { (a, b) in
                let ca = columnIndices[a], cb = columnIndices[b]
                return ca != cb ? ca < cb : a < b
            }
            var k = 0
            while k < segment.count {
                let c = columnIndices[segment[k]]
                var sum = 0.0
                while k < segment.count && columnIndices[segment[k]] == c {
                    sum += values[segment[k]]
                    k += 1
                }
                guard sum.isFinite else {
                    throw SimulationError.nonFiniteValue(what: "sum of duplicate entries at (\(i), \(c))")
                }
                if sum != 0 {
                    cols.append(c)
                    vals.append(sum)
                }
            }
            offsets[i + 1] = cols.count
        }
        self.init(uncheckedRowCount: rowCount, columnCount: columnCount, rowOffsets: offsets, columnIndices: cols, values: vals)
    }

    /// For builders inside this package that produce canonical CSR by construction and are
    /// tested against an independent route (the Carleman builder): no validation pass.
    package init(trustedCanonicalRowCount rowCount: Int, columnCount: Int, rowOffsets: [Int], columnIndices: [Int], values: [Double]) {
        self.init(uncheckedRowCount: rowCount, columnCount: columnCount, rowOffsets: rowOffsets, columnIndices: columnIndices, values: values)
    }

    /// Builds a matrix from CSR arrays that are already canonical — columns strictly increasing
    /// inside each row, no zero and no non-finite value — checking that in one O(nnz + rows)
    /// pass instead of sorting (for builders, such as the Carleman matrix, that emit rows in
    /// order). Throws `SimulationError` on any violation; never traps.
    public init(rowCount: Int, columnCount: Int, rowOffsets: [Int], columnIndices: [Int], values: [Double]) throws {
        guard rowCount >= 0, rowCount <= SparseMatrix.maximumRowCount else {
            throw SimulationError.invalidSize(what: "row count", value: rowCount, expected: "0…\(SparseMatrix.maximumRowCount)")
        }
        guard columnCount >= 0 else {
            throw SimulationError.invalidSize(what: "column count", value: columnCount, expected: "a non-negative integer")
        }
        guard rowOffsets.count == rowCount + 1, rowOffsets.first == 0, rowOffsets.last == values.count else {
            throw SimulationError.dimensionMismatch(what: "CSR row offsets (rowCount + 1, from 0 to nnz)", expected: rowCount + 1, actual: rowOffsets.count)
        }
        guard columnIndices.count == values.count else {
            throw SimulationError.dimensionMismatch(what: "CSR column indices vs values", expected: values.count, actual: columnIndices.count)
        }
        for i in 0..<rowCount {
            let lo = rowOffsets[i], hi = rowOffsets[i + 1]
            guard lo <= hi else { throw SimulationError.invalidSize(what: "row length of row \(i)", value: hi - lo, expected: "a non-negative length") }
            var previous = -1
            for k in lo..<hi {
                let c = columnIndices[k]
                guard c > previous, c < columnCount else {
                    throw SimulationError.indexOutOfRange(what: "column index in row \(i) (strictly increasing)", index: c, bound: columnCount)
                }
                guard values[k].isFinite, values[k] != 0 else {
                    throw SimulationError.invalidParameter(what: "stored CSR entry (\(i), \(c))", value: values[k], expected: "a finite nonzero value")
                }
                previous = c
            }
        }
        self.init(uncheckedRowCount: rowCount, columnCount: columnCount, rowOffsets: rowOffsets, columnIndices: columnIndices, values: values)
    }

    /// Builds a matrix from dense rows (all rows must have the same length); zeros are not stored.
    public init(dense rows: [[Double]]) throws {
        let columnCount = rows.first?.count ?? 0
        var r: [Int] = [], c: [Int] = [], v: [Double] = []
        for (i, row) in rows.enumerated() {
            guard row.count == columnCount else {
                throw SimulationError.dimensionMismatch(what: "length of dense row \(i)", expected: columnCount, actual: row.count)
            }
            for (j, x) in row.enumerated() where x != 0 || x.isNaN {
                r.append(i); c.append(j); v.append(x)
            }
        }
        try self.init(rowCount: rows.count, columnCount: columnCount, rowIndices: r, columnIndices: c, values: v)
    }

    /// The `n × n` identity matrix.
    public static func identity(_ n: Int) throws -> SparseMatrix {
        guard n >= 0 else {
            throw SimulationError.invalidSize(what: "identity dimension", value: n, expected: "a non-negative integer")
        }
        guard n <= maximumRowCount else {
            throw SimulationError.sizeOverflow(what: "identity of dimension \(n) exceeds the CSR limit of \(maximumRowCount) rows")
        }
        return SparseMatrix(uncheckedRowCount: n, columnCount: n, rowOffsets: Array(0...n),
                            columnIndices: Array(0..<n), values: [Double](repeating: 1, count: n))
    }

    /// The `rowCount × columnCount` zero matrix (no stored entries).
    public static func zeros(rowCount: Int, columnCount: Int) throws -> SparseMatrix {
        try SparseMatrix(rowCount: rowCount, columnCount: columnCount, triplets: [])
    }

    /// Number of stored (nonzero) entries.
    public var nonzeroCount: Int { values.count }

    /// All stored entries as `(row, column, value)` triplets in row-major order.
    public var triplets: [(row: Int, column: Int, value: Double)] {
        var result: [(row: Int, column: Int, value: Double)] = []
        result.reserveCapacity(nonzeroCount)
        for i in 0..<rowCount {
            for k in rowOffsets[i]..<rowOffsets[i + 1] {
                result.append((i, columnIndices[k], values[k]))
            }
        }
        return result
    }

    /// The entry `A[row, column]` (zero when not stored), found by binary search in the row.
    public func entry(row: Int, column: Int) throws -> Double {
        guard row >= 0 && row < rowCount else {
            throw SimulationError.indexOutOfRange(what: "row index", index: row, bound: rowCount)
        }
        guard column >= 0 && column < columnCount else {
            throw SimulationError.indexOutOfRange(what: "column index", index: column, bound: columnCount)
        }
        var lo = rowOffsets[row], hi = rowOffsets[row + 1]
        while lo < hi {
            let mid = (lo + hi) / 2
            let c = columnIndices[mid]
            if c == column { return values[mid] }
            if c < column { lo = mid + 1 } else { hi = mid }
        }
        return 0
    }

    /// The matrix–vector product `A x`, returned in a new array.
    ///
    /// Each component is the sum `Σ_k A[i, j_k] x[j_k]` accumulated in ascending column order.
    public func multiply(_ x: [Double]) throws -> [Double] {
        var y = [Double](repeating: 0, count: rowCount)
        try multiply(x, into: &y)
        return y
    }

    /// The matrix–vector product `A x`, written into `y` (which must already have `rowCount`
    /// components) without allocating. `y` is overwritten, not accumulated into.
    public func multiply(_ x: [Double], into y: inout [Double]) throws {
        guard x.count == columnCount else {
            throw SimulationError.dimensionMismatch(what: "matrix–vector product (vector length vs column count)", expected: columnCount, actual: x.count)
        }
        guard y.count == rowCount else {
            throw SimulationError.dimensionMismatch(what: "matrix–vector product (output length vs row count)", expected: rowCount, actual: y.count)
        }
        let n = rowCount
        rowOffsets.withUnsafeBufferPointer { off in
            columnIndices.withUnsafeBufferPointer { col in
                values.withUnsafeBufferPointer { val in
                    x.withUnsafeBufferPointer { xp in
                        y.withUnsafeMutableBufferPointer { yp in
                            for i in 0..<n {
                                var s = 0.0
                                var k = off[i]
                                let end = off[i + 1]
                                while k < end {
                                    s += val[k] * xp[col[k]]
                                    k += 1
                                }
                                yp[i] = s
                            }
                        }
                    }
                }
            }
        }
    }

    /// The transpose `Aᵀ` (exact: entries are moved, not computed). Cost O(nnz + columnCount).
    public func transposed() -> SparseMatrix {
        var offsets = [Int](repeating: 0, count: columnCount + 1)
        for c in columnIndices { offsets[c + 1] += 1 }
        for j in 0..<columnCount { offsets[j + 1] += offsets[j] }
        var next = offsets
        var cols = [Int](repeating: 0, count: nonzeroCount)
        var vals = [Double](repeating: 0, count: nonzeroCount)
        // Rows are visited in increasing order, so each transposed row is sorted.
        for i in 0..<rowCount {
            for k in rowOffsets[i]..<rowOffsets[i + 1] {
                let j = columnIndices[k]
                cols[next[j]] = i
                vals[next[j]] = values[k]
                next[j] += 1
            }
        }
        return SparseMatrix(uncheckedRowCount: columnCount, columnCount: rowCount, rowOffsets: offsets, columnIndices: cols, values: vals)
    }

    /// Largest row count accepted (the CSR offset array has `rowCount + 1` entries; columns,
    /// such as the `n^ℓ` columns of a Kronecker coefficient matrix, are not limited).
    public static let maximumRowCount = 1 << 32

    /// Largest number of entries a dense conversion will produce (2^24 ≈ 16.8 million Doubles).
    public static let maximumDenseEntryCount = 1 << 24

    /// The matrix as dense rows, for small matrices (tests, printing).
    ///
    /// Throws `SimulationError.sizeOverflow` when `rowCount · columnCount` exceeds
    /// ``maximumDenseEntryCount``.
    public func denseRows() throws -> [[Double]] {
        let (total, overflow) = rowCount.multipliedReportingOverflow(by: columnCount)
        guard !overflow && total <= SparseMatrix.maximumDenseEntryCount else {
            throw SimulationError.sizeOverflow(what: "dense conversion of a \(rowCount) × \(columnCount) matrix exceeds \(SparseMatrix.maximumDenseEntryCount) entries")
        }
        var rows = [[Double]](repeating: [Double](repeating: 0, count: columnCount), count: rowCount)
        for i in 0..<rowCount {
            for k in rowOffsets[i]..<rowOffsets[i + 1] {
                rows[i][columnIndices[k]] = values[k]
            }
        }
        return rows
    }

    /// The Kronecker product `A ⊗ B`.
    ///
    /// `(A ⊗ B)[i·p + k, j·q + l] = A[i, j] · B[k, l]` where `B` is `p × q`: the index of `A`
    /// is the most significant digit (Horn & Johnson, *Topics in Matrix Analysis*, §4.2).
    /// Each entry is a single rounded product. Rows are emitted directly in CSR order, so the
    /// cost is O(nnz(A)·nnz(B) + rows). Throws `sizeOverflow` if a dimension or the number of
    /// nonzeros does not fit in `Int`.
    public static func kron(_ a: SparseMatrix, _ b: SparseMatrix) throws -> SparseMatrix {
        let (rows, o1) = a.rowCount.multipliedReportingOverflow(by: b.rowCount)
        let (cols, o2) = a.columnCount.multipliedReportingOverflow(by: b.columnCount)
        let (nnz, o3) = a.nonzeroCount.multipliedReportingOverflow(by: b.nonzeroCount)
        guard !o1 && !o2 && !o3 && rows <= SparseMatrix.maximumRowCount else {
            throw SimulationError.sizeOverflow(what: "Kronecker product of \(a.rowCount)×\(a.columnCount) and \(b.rowCount)×\(b.columnCount) matrices")
        }
        var offsets = [Int](repeating: 0, count: rows + 1)
        var colIdx: [Int] = []
        var vals: [Double] = []
        colIdx.reserveCapacity(nnz)
        vals.reserveCapacity(nnz)
        let q = b.columnCount
        for i in 0..<a.rowCount {
            for k in 0..<b.rowCount {
                for ka in a.rowOffsets[i]..<a.rowOffsets[i + 1] {
                    let base = a.columnIndices[ka] * q
                    let av = a.values[ka]
                    for kb in b.rowOffsets[k]..<b.rowOffsets[k + 1] {
                        let v = av * b.values[kb]
                        // An underflowing product is dropped to keep the no-zero invariant.
                        if v != 0 {
                            colIdx.append(base + b.columnIndices[kb])
                            vals.append(v)
                        }
                    }
                }
                offsets[i * b.rowCount + k + 1] = colIdx.count
            }
        }
        for v in vals where !v.isFinite {
            throw SimulationError.nonFiniteValue(what: "Kronecker product (an entry overflowed)")
        }
        return SparseMatrix(uncheckedRowCount: rows, columnCount: cols, rowOffsets: offsets, columnIndices: colIdx, values: vals)
    }

    /// The sum `A + s·B` (default `s = 1`), merged row by row; entries that cancel to zero are dropped.
    public func adding(_ other: SparseMatrix, scaledBy scale: Double = 1) throws -> SparseMatrix {
        guard rowCount == other.rowCount else {
            throw SimulationError.dimensionMismatch(what: "matrix sum (row counts)", expected: rowCount, actual: other.rowCount)
        }
        guard columnCount == other.columnCount else {
            throw SimulationError.dimensionMismatch(what: "matrix sum (column counts)", expected: columnCount, actual: other.columnCount)
        }
        guard scale.isFinite else { throw SimulationError.nonFiniteValue(what: "scale factor of a matrix sum") }
        var offsets = [Int](repeating: 0, count: rowCount + 1)
        var cols: [Int] = [], vals: [Double] = []
        cols.reserveCapacity(nonzeroCount + other.nonzeroCount)
        vals.reserveCapacity(nonzeroCount + other.nonzeroCount)
        func push(_ c: Int, _ v: Double) { if v != 0 { cols.append(c); vals.append(v) } }
        for i in 0..<rowCount {
            var ka = rowOffsets[i], kb = other.rowOffsets[i]
            let ea = rowOffsets[i + 1], eb = other.rowOffsets[i + 1]
            while ka < ea || kb < eb {
                let ca = ka < ea ? columnIndices[ka] : Int.max
                let cb = kb < eb ? other.columnIndices[kb] : Int.max
                if ca == cb {
                    push(ca, values[ka] + scale * other.values[kb]); ka += 1; kb += 1
                } else if ca < cb {
                    push(ca, values[ka]); ka += 1
                } else {
                    push(cb, scale * other.values[kb]); kb += 1
                }
            }
            offsets[i + 1] = cols.count
        }
        for v in vals where !v.isFinite {
            throw SimulationError.nonFiniteValue(what: "matrix sum (an entry overflowed)")
        }
        return SparseMatrix(uncheckedRowCount: rowCount, columnCount: columnCount, rowOffsets: offsets, columnIndices: cols, values: vals)
    }

    /// The product `s·A`; `s = 0` gives the zero matrix.
    public func scaled(by s: Double) throws -> SparseMatrix {
        guard s.isFinite else { throw SimulationError.nonFiniteValue(what: "scale factor") }
        if s == 0 { return try SparseMatrix.zeros(rowCount: rowCount, columnCount: columnCount) }
        return try SparseMatrix.zeros(rowCount: rowCount, columnCount: columnCount).adding(self, scaledBy: s)
    }
}
