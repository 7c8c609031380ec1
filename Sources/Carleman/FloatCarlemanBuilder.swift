import Exact

/// The float Carleman builder, tuned: two passes over the rows — count, then write every entry
/// straight into its final place — and rows emitted already sorted, without a per-row sort for
/// the F1 terms, which make up almost every row of the last block.
///
/// Row `r = (d_1, …, d_j)` of block j. The F1 terms `I⊗F1⊗I` replace one digit `d_p` by `c`:
/// column `r + (c − d_p)·n^{j−p}` (1-based p). For p < q, every change at p moves the column by
/// at least `n^{j−p}` while any change at q moves it by less than `n^{j−q+1} ≤ n^{j−p}`, so the
/// columns come out in increasing order as: for p = 1…j the entries with `c < d_p` (c
/// ascending), then the diagonal `r` itself (Σ_p F1[d_p, d_p], all p coincide there), then for
/// p = j…1 the entries with `c > d_p`. Only the F1 diagonal can repeat a column, and it is
/// summed. Terms of other degrees (F0 into block j−1, F2… into blocks j+1…) are few; they are
/// gathered per block, sorted by insertion and summed.
struct FloatCarlemanBuilder: Sendable {
    let layout: CarlemanLayout
    /// Per degree s: CSR of F_s in Double.
    let rowStart: [[Int]]
    let column: [[Int]]
    let value: [[Double]]
    /// F1[d, d], and per row d of F1 the first entry with column ≥ d and with column > d.
    let diagonal: [Double]
    let firstAtOrAbove: [Int]
    let firstAbove: [Int]
    let powers: [Int]
    /// The most entries one row can produce.
    let widestRow: Int

    init(layout: CarlemanLayout, coefficients: [SparseRationalMatrix]) {
        self.layout = layout
        rowStart = coefficients.map(\.rowStart)
        column = coefficients.map(\.columnIndex)
        value = coefficients.map { $0.values.map { $0.double() } }
        let n = layout.variableCount
        var diag = [Double](repeating: 0, count: n), above = [Int](repeating: 0, count: n), atOrAbove = [Int](repeating: 0, count: n)
        if coefficients.count > 1 {
            let f = coefficients[1]
            for d in 0..<n {
                var k = f.rowStart[d]
                while k < f.rowStart[d + 1], f.columnIndex[k] < d { k += 1 }
                atOrAbove[d] = k
                if k < f.rowStart[d + 1], f.columnIndex[k] == d { diag[d] = f.values[k].double(); k += 1 }
                above[d] = k
            }
        }
        diagonal = diag; firstAbove = above; firstAtOrAbove = atOrAbove
        powers = (0...layout.order).map { layout.power($0) }
        var widest = 0
        for f in coefficients { var m = 0; for d in 0..<n { m = Swift.max(m, f.rowStart[d + 1] - f.rowStart[d]) }; widest += m }
        widestRow = (layout.order + 1) * Swift.max(widest, 1)
    }

    /// The rows that only F1 terms reach: the last block when F0 = 0 (F2… point past N there).
    var f1OnlyRows: Range<Int> {
        let hasF0 = !value.isEmpty && !value[0].isEmpty
        return hasF0 ? layout.dimension..<layout.dimension : layout.offset(layout.order)..<layout.dimension
    }

    /// Pass 1 for `f1OnlyRows`: entries of row (d_1…d_N) = Σ_p (off-diagonal entries of F1 row
    /// d_p) + [Σ_p F1[d_p, d_p] ≠ 0], with the digits advanced as an odometer.
    func countF1Only(rows range: Range<Int>, into counts: UnsafeMutablePointer<Int>) {
        let n = layout.variableCount, j = layout.order
        guard !range.isEmpty else { return }
        let hasF1 = rowStart.count > 1 && !value[1].isEmpty
        guard hasF1 else { for g in range { counts[g] = 0 }; return }
        let offDiagonal = (0..<n).map { d in (firstAtOrAbove[d] - rowStart[1][d]) + (rowStart[1][d + 1] - firstAbove[d]) }
        var digits = KroneckerIndex.digits(range.lowerBound - layout.offset(j), base: n, length: j)
        offDiagonal.withUnsafeBufferPointer { off in
        diagonal.withUnsafeBufferPointer { diag in
        digits.withUnsafeMutableBufferPointer { dg in
            for g in range {
                var count = 0, sum = 0.0
                for p in 0..<j { let d = dg[p]; count += off[d]; sum += diag[d] }
                counts[g] = count + (sum != 0 ? 1 : 0)
                _ = KroneckerIndex.advance(dg.baseAddress!, length: j, base: n)
            }
        } } }
    }

    /// Pass 2 for `f1OnlyRows`. Rows that share the digits d_1…d_{N−1} (a group of n
    /// consecutive rows) share the F1 terms of positions 1…N−1 up to a shift of the column by the
    /// row index, so those terms are built once per group and copied with the shift; only the
    /// terms of the last position and the diagonal are recomputed per row. Same entries, same
    /// order and the same floating-point sums as `emit`.
    func writeF1Only(rows range: Range<Int>, columns: UnsafeMutablePointer<Int>, values: UnsafeMutablePointer<Double>,
                     rowOffsets: UnsafePointer<Int>) {
        let n = layout.variableCount, j = layout.order
        guard !range.isEmpty, rowStart.count > 1, !value[1].isEmpty else { return }
        let blockStart = layout.offset(j)
        var widest = 0
        for d in 0..<n { widest = Swift.max(widest, rowStart[1][d + 1] - rowStart[1][d]) }
        let capacity = Swift.max(1, (j - 1) * widest)
        let belowColumns = UnsafeMutablePointer<Int>.allocate(capacity: capacity), belowValues = UnsafeMutablePointer<Double>.allocate(capacity: capacity)
        let aboveColumns = UnsafeMutablePointer<Int>.allocate(capacity: capacity), aboveValues = UnsafeMutablePointer<Double>.allocate(capacity: capacity)
        defer { belowColumns.deallocate(); belowValues.deallocate(); aboveColumns.deallocate(); aboveValues.deallocate() }
        var belowCount = 0, aboveCount = 0, prefixDiagonal = 0.0
        var digits = KroneckerIndex.digits(range.lowerBound - blockStart, base: n, length: j)
        var stale = true
        rowStart[1].withUnsafeBufferPointer { rs1 in
        column[1].withUnsafeBufferPointer { c1 in
        value[1].withUnsafeBufferPointer { v1 in
        diagonal.withUnsafeBufferPointer { diag in
        firstAbove.withUnsafeBufferPointer { above in
        firstAtOrAbove.withUnsafeBufferPointer { below in
        powers.withUnsafeBufferPointer { pw in
        digits.withUnsafeMutableBufferPointer { dg in
            for g in range {
                if stale {
                    // Positions 1…N−1: offsets relative to the row index r.
                    belowCount = 0; aboveCount = 0; prefixDiagonal = 0
                    for p in 0..<(j - 1) {
                        let d = dg[p], step = pw[j - p - 1]
                        prefixDiagonal += diag[d]
                        for k in rs1[d]..<below[d] { belowColumns[belowCount] = (c1[k] - d) * step; belowValues[belowCount] = v1[k]; belowCount += 1 }
                    }
                    var p = j - 2
                    while p >= 0 {
                        let d = dg[p], step = pw[j - p - 1]
                        for k in above[d]..<rs1[d + 1] { aboveColumns[aboveCount] = (c1[k] - d) * step; aboveValues[aboveCount] = v1[k]; aboveCount += 1 }
                        p -= 1
                    }
                    stale = false
                }
                let base = g            // blockStart + r
                var pos = rowOffsets[g]
                for i in 0..<belowCount { columns[pos] = base + belowColumns[i]; values[pos] = belowValues[i]; pos += 1 }
                let d = dg[j - 1]
                for k in rs1[d]..<below[d] { columns[pos] = base + c1[k] - d; values[pos] = v1[k]; pos += 1 }
                let diagonalSum = prefixDiagonal + diag[d]
                if diagonalSum != 0 { columns[pos] = base; values[pos] = diagonalSum; pos += 1 }
                for k in above[d]..<rs1[d + 1] { columns[pos] = base + c1[k] - d; values[pos] = v1[k]; pos += 1 }
                for i in 0..<aboveCount { columns[pos] = base + aboveColumns[i]; values[pos] = aboveValues[i]; pos += 1 }
                // Advance the odometer; a carry out of the last digit changes the group.
                if KroneckerIndex.advance(dg.baseAddress!, length: j, base: n) { stale = true }
            }
        } } } } } } } }
    }

    /// Where entries go: counted (pass 1) or written (pass 2).
    protocol Sink {
        mutating func append(_ column: Int, _ value: Double)
        /// Appends `count` entries: columns `offset + sourceColumns[i]·step`, values `sourceValues[i]`.
        mutating func appendRun(_ sourceColumns: UnsafePointer<Int>, _ sourceValues: UnsafePointer<Double>, count: Int, offset: Int, step: Int)
        mutating func endRow(_ global: Int)
    }

    struct Counter: Sink {
        let counts: UnsafeMutablePointer<Int>
        var current = 0
        @inline(__always) mutating func append(_ column: Int, _ value: Double) { current += 1 }
        @inline(__always) mutating func appendRun(_ sourceColumns: UnsafePointer<Int>, _ sourceValues: UnsafePointer<Double>, count: Int, offset: Int, step: Int) {
            current += count
        }
        @inline(__always) mutating func endRow(_ global: Int) { counts[global] = current; current = 0 }
    }

    struct Writer: Sink {
        let columns: UnsafeMutablePointer<Int>
        let values: UnsafeMutablePointer<Double>
        var position: Int
        @inline(__always) mutating func append(_ column: Int, _ value: Double) {
            columns[position] = column; values[position] = value; position += 1
        }
        @inline(__always) mutating func appendRun(_ sourceColumns: UnsafePointer<Int>, _ sourceValues: UnsafePointer<Double>, count: Int, offset: Int, step: Int) {
            let c = columns + position, v = values + position
            for i in 0..<count { c[i] = offset + sourceColumns[i] * step; v[i] = sourceValues[i] }
            position += count
        }
        @inline(__always) mutating func endRow(_ global: Int) {}
    }

    /// Emits rows `range` in order into `sink`; the forcing entries (block 1, F0) go to `forcing`.
    func emit<S: Sink>(rows range: Range<Int>, into sink: inout S, forcing: inout [(Int, Double)]) {
        let n = layout.variableCount, N = layout.order
        let degrees = rowStart.count
        let hasF0 = degrees > 0 && !value[0].isEmpty
        let hasF1 = degrees > 1 && !value[1].isEmpty
        let hasHigher = degrees > 2 && value[2...].contains { !$0.isEmpty }
        let scratchColumns = UnsafeMutablePointer<Int>.allocate(capacity: widestRow)
        let scratchValues = UnsafeMutablePointer<Double>.allocate(capacity: widestRow)
        defer { scratchColumns.deallocate(); scratchValues.deallocate() }
        var scratchCount = 0
        @inline(__always) func insert(_ col: Int, _ v: Double) {
            var i = scratchCount
            while i > 0, scratchColumns[i - 1] > col { i -= 1 }
            if i > 0, scratchColumns[i - 1] == col { scratchValues[i - 1] += v; return }
            var k = scratchCount
            while k > i { scratchColumns[k] = scratchColumns[k - 1]; scratchValues[k] = scratchValues[k - 1]; k -= 1 }
            scratchColumns[i] = col; scratchValues[i] = v
            scratchCount += 1
        }
        @inline(__always) func flush(_ sink: inout S) {
            for k in 0..<scratchCount where scratchValues[k] != 0 { sink.append(scratchColumns[k], scratchValues[k]) }
            scratchCount = 0
        }
        var digits = [Int](repeating: 0, count: N + 1)
        var j = 1
        while layout.offsets[j] <= range.lowerBound { j += 1 }
        var r = range.lowerBound - layout.offset(j)
        let d0 = KroneckerIndex.digits(r, base: n, length: j)
        for k in 0..<j { digits[k] = d0[k] }
        let f1 = Swift.min(1, degrees - 1)
        rowStart[f1].withUnsafeBufferPointer { rs1 in
        column[f1].withUnsafeBufferPointer { c1 in
        value[f1].withUnsafeBufferPointer { v1 in
        diagonal.withUnsafeBufferPointer { diag1 in
        firstAbove.withUnsafeBufferPointer { above in
        firstAtOrAbove.withUnsafeBufferPointer { below in
        powers.withUnsafeBufferPointer { pw in
        digits.withUnsafeMutableBufferPointer { dg in
            var blockEnd = layout.offsets[j]
            var blockStart = layout.offset(j)
            for global in range {
                if global == blockEnd {
                    j += 1; r = 0
                    for k in 0..<j { dg[k] = 0 }
                    blockEnd = layout.offsets[j]
                    blockStart = layout.offset(j)
                }
                // Degree 0: block j − 1 (the forcing b for j = 1).
                if hasF0 {
                    if j == 1 {
                        for k in rowStart[0][dg[0]]..<rowStart[0][dg[0] + 1] { forcing.append((global, value[0][k])) }
                    } else {
                        let base = layout.offset(j - 1)
                        for p in 0..<j {
                            let d = dg[p]
                            guard rowStart[0][d] < rowStart[0][d + 1] else { continue }
                            let low = pw[j - p - 1]
                            insert(base + (r / (low * n)) * low + r % low, value[0][rowStart[0][d]])
                        }
                        flush(&sink)
                    }
                }
                // Degree 1: block j, in order by construction.
                if hasF1 {
                    let base = blockStart + r
                    var diagonalSum = 0.0
                    for p in 0..<j {
                        let d = dg[p], step = pw[j - p - 1]
                        diagonalSum += diag1[d]
                        let k = rs1[d]
                        sink.appendRun(c1.baseAddress! + k, v1.baseAddress! + k, count: below[d] - k, offset: base - d * step, step: step)
                    }
                    if diagonalSum != 0 { sink.append(base, diagonalSum) }
                    var p = j - 1
                    while p >= 0 {
                        let d = dg[p], step = pw[j - p - 1]
                        let k = above[d]
                        sink.appendRun(c1.baseAddress! + k, v1.baseAddress! + k, count: rs1[d + 1] - k, offset: base - d * step, step: step)
                        p -= 1
                    }
                }
                // Degrees s ≥ 2: block j + s − 1 ≤ N (never in the last block).
                if hasHigher, j < N {
                    var s = 2
                    while s < degrees, j + s - 1 <= N {
                        if !value[s].isEmpty {
                            let base = layout.offset(j + s - 1), ns = pw[s]
                            for p in 0..<j {
                                let d = dg[p], low = pw[j - p - 1]
                                let head = base + (r / (low * n)) * ns * low + r % low
                                for k in rowStart[s][d]..<rowStart[s][d + 1] { insert(head + column[s][k] * low, value[s][k]) }
                            }
                            flush(&sink)
                        }
                        s += 1
                    }
                }
                sink.endRow(global)
                r += 1
                _ = KroneckerIndex.advance(dg.baseAddress!, length: j, base: n)
            }
        } } } } } } } }
    }
}
