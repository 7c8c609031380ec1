import Exact

/// The scalar types the generic builder works over (today exact `Rational`; the float build has
/// its own tuned builder, `FloatCarlemanBuilder`).
protocol CarlemanScalar: Sendable {
    static var zero: Self { get }
    static func + (a: Self, b: Self) -> Self
    var isZero: Bool { get }
}

extension Rational: CarlemanScalar {
    static var zero: Rational { Rational() }
}

/// Builds the truncated Carleman matrix row by row, directly in CSR order, without forming
/// any Kronecker product.
///
/// Row `r` of block j is the multi-index `(i1, …, ij)`. Block row j of the Carleman matrix is
/// `Σ_s A^j_{j+s−1}` with `A^j_{j+s−1} = Σ_{p=1..j} I^{⊗(p−1)} ⊗ F_s ⊗ I^{⊗(j−p)}`
/// (Kowalski & Steeb 1991; Forets & Pouly, arXiv:1711.02552, Eq. 11). The p-th term maps the
/// row `(i1, …, ij)` to the columns `(i1, …, i_{p−1}, k1, …, ks, i_{p+1}, …, ij)` for every
/// nonzero `(i_p, (k1…ks))` of F_s: prefix·n^{s+j−p} + c·n^{j−p} + suffix in block j+s−1.
/// Columns past block N are the truncation (dropped); `j = 1, s = 0` is the forcing `b`.
/// Cost: O(Σ_j j·n^{j−1}·nnz(F)) entries plus a per-row sort of a handful of columns.
struct CarlemanBuilder<Scalar: CarlemanScalar>: Sendable {
    let layout: CarlemanLayout
    /// Per degree s, per row d of F_s: the (Kronecker column, value) pairs; nil when F_s = 0.
    let rows: [[[(Int, Scalar)]]?]

    init(layout: CarlemanLayout, coefficients: [SparseRationalMatrix], convert: (Rational) -> Scalar) {
        self.layout = layout
        self.rows = coefficients.map { f in
            guard f.nonzeroCount > 0 else { return nil }
            return (0..<f.rows).map { d in (f.rowStart[d]..<f.rowStart[d + 1]).map { (f.columnIndex[$0], convert(f.values[$0])) } }
        }
    }

    struct Output {
        var rowOffsets: [Int]
        var columns: [Int]
        var values: [Scalar]
        var forcing: [(Int, Scalar)]
    }

    /// Builds rows `range` (global row indices) of the truncated matrix.
    func build(rows range: Range<Int>) -> Output {
        let n = layout.variableCount, N = layout.order
        var out = Output(rowOffsets: [0], columns: [], values: [], forcing: [])
        out.rowOffsets.reserveCapacity(range.count + 1)
        var bufferColumns: [Int] = [], bufferValues: [Scalar] = [], order: [Int] = []
        var digits = [Int](repeating: 0, count: N)
        var j = 1
        while layout.offsets[j] <= range.lowerBound { j += 1 }
        var r = range.lowerBound - layout.offset(j)
        var d0 = KroneckerIndex.digits(r, base: n, length: j)
        for k in 0..<j { digits[k] = d0[k] }
        for global in range {
            if global == layout.offsets[j] {   // next block
                j += 1; r = 0
                d0 = [Int](repeating: 0, count: j)
                for k in 0..<j { digits[k] = 0 }
            }
            bufferColumns.removeAll(keepingCapacity: true)
            bufferValues.removeAll(keepingCapacity: true)
            for p in 0..<j {
                let d = digits[p]
                let low = layout.power(j - p - 1)
                let suffix = r % low
                let prefix = r / (low * n)
                for (s, fs) in rows.enumerated() {
                    guard let fs else { continue }
                    let k = j + s - 1
                    if k > N { continue }
                    let entries = fs[d]
                    if k == 0 {
                        for (_, v) in entries { out.forcing.append((global, v)) }
                        continue
                    }
                    let base = layout.offset(k) + prefix * layout.power(s) * low + suffix
                    for (c, v) in entries {
                        bufferColumns.append(base + c * low)
                        bufferValues.append(v)
                    }
                }
            }
            // Sort this row's contributions by column and sum duplicates.
            order.removeAll(keepingCapacity: true)
            order.append(contentsOf: bufferColumns.indices)
            order.sort { bufferColumns[$0] < bufferColumns[$1] || (bufferColumns[$0] == bufferColumns[$1] && $0 < $1) }
            var k = 0
            while k < order.count {
                let c = bufferColumns[order[k]]
                var sum = bufferValues[order[k]]
                k += 1
                while k < order.count, bufferColumns[order[k]] == c { sum = sum + bufferValues[order[k]]; k += 1 }
                if !sum.isZero { out.columns.append(c); out.values.append(sum) }
            }
            out.rowOffsets.append(out.columns.count)
            // Advance the multi-index (odometer, last digit fastest).
            r += 1
            _ = digits.withUnsafeMutableBufferPointer { KroneckerIndex.advance($0.baseAddress!, length: j, base: n) }
        }
        return out
    }
}
