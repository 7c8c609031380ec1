import Exact

/// The Carleman blocks built the textbook way, with Kronecker products — an independent route
/// to the same matrices as `CarlemanMatrix`, used by the tests (`carleman.blocks`,
/// `carleman.recursion`).
public enum CarlemanBlocks {
    /// `A^j_{j+s−1} = Σ_{p=1..j} I^{⊗(p−1)} ⊗ F_s ⊗ I^{⊗(j−p)}` (an `n^j × n^{j+s−1}` matrix).
    public static func block(_ system: PolynomialSystem, row j: Int, degree s: Int) throws(ExactError) -> SparseRationalMatrix {
        let n = system.dimension
        guard j >= 1, s >= 0, j + s - 1 >= 0 else { throw .domain("block A^\(j)_\(j + s - 1): expected j ≥ 1 and j + s − 1 ≥ 0") }
        let f = system.coefficient(s)
        var total: SparseRationalMatrix? = nil
        for p in 1...j {
            let left = try SparseRationalMatrix.identity(try KroneckerIndex.power(n, p - 1))
            let right = try SparseRationalMatrix.identity(try KroneckerIndex.power(n, j - p))
            let term = try left.kronecker(f).kronecker(right)
            total = total == nil ? term : try total! + term
        }
        return total!
    }

    /// The block of rows of block j and columns of block k of a Δ×Δ Carleman matrix.
    public static func submatrix(_ a: CarlemanMatrix, row j: Int, column k: Int) throws(ExactError) -> SparseRationalMatrix {
        let l = a.layout
        let r0 = l.offset(j), c0 = l.offset(k)
        var t: [(Int, Int, Rational)] = []
        for i in 0..<l.power(j) {
            let row = r0 + i
            for e in a.matrix.rowStart[row]..<a.matrix.rowStart[row + 1] {
                let c = a.matrix.columnIndex[e]
                if c >= c0, c < c0 + l.power(k) { t.append((i, c - c0, a.matrix.values[e])) }
            }
        }
        return try SparseRationalMatrix(rows: l.power(j), columns: l.power(k), triplets: t)
    }
}
