import Exact

/// Rank over ℚ of a 0/1 matrix with both witnesses, by a multimodular route (statement
/// `"comm.log-rank"` uses it; the certificate is Exact's `RankCertificate`, statement exact.rank).
///
/// 1. Exact reduction (`DistinctLines`): zero and repeated rows and columns are set aside; the
///    rank and, after re-expansion, the kernel are those of the reduced matrix M′.
/// 2. ≥ side: Gaussian elimination of M′ modulo a prime p₀ < 2²⁸ (`ModularEchelon`, delayed
///    reduction) finds r pivot rows R and pivot columns C with `M′[R, C]` nonsingular mod p₀,
///    hence with nonzero integer determinant: `rank_ℚ M ≥ r`.
/// 3. ≤ side, when M′ has free columns F: with B = M′[R, C] and N = M′[R, F], d = det B and
///    Y = adj(B)·N are computed exactly from residues modulo primes below 2²⁸ and Chinese
///    remaindering, with as many primes as a Hadamard bound on the minors requires
///    (`MultimodularKernel`); the kernel vector of a free column j is (−Y[·, j]/d on C, 1 at j),
///    so `M′[R, ·] v = 0` holds by Cramer's rule. The other rows of M′ are proved to annihilate
///    every v by sums of residues modulo the same primes, whose product exceeds twice the bound
///    on those integers. When the kernel vectors have small entries (structured matrices), a
///    candidate lifted from one or two primes by rational reconstruction is instead checked
///    exactly against every row in machine integers, and the bound is not needed. Then n − r independent kernel vectors exist: `rank_ℚ M ≤ r`.
///    If some row does not annihilate them, p₀ was unlucky (rank mod p₀ < rank over ℚ, which
///    needs p₀ to divide a nonzero minor): the next prime is tried, and after three primes the
///    exact elimination of the whole matrix (Bareiss, `RationalMatrix.rankCertificate`) decides.
/// The result is therefore always the exact rank over ℚ with a certificate that
/// `RankCertificate.verify` re-checks by its own route (determinants mod other primes, exact
/// products), and no step is randomized.
public enum BooleanRank {
    /// The primes below 2²⁸ tried for the pivot search, largest first.
    static let pivotPrimes: [UInt64] = PrimeField.primes(below: 1 << 28, count: 3)
    /// The first primes below 2²⁸, largest first, for Chinese remaindering (more are generated on demand).
    static let remainderPrimes: [UInt64] = PrimeField.primes(below: 1 << 28, count: 64)

    /// The prime of the first pivot search: the largest prime below 2²⁸ (268 435 399).
    public static var prime: UInt64 { pivotPrimes[0] }

    /// Primes below 2²⁸ in decreasing order, without end in practice (about 14.5 million of them).
    static var defaultRemainderPrimes: some Sequence<UInt64> {
        sequence(state: (index: 0, last: UInt64(1 << 28))) { s -> UInt64? in
            if s.index < remainderPrimes.count { s.last = remainderPrimes[s.index]; s.index += 1; return s.last }
            while s.last > 2 { s.last -= 1; if PrimeField.isPrime(s.last) { return s.last } }
            return nil
        }
    }

    /// Rank of m modulo `prime` with the pivot rows and columns (original indices), by row-echelon
    /// elimination on residues (`ModularEchelon`). It is a lower bound of the rank over ℚ, with
    /// `m[rows, columns]` nonsingular mod p (so over ℚ).
    public static func modular(_ m: BooleanMatrix, prime: UInt64 = BooleanRank.prime) -> (rank: Int, rows: [Int], columns: [Int]) {
        let field = PrimeField(prime)
        var a = m.entries.map { UInt64($0) }
        let fw = a.withUnsafeMutableBufferPointer { ModularEchelon.forward($0, rows: m.rows, columns: m.columns, field: field)! }
        return (fw.rank, Array(fw.rowOrder[0..<fw.rank]), fw.pivotColumns)
    }

    /// The exact rank over ℚ with a `RankCertificate` (minor found modulo a prime, kernel by
    /// multimodular solving; see the type's comment).
    public static func certificate(_ m: BooleanMatrix) -> RankCertificate {
        route(m, pivotPrimes: pivotPrimes, remainderPrimes: defaultRemainderPrimes).certificate
    }

    /// `certificate` with the primes as parameters (tests force unlucky primes with small ones),
    /// reporting how many pivot primes were tried, how many remaindering primes were skipped
    /// because they divide det B, whether the small-entry shortcut of `MultimodularKernel` proved
    /// the kernel, and whether the exact fallback decided.
    static func route(_ m: BooleanMatrix, pivotPrimes: [UInt64], remainderPrimes: some Sequence<UInt64>)
        -> (certificate: RankCertificate, attempts: Int, skipped: Int, shortcut: Bool, exactFallback: Bool) {
        let n = m.columns
        let lines = DistinctLines(m)
        if lines.rows.isEmpty {
            let basis = (0..<n).map { RationalVector.basis($0, count: n) }
            return (RankCertificate(rank: 0, minorRows: [], minorColumns: [], freeColumns: Array(0..<n), kernelBasis: basis), 0, 0, false, false)
        }
        let reduced = m.submatrix(rows: lines.rows, columns: lines.columns)
        var skipped = 0, shortcut = false
        for (attempt, p0) in pivotPrimes.enumerated() {
            let (r, rowsR, colsC) = modular(reduced, prime: p0)
            var pivotIndex = [Int](repeating: -1, count: reduced.columns)
            for (k, c) in colsC.enumerated() { pivotIndex[c] = k }
            let free = (0..<reduced.columns).filter { pivotIndex[$0] < 0 }
            var freeIndex = [Int](repeating: -1, count: reduced.columns)
            for (j, c) in free.enumerated() { freeIndex[c] = j }
            // pivotParts[j][k]: entry at pivot column k of the kernel vector of free column j of M′.
            var pivotParts: [[Rational]] = []
            if !free.isEmpty {
                let w = reduced.columns, order = colsC + free
                func line(_ i: Int) -> [UInt8] { order.map { reduced.entries[i * w + $0] } }
                let augmented = rowsR.flatMap(line)
                let inR = Set(rowsR)
                let others = (0..<reduced.rows).filter { !inR.contains($0) }.map(line)
                guard let kernel = MultimodularKernel(augmented: augmented, rank: r, free: free.count, others: others,
                                                      primes: remainderPrimes) else { break }
                skipped += kernel.skipped
                guard kernel.annihilates else { continue }
                shortcut = kernel.small != nil
                let f = free.count
                if let (num, den) = kernel.small {
                    pivotParts = (0..<f).map { j in (0..<r).map { k in try! Rational(-num[k * f + j], den[k * f + j]) } }
                } else {
                    let (d, y) = kernel.reconstruct()
                    pivotParts = (0..<f).map { j in (0..<r).map { k in try! Rational(numerator: -y[k * f + j], denominator: d) } }
                }
            }
            let minorRows = rowsR.map { lines.rows[$0] }, minorColumns = colsC.map { lines.columns[$0] }
            let isPivot = Set(minorColumns)
            let freeColumns = (0..<n).filter { !isPivot.contains($0) }
            let zero = Rational(), one = Rational(1), minusOne = Rational(-1)
            let basis = freeColumns.map { c -> RationalVector in
                var e = [Rational](repeating: zero, count: n)
                let cls = lines.columnClass[c]
                if cls >= 0 {
                    if pivotIndex[cls] >= 0 {
                        e[lines.columns[cls]] = minusOne          // c repeats a pivot column
                    } else {
                        let part = pivotParts[freeIndex[cls]]     // c is (or repeats) a free column of M′
                        for k in 0..<r { e[minorColumns[k]] = part[k] }
                    }
                }
                e[c] = one
                return RationalVector(e)
            }
            return (RankCertificate(rank: r, minorRows: minorRows, minorColumns: minorColumns, freeColumns: freeColumns,
                                    kernelBasis: basis), attempt + 1, skipped, shortcut, false)
        }
        return (m.rational.rankCertificate(), pivotPrimes.count, skipped, false, true)
    }
}
