import Exact

/// Rank over ℚ of a 0/1 matrix with both witnesses, by a modular route (statement
/// `"comm.log-rank"` uses it; the certificate is Exact's `RankCertificate`, statement exact.rank).
///
/// ≥ side: Gaussian elimination modulo the prime p = 2³¹ − 1 (entries stay below 2⁶², no
/// multi-word arithmetic) finds r pivot rows R and pivot columns C with `M[R, C]` nonsingular
/// mod p, hence its integer determinant is nonzero and `rank_ℚ M ≥ r`.
/// ≤ side: when r < columns, the exact kernel of the r × n integer matrix `M[R, ·]` (fraction-free
/// elimination in Exact) gives n − r independent vectors; each is checked to satisfy `M v = 0`
/// on *all* rows, so `rank_ℚ M ≤ r`. If some row fails (the prime was unlucky: rank mod p <
/// rank over ℚ, which needs p to divide a nonzero minor), the exact elimination of the whole
/// matrix decides instead. The result is therefore always the exact rank over ℚ.
public enum BooleanRank {
    public static let prime: UInt64 = 2_147_483_647

    /// x mod p for p = 2³¹ − 1 and x < 2⁶³, by folding (2³¹ ≡ 1 mod p): no division.
    @inline(__always) static func reduce(_ x: UInt64) -> UInt64 {
        var y = (x & prime) + (x >> 31)          // < 2³² + 2³¹
        y = (y & prime) + (y >> 31)              // ≤ p + 2
        return y >= prime ? y - prime : y
    }

    /// Rank of m modulo `prime` with the pivot rows and columns (original indices), by
    /// row-echelon elimination on residues (row-major, pivot row normalised to 1, Mersenne folding).
    public static func modular(_ m: BooleanMatrix) -> (rank: Int, rows: [Int], columns: [Int]) {
        let p = prime
        let nr = m.rows, nc = m.columns
        var a = m.entries.map { UInt64($0) }
        var origin = Array(0..<nr)
        var r = 0
        var pivotColumns: [Int] = []
        a.withUnsafeMutableBufferPointer { a in
            for c in 0..<nc where r < nr {
                var piv = -1
                for i in r..<nr where a[i * nc + c] != 0 { piv = i; break }
                if piv < 0 { continue }
                if piv != r {
                    for j in c..<nc { a.swapAt(piv * nc + j, r * nc + j) }
                    origin.swapAt(piv, r)
                }
                let inv = power(a[r * nc + c], p - 2, p)
                for j in c..<nc { a[r * nc + j] = reduce(a[r * nc + j] * inv) }
                let pivotRow = r * nc
                for i in (r + 1)..<nr {
                    let f = a[i * nc + c]
                    if f == 0 { continue }
                    let g = p - f, row = i * nc
                    for j in c..<nc { a[row + j] = reduce(a[row + j] + g * a[pivotRow + j]) }
                }
                pivotColumns.append(c)
                r += 1
            }
        }
        return (r, Array(origin[0..<r]), pivotColumns)
    }

    static func power(_ base: UInt64, _ e: UInt64, _ p: UInt64) -> UInt64 {
        var result: UInt64 = 1, b = base % p, e = e
        while e > 0 { if e & 1 == 1 { result = result * b % p }; b = b * b % p; e >>= 1 }
        return result
    }

    /// The exact rank over ℚ with a `RankCertificate` (minor from the modular route, kernel exact).
    public static func certificate(_ m: BooleanMatrix) -> RankCertificate {
        let (r, rows, cols) = modular(m)
        if r == m.columns {
            return RankCertificate(rank: r, minorRows: rows, minorColumns: cols, freeColumns: [], kernelBasis: [])
        }
        let top = m.submatrix(rows: rows, columns: Array(0..<m.columns)).rational
        let partial = top.rankCertificate()
        // partial.rank == r because M[R, C] is nonsingular; its kernel is ker M iff every row of M annihilates it.
        let full = m.rational
        if partial.rank == r, partial.kernelBasis.allSatisfy({ (try? full * $0)?.isZero ?? false }) {
            return RankCertificate(rank: r, minorRows: rows, minorColumns: cols,
                                   freeColumns: partial.freeColumns, kernelBasis: partial.kernelBasis)
        }
        return full.rankCertificate()
    }
}
