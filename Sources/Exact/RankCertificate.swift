/// The rank of a rational matrix with a witness for each side.
///
/// - rank ≥ r: the r×r submatrix on `minorRows` × `minorColumns` is nonsingular.
/// - rank ≤ r: `kernelBasis` holds `columns − r` vectors with M·v = 0 that are linearly
///   independent because, restricted to the coordinates `freeColumns`, they form the identity.
///
/// Rank–nullity then pins the rank to exactly r. `verify(against:)` re-checks both witnesses
/// without using the elimination that produced them: the minor by a determinant modulo primes
/// (nonzero modulo a prime implies nonzero) with an exact fallback, the kernel by exact products
/// (each vector scaled to integers by the lcm of its denominators, each row of M to integers).
public struct RankCertificate: Sendable, Hashable, Codable {
    public let rank: Int
    public let minorRows: [Int]
    public let minorColumns: [Int]
    public let freeColumns: [Int]
    public let kernelBasis: [RationalVector]

    public init(rank: Int, minorRows: [Int], minorColumns: [Int], freeColumns: [Int], kernelBasis: [RationalVector]) {
        self.rank = rank; self.minorRows = minorRows; self.minorColumns = minorColumns
        self.freeColumns = freeColumns; self.kernelBasis = kernelBasis
    }

    /// Re-checks both witnesses against `m`. Returns nil when they hold, else the first failure.
    public func verify(against m: RationalMatrix) -> String? {
        guard minorRows.count == rank, minorColumns.count == rank else { return "the minor is not \(rank)×\(rank)" }
        guard Set(minorRows).count == rank, Set(minorColumns).count == rank,
              minorRows.allSatisfy({ (0..<m.rows).contains($0) }), minorColumns.allSatisfy({ (0..<m.columns).contains($0) }) else {
            return "the minor's indices are repeated or out of range"
        }
        if rank > 0 {
            let minor = m.submatrix(rows: minorRows, columns: minorColumns)
            if !Determinant.isNonzero(minor) { return "the claimed \(rank)×\(rank) minor is singular" }
        }
        guard kernelBasis.count == m.columns - rank, freeColumns.count == kernelBasis.count,
              Set(freeColumns).count == freeColumns.count, freeColumns.allSatisfy({ (0..<m.columns).contains($0) }) else {
            return "the kernel basis has \(kernelBasis.count) vectors, expected \(m.columns - rank)"
        }
        let integerRows = m.integerRows
        let support = integerRows.map { row in row.indices.filter { !row[$0].isZero } }
        for (a, v) in kernelBasis.enumerated() {
            guard v.count == m.columns else { return "kernel vector \(a) has length \(v.count), expected \(m.columns)" }
            for (b, f) in freeColumns.enumerated() where v[f] != (a == b ? Rational(1) : Rational()) {
                return "kernel vectors are not the identity on the free columns (vector \(a), column \(f))"
            }
            guard Self.annihilates(integerRows, support: support, v) else { return "kernel vector \(a) is not in the kernel" }
        }
        return nil
    }

    /// True iff M·v = 0 exactly, where M is given by its integer-scaled rows (row i of M times a
    /// positive integer) and their nonzero positions. v is scaled by the lcm L of its
    /// denominators to the integer vector w = L·v; M v = 0 iff every scaled row has (row)·w = 0,
    /// summed exactly in big integers (no rational additions, no gcds in the inner loop).
    static func annihilates(_ rows: [[BigInteger]], support: [[Int]], _ v: RationalVector) -> Bool {
        var l = BigInteger(1)
        for x in v.entries where !x.isZero {
            let d = x.denominator
            if d != l { l = BigInteger.lcm(l, d) }
        }
        let w = v.entries.map { x in x.isZero ? BigInteger() : x.numerator * (try! l.exactlyDivided(by: x.denominator)) }
        for (i, row) in rows.enumerated() {
            var s = BigInteger()
            for j in support[i] where !w[j].isZero { s.addProduct(row[j], w[j]) }
            if !s.isZero { return false }
        }
        return true
    }
}

extension RationalMatrix {
    /// The rank over ℚ with both witnesses (see `RankCertificate`).
    ///
    /// Each row is scaled by the lcm of its denominators (rank is unchanged), then reduced by
    /// fraction-free Gaussian elimination (Bareiss, Math. Comp. 22 (1968) 565–578), in which
    /// every intermediate entry is a minor of the integer matrix and divisions are exact; the
    /// pivot rows and columns give the nonsingular minor. The kernel basis comes from back
    /// substitution in ℚ on the echelon form, one vector per free column.
    public func rankCertificate() -> RankCertificate {
        let (r, pivotRows, pivotColumns, echelon) = integerEchelon()
        let pivotSet = Set(pivotColumns)
        let free = (0..<columns).filter { !pivotSet.contains($0) }
        var basis: [RationalVector] = []
        for f in free {
            // Solve U_P x_P = −U_f on the r×r upper-triangular pivot block.
            var x = RationalVector(zeros: columns)
            x[f] = 1
            for i in stride(from: r - 1, through: 0, by: -1) {
                var s = Rational(-echelon[i][f])
                for k in (i + 1)..<Swift.max(i + 1, r) { s -= Rational(echelon[i][pivotColumns[k]]) * x[pivotColumns[k]] }
                x[pivotColumns[i]] = try! s / Rational(echelon[i][pivotColumns[i]])
            }
            basis.append(x)
        }
        return RankCertificate(rank: r, minorRows: pivotRows, minorColumns: pivotColumns, freeColumns: free, kernelBasis: basis)
    }

    /// The rank over ℚ.
    public var rank: Int { integerEchelon().rank }

    /// The rows scaled to integers (row i times the lcm of its denominators).
    public var integerRows: [[BigInteger]] {
        (0..<rows).map { i in
            let r = row(i)
            let l = r.reduce(BigInteger(1)) { BigInteger.lcm($0, $1.denominator) }
            return r.map { q in (q.numerator * (try! l.exactlyDivided(by: q.denominator))) }
        }
    }

    /// Bareiss elimination. Returns the rank, the original indices of the pivot rows, the pivot
    /// columns, and the first `rank` rows of the echelon form (integers, pivots nonzero).
    func integerEchelon() -> (rank: Int, pivotRows: [Int], pivotColumns: [Int], echelon: [[BigInteger]]) {
        var a = integerRows
        var origin = Array(0..<rows)
        var r = 0
        var previous = BigInteger(1)
        var pivotColumns: [Int] = []
        for c in 0..<columns where r < rows {
            guard let p = (r..<rows).first(where: { !a[$0][c].isZero }) else { continue }
            if p != r { a.swapAt(p, r); origin.swapAt(p, r) }
            let pivot = a[r][c]
            for i in (r + 1)..<rows {
                let factor = a[i][c]
                for j in (c + 1)..<columns {
                    // a[i][j] = (pivot·a[i][j] − factor·a[r][j]) / previous, exact by Sylvester's identity.
                    var t = pivot * a[i][j]
                    t.subtractProduct(factor, a[r][j])
                    a[i][j] = try! t.exactlyDivided(by: previous)
                }
                a[i][c] = BigInteger()
            }
            previous = pivot
            pivotColumns.append(c)
            r += 1
        }
        return (r, Array(origin[0..<r]), pivotColumns, Array(a[0..<r]))
    }

    /// The rank of the integer-scaled matrix modulo the prime p. It is a lower bound of the rank
    /// over ℚ (a minor that is nonzero mod p is nonzero), and equals it for all but finitely many p.
    public func modularRank(prime p: UInt64) -> Int {
        Determinant.modularRank(integerRows, prime: p)
    }
}

/// Determinants and ranks modulo primes: the independent route used to re-check certificates.
public enum Determinant {
    /// Primes just below 2^62, so products fit in the 128-bit multiply used below.
    public static let primes: [UInt64] = [4611686018427387847, 4611686018427387817, 4611686018427387787]

    /// True when det(m) ≠ 0 for a square rational matrix. First tries the primes above (a
    /// nonzero residue proves det ≠ 0); if every residue is 0 it decides exactly by rational
    /// elimination.
    public static func isNonzero(_ m: RationalMatrix) -> Bool {
        precondition(m.isSquare)
        let ints = m.integerRows
        if mersenneRank(ints) == m.rows { return true }
        for p in primes where modularRank(ints, prime: p) == m.rows { return true }
        return !exact(m).isZero
    }

    /// The Mersenne prime 2³¹ − 1: residues below 2³¹, products below 2⁶², reduced by folding
    /// (2³¹ ≡ 1), with no division in the inner loop.
    public static let mersenne: UInt64 = (1 << 31) - 1

    @inline(__always) static func fold(_ x: UInt64) -> UInt64 {
        var y = (x & mersenne) &+ (x >> 31)          // < 2³² for x < 2⁶³
        y = (y & mersenne) &+ (y >> 31)              // ≤ p + 1
        return y >= mersenne ? y &- mersenne : y
    }

    /// Rank of an integer matrix modulo 2³¹ − 1, by row-echelon elimination on a flat row-major
    /// array of residues (the first, fast try of `isNonzero`: a full rank there proves det ≠ 0).
    static func mersenneRank(_ rowsIn: [[BigInteger]]) -> Int {
        let p = mersenne
        let m = rowsIn.count, n = rowsIn.first?.count ?? 0
        guard m > 0, n > 0 else { return 0 }
        var flat = [UInt64](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n { flat[i * n + j] = UInt64(try! rowsIn[i][j].residue(modulo: UInt(p))) } }
        return flat.withUnsafeMutableBufferPointer { a in
            var r = 0
            for c in 0..<n where r < m {
                var piv = -1
                for i in r..<m where a[i * n + c] != 0 { piv = i; break }
                if piv < 0 { continue }
                if piv != r { for j in c..<n { a.swapAt(piv * n + j, r * n + j) } }
                let inv = powmod(a[r * n + c], p - 2, p)
                let pivotRow = r * n
                for j in c..<n { a[pivotRow + j] = fold(a[pivotRow + j] &* inv) }
                for i in (r + 1)..<m {
                    let row = i * n, f = a[row + c]
                    if f == 0 { continue }
                    let g = p &- f
                    for j in c..<n { a[row + j] = fold(a[row + j] &+ g &* a[pivotRow + j]) }
                }
                r += 1
            }
            return r
        }
    }

    /// det(m) over ℚ by Gaussian elimination with exact rationals.
    public static func exact(_ m: RationalMatrix) -> Rational {
        precondition(m.isSquare)
        var a = m, det = Rational(1)
        let n = m.rows
        for c in 0..<n {
            guard let p = (c..<n).first(where: { !a[$0, c].isZero }) else { return Rational() }
            if p != c { for j in 0..<n { let t = a[p, j]; a[p, j] = a[c, j]; a[c, j] = t }; det = -det }
            let pivot = a[c, c]
            det *= pivot
            for i in (c + 1)..<n where !a[i, c].isZero {
                let f = try! a[i, c] / pivot
                for j in c..<n { a[i, j] -= f * a[c, j] }
            }
        }
        return det
    }

    static func mulmod(_ a: UInt64, _ b: UInt64, _ p: UInt64) -> UInt64 {
        let (hi, lo) = a.multipliedFullWidth(by: b)
        return p.dividingFullWidth((hi, lo)).remainder
    }
    static func powmod(_ a: UInt64, _ e: UInt64, _ p: UInt64) -> UInt64 {
        var r: UInt64 = 1, b = a % p, e = e
        while e > 0 { if e & 1 == 1 { r = mulmod(r, b, p) }; b = mulmod(b, b, p); e >>= 1 }
        return r
    }

    /// Rank of an integer matrix modulo the prime p, by Gaussian elimination in 𝔽_p.
    static func modularRank(_ rowsIn: [[BigInteger]], prime p: UInt64) -> Int {
        var a: [[UInt64]] = rowsIn.map { $0.map { UInt64(try! $0.residue(modulo: UInt(p))) } }
        let m = a.count, n = a.first?.count ?? 0
        var r = 0
        for c in 0..<n where r < m {
            guard let piv = (r..<m).first(where: { a[$0][c] != 0 }) else { continue }
            a.swapAt(piv, r)
            let inv = powmod(a[r][c], p - 2, p)
            for i in (r + 1)..<m where a[i][c] != 0 {
                let f = mulmod(a[i][c], inv, p)
                for j in c..<n where a[r][j] != 0 {
                    a[i][j] = (a[i][j] + p - mulmod(f, a[r][j], p)) % p
                }
            }
            r += 1
        }
        return r
    }
}
