/// Gaussian elimination over 𝔽_p on a dense row-major `UInt64` matrix, with delayed reduction.
///
/// Numerics: entries start reduced (< p). Each elimination step reduces the pivot column and the
/// pivot row (exact `%`), copies the normalised pivot row into a `UInt32` buffer and adds
/// (p − f)·pivotRow to every row below whose entry f in the pivot column is nonzero — a
/// multiply–add of two 32-bit residues into a 64-bit accumulator, without reduction. After
/// `field.foldInterval` steps the trailing block is folded (reduced), so no accumulator exceeds
/// (p − 1) + foldInterval·(p − 1)² < 2⁶⁴ (see `PrimeField`). Every residue read as a pivot or a
/// factor is reduced first, so the result is exactly the elimination over 𝔽_p: the ranks,
/// pivots and solutions below are exact statements about the matrix modulo p.
/// Rows are swapped physically (row-major, contiguous inner loops).
enum ModularEchelon {
    /// What a forward pass found.
    struct Forward {
        /// The rank over 𝔽_p of the columns searched (all columns unless a pivot limit was given).
        var rank: Int
        /// The pivot columns, increasing.
        var pivotColumns: [Int]
        /// Original index of the row now in position i; the first `rank` are the pivot rows.
        var rowOrder: [Int]
        /// The determinant mod p of the leading rank × rank block of the pivot rows and pivot
        /// columns (product of the pivots, sign of the row permutation).
        var determinant: UInt64
    }

    /// a[i, j] += g · pivot[j] for j in 0..<count, without reduction (g and pivot[j] below 2³²).
    @inline(__always)
    static func addMultiple(_ g: UInt32, _ pivot: UnsafePointer<UInt32>, _ row: UnsafeMutablePointer<UInt64>, _ count: Int) {
        let g = UInt64(g)
        for j in 0..<count { row[j] &+= g &* UInt64(pivot[j]) }
    }

    /// Forward elimination in place to row-echelon form with unit pivots. Pivots are searched in
    /// the columns 0..<pivotLimit in order; with `strict`, a column without a pivot stops the pass
    /// and nil is returned (the leading pivotLimit × pivotLimit block is singular mod p).
    /// On return the first `rank` rows are reduced from their pivot column on, with a 1 there and
    /// 0 left of it; the remaining rows are unreduced and meaningless.
    static func forward(_ a: UnsafeMutableBufferPointer<UInt64>, rows: Int, columns: Int, field: PrimeField,
                        pivotLimit: Int? = nil, strict: Bool = false) -> Forward? {
        let p = field.p
        let limit = min(pivotLimit ?? columns, columns)
        var order = Array(0..<rows)
        var pivots: [Int] = []
        var det: UInt64 = 1
        var r = 0
        var sinceFold = 0
        var pivotRow = [UInt32](repeating: 0, count: columns)
        let base = a.baseAddress!
        pivotRow.withUnsafeMutableBufferPointer { pr in
            let prBase = pr.baseAddress!
            for c in 0..<limit where r < rows {
                var piv = -1
                for i in r..<rows {
                    let x = a[i * columns + c] % p
                    a[i * columns + c] = x
                    if piv < 0 && x != 0 { piv = i }
                }
                if piv < 0 {
                    if strict { r = -1; return }
                    continue
                }
                if piv != r {
                    for j in c..<columns { a.swapAt(piv * columns + j, r * columns + j) }
                    order.swapAt(piv, r)
                    det = (p - det) % p
                }
                let rowR = r * columns
                let pivotValue = a[rowR + c]
                det = field.multiply(det, pivotValue)
                let inv = field.inverse(pivotValue)
                for j in c..<columns {
                    let x = field.multiply(a[rowR + j] % p, inv)
                    a[rowR + j] = x
                    pr[j] = UInt32(truncatingIfNeeded: x)
                }
                let width = columns - c - 1
                if width > 0 {
                    for i in (r + 1)..<rows {
                        let f = a[i * columns + c]
                        if f == 0 { continue }
                        addMultiple(UInt32(truncatingIfNeeded: p - f), prBase + c + 1, base + i * columns + c + 1, width)
                        a[i * columns + c] = 0
                    }
                } else {
                    for i in (r + 1)..<rows { a[i * columns + c] = 0 }
                }
                pivots.append(c)
                r += 1
                sinceFold += 1
                if sinceFold >= field.foldInterval {
                    for i in r..<rows { for j in (c + 1)..<columns { a[i * columns + j] %= p } }
                    sinceFold = 0
                }
            }
        }
        if r < 0 { return nil }
        return Forward(rank: r, pivotColumns: pivots, rowOrder: order, determinant: det)
    }

    /// After a strict forward pass over the leading k columns with rank k (so the first k rows
    /// are [U | W] with U unit upper triangular), reduces the first k rows to [I | U⁻¹W] by back
    /// substitution, with the same delayed reduction. On return the entries in columns k..<columns
    /// of rows 0..<k are reduced: row i holds row i of B⁻¹N mod p when the input was [B | N].
    static func backSubstitute(_ a: UnsafeMutableBufferPointer<UInt64>, k: Int, columns: Int, field: PrimeField) {
        let p = field.p
        let width = columns - k
        guard k > 0, width > 0 else { return }
        var pivotRow = [UInt32](repeating: 0, count: width)
        let base = a.baseAddress!
        var sinceFold = 0
        pivotRow.withUnsafeMutableBufferPointer { pr in
            let prBase = pr.baseAddress!
            for c in stride(from: k - 1, through: 0, by: -1) {
                let rowC = c * columns
                for j in 0..<width {
                    let x = a[rowC + k + j] % p
                    a[rowC + k + j] = x
                    pr[j] = UInt32(truncatingIfNeeded: x)
                }
                for i in 0..<c {
                    let f = a[i * columns + c] % p
                    if f == 0 { continue }
                    addMultiple(UInt32(truncatingIfNeeded: p - f), prBase, base + i * columns + k, width)
                    a[i * columns + c] = 0
                }
                sinceFold += 1
                if sinceFold >= field.foldInterval {
                    for i in 0..<c { for j in 0..<width { a[i * columns + k + j] %= p } }
                    sinceFold = 0
                }
            }
        }
    }
}
