import Exact

/// The integer solution of B·X = N for a nonsingular 0/1 matrix B (r × r) and a 0/1 matrix N
/// (r × f), in the fraction-free form d = det B, Y = adj(B)·N = d·B⁻¹N, by residues modulo
/// primes below 2²⁸ and Chinese remaindering; optionally with a modular proof that further 0/1
/// rows annihilate the kernel vectors it defines.
///
/// Why the result is exact. By Cramer's rule Y[k, j] is the determinant of B with column k
/// replaced by column j of N. Row i of such a matrix has at most min(r, sᵢ + 1) ones, sᵢ the
/// number of ones in row i of B, so Hadamard's inequality bounds it and det B by H with
/// H² ≤ Q = Πᵢ min(r, sᵢ + 1); every r × r 0/1 determinant is also at most
/// (r + 1)^((r+1)/2) / 2^r (bordering with a row of ones and subtracting it turns a 0/1
/// determinant into a ±1 determinant of order r + 1, divided by 2^r). For a prime p with B
/// invertible mod p, Gauss–Jordan elimination of [B | N] over 𝔽_p (`ModularEchelon`) gives
/// B⁻¹N mod p and det B mod p, whose product is adj(B)·N mod p. Primes dividing det B are
/// skipped (at most log₂ H / 27 of them, since 0 < |det B| ≤ H). Once the product P of the
/// primes used satisfies P > 2(r + 1)H — checked exactly as P² > 4(r + 1)²·min(Q, (r+1)^(r+1)/4^r)
/// in big integers — the symmetric residues (`ChineseRemainder`) are exactly d and Y.
///
/// Output-sensitive shortcut. Structured matrices often have kernel vectors with small entries
/// although d and the bound are large. After the first and the second prime, X = B⁻¹N mod P
/// (P < 2⁶²) is lifted to fractions a/b with |a|, b ≤ √(P/2) by rational reconstruction (Wang,
/// "A p-adic algorithm for univariate partial fractions", SYMSAC 1981; half-extended Euclid).
/// Each column j then gives an integer candidate w = (−L·X[·, j], L at j), L the lcm of its
/// denominators, and every row of M′ (the pivot rows and `others`) is checked to annihilate it
/// exactly in machine integers (entries capped so that no sum can overflow). If all columns
/// pass, those n − r vectors are a kernel basis by themselves — the proof is the exact check,
/// not the bound or the reconstruction — and the remaining primes are not needed. Otherwise the
/// candidate is dropped and the bounded route continues.
///
/// The kernel vector of free column j is v = (−Y[·, j] on the pivot columns, d at column j).
/// For a further 0/1 row a = (a_C, a_F) (restricted to the pivot and free columns),
/// a·v = −Σ_{k: a_C[k]=1} Y[k, j] + d·a_F[j] is an integer of absolute value at most (r + 1)H
/// < P/2; `rowsAnnihilate` computes it modulo every prime used (sums of residues, reduced once)
/// and it is zero iff all those residues are zero. So a `true` answer proves a·v = 0 over ℤ.
struct MultimodularKernel: Sendable {
    let rank: Int
    let freeCount: Int
    /// The primes used (those with B invertible mod p), with det B and Y modulo each.
    let primes: [UInt64]
    let determinantResidues: [UInt64]
    /// residues[t][k·f + j] = Y[k, j] mod primes[t].
    let residues: [[UInt32]]
    /// Primes of the supplied list that divide det B (skipped).
    let skipped: Int
    /// X = B⁻¹N (row-major r × f) as fractions numerator/denominator (denominator > 0) when the
    /// small-entry shortcut proved them.
    let small: (numerators: [Int], denominators: [Int])?
    /// True iff every row of M′ (the pivot rows and `others`) annihilates every kernel vector;
    /// proved either by the exact shortcut check or by `rowsAnnihilate` under the bound.
    let annihilates: Bool

    /// Solves for the r × (r + f) 0/1 matrix [B | N] (row-major bytes); `others` are the remaining
    /// rows of M′ (0/1 over the pivot columns then the free columns). Returns nil when `primes`
    /// runs out before the product passes the bound, or B is singular modulo all of them.
    init?(augmented: [UInt8], rank r: Int, free f: Int, others: [[UInt8]], primes candidates: some Sequence<UInt64>) {
        precondition(r >= 1 && augmented.count == r * (r + f))
        let width = r + f
        // Hadamard-type bounds: P² must exceed 4(r+1)²·Q, or 4(r+1)²·(r+1)^(r+1) / 4^r.
        var q = BigInteger(1)
        for i in 0..<r {
            var s = 0
            for k in 0..<r where augmented[i * width + k] != 0 { s += 1 }
            q *= BigInteger(min(r, s + 1))
        }
        let factor = BigInteger(4 * (r + 1) * (r + 1))
        let rowBound = factor * q
        let squareBound = (try? BigInteger(r + 1).power(r + 1)).map { factor * $0 }
        let fourR = BigInteger(1).shiftedLeft(2 * r)
        func enough(_ product: BigInteger) -> Bool {
            let p2 = product * product
            if p2 > rowBound { return true }
            if let sb = squareBound, p2 * fourR > sb { return true }
            return false
        }
        let template = augmented.map { UInt64($0) }
        var used: [UInt64] = [], dets: [UInt64] = [], ys: [[UInt32]] = [], xs: [[UInt32]] = []
        var skipped = 0
        var product = BigInteger(1)
        for p in candidates {
            if enough(product) { break }
            let field = PrimeField(p)
            var a = template
            let ok: Bool = a.withUnsafeMutableBufferPointer { a in
                guard let fw = ModularEchelon.forward(a, rows: r, columns: width, field: field, pivotLimit: r, strict: true),
                      fw.rank == r else { return false }
                ModularEchelon.backSubstitute(a, k: r, columns: width, field: field)
                dets.append(fw.determinant)
                return true
            }
            if !ok { skipped += 1; continue }
            let d = dets.last!
            var y = [UInt32](repeating: 0, count: r * f)
            for k in 0..<r { for j in 0..<f { y[k * f + j] = UInt32(truncatingIfNeeded: field.multiply(d, a[k * width + r + j])) } }
            ys.append(y); used.append(p)
            product *= BigInteger(Int(p))
            if used.count <= 2 {
                var x = [UInt32](repeating: 0, count: r * f)
                for k in 0..<r { for j in 0..<f { x[k * f + j] = UInt32(truncatingIfNeeded: a[k * width + r + j]) } }
                xs.append(x)
                if let candidate = Self.smallCandidate(primes: used, residues: xs, rank: r, free: f,
                                                       rows: (0..<r).map { Array(augmented[($0 * width)..<(($0 + 1) * width)]) } + others) {
                    rank = r; freeCount = f; primes = used; determinantResidues = dets; residues = ys; self.skipped = skipped
                    small = candidate; annihilates = true
                    return
                }
            }
        }
        guard !used.isEmpty, enough(product) else { return nil }
        rank = r; freeCount = f; primes = used; determinantResidues = dets; residues = ys; self.skipped = skipped
        small = nil
        annihilates = MultimodularKernel.rowsAnnihilate(others, rank: r, free: f, primes: used, dets: dets, residues: ys)
    }

    /// The shortcut (see the type's comment): X mod P by remaindering, fractions by rational
    /// reconstruction, and the exact check of every row. nil when any step fails.
    static func smallCandidate(primes: [UInt64], residues: [[UInt32]], rank r: Int, free f: Int, rows: [[UInt8]])
        -> (numerators: [Int], denominators: [Int])? {
        let crt = ChineseRemainder(primes: primes)
        guard let modulus = crt.product.intValue, modulus < 1 << 62 else { return nil }
        var bound = Int(Double(modulus / 2).squareRoot())
        while bound * bound > modulus / 2 { bound -= 1 }
        while (bound + 1) * (bound + 1) <= modulus / 2 { bound += 1 }
        let k = primes.count
        var num = [Int](repeating: 0, count: r * f), den = [Int](repeating: 1, count: r * f)
        var x = [UInt64](repeating: 0, count: k), digits = [UInt64](repeating: 0, count: k)
        let lifted: Bool = x.withUnsafeMutableBufferPointer { x in
            digits.withUnsafeMutableBufferPointer { digits in
                for e in 0..<(r * f) {
                    for t in 0..<k { x[t] = UInt64(residues[t][e]) }
                    var u = crt.symmetricSmall(UnsafeBufferPointer(x), digits: digits)!
                    if u < 0 { u += modulus }
                    guard let (a, b) = rationalReconstruction(u, modulus: modulus, bound: bound) else { return false }
                    num[e] = a; den[e] = b
                }
                return true
            }
        }
        guard lifted else { return nil }
        // Column j: w[k] = num·(L/den) and the free coordinate L, all at most `cap` in absolute value.
        let cap = Int.max / (r + 2)
        var w = [Int](repeating: 0, count: r * f), scale = [Int](repeating: 1, count: f)
        for j in 0..<f {
            var l = 1
            for kk in 0..<r {
                let d = den[kk * f + j]
                let (m, o) = (l / gcd(l, d)).multipliedReportingOverflow(by: d)
                guard !o, m <= cap else { return nil }
                l = m
            }
            scale[j] = l
            for kk in 0..<r {
                let (v, o) = num[kk * f + j].multipliedReportingOverflow(by: l / den[kk * f + j])
                guard !o, v.magnitude <= UInt(cap) else { return nil }
                w[kk * f + j] = v
            }
        }
        // Row a annihilates column j iff Σ_{k: a[k]=1} w[k, j] = L_j·a[r + j] (|sum| ≤ (r + 1)·cap, no overflow).
        var acc = [Int](repeating: 0, count: f)
        let ok: Bool = w.withUnsafeBufferPointer { w in
            acc.withUnsafeMutableBufferPointer { acc in
                for row in rows {
                    for j in 0..<f { acc[j] = 0 }
                    for kk in 0..<r where row[kk] != 0 {
                        let wk = w.baseAddress! + kk * f
                        for j in 0..<f { acc[j] &+= wk[j] }
                    }
                    for j in 0..<f where acc[j] != (row[r + j] != 0 ? scale[j] : 0) { return false }
                }
                return true
            }
        }
        return ok ? (num, den) : nil
    }

    /// a/b with a ≡ b·u (mod m), |a| ≤ bound, 0 < b ≤ bound, gcd(a, b) = 1, or nil (Wang's
    /// half-extended Euclid; 0 ≤ u < m < 2⁶², so no intermediate overflows).
    static func rationalReconstruction(_ u: Int, modulus m: Int, bound: Int) -> (Int, Int)? {
        var r0 = m, r1 = u, t0 = 0, t1 = 1
        while r1 > bound {
            let q = r0 / r1
            (r0, r1) = (r1, r0 - q * r1)
            (t0, t1) = (t1, t0 - q * t1)
        }
        guard t1 != 0, abs(t1) <= bound else { return nil }
        let (a, b) = t1 < 0 ? (-r1, -t1) : (r1, t1)
        return gcd(abs(a), b) == 1 ? (a, b) : nil
    }

    static func gcd(_ a: Int, _ b: Int) -> Int {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    /// True iff every row a (0/1 bytes over the pivot columns then the free columns, length r + f)
    /// satisfies a·v = 0 over ℤ for every kernel vector v (see the type's comment for the proof).
    static func rowsAnnihilate(_ rows: [[UInt8]], rank r: Int, free f: Int, primes: [UInt64], dets determinantResidues: [UInt64],
                               residues: [[UInt32]]) -> Bool {
        var acc = [UInt64](repeating: 0, count: f)
        for row in rows {
            let ones = (0..<r).filter { row[$0] != 0 }
            for (t, p) in primes.enumerated() {
                let d = determinantResidues[t]
                let ok: Bool = residues[t].withUnsafeBufferPointer { y in
                    acc.withUnsafeMutableBufferPointer { acc in
                        for j in 0..<f { acc[j] = 0 }
                        for k in ones {
                            let yk = y.baseAddress! + k * f
                            for j in 0..<f { acc[j] &+= UInt64(yk[j]) }
                        }
                        for j in 0..<f where acc[j] % p != (row[r + j] != 0 ? d : 0) { return false }
                        return true
                    }
                }
                if !ok { return false }
            }
        }
        return true
    }

    /// d = det B and Y = adj(B)·N (row-major r × f) as exact integers (the bounded route).
    func reconstruct() -> (determinant: BigInteger, adjugateTimesN: [BigInteger]) {
        let crt = ChineseRemainder(primes: primes)
        let k = primes.count
        var x = [UInt64](repeating: 0, count: k)
        var digits = [UInt64](repeating: 0, count: k), limbs = [UInt64](repeating: 0, count: k + 1)
        var ys: [BigInteger] = []
        ys.reserveCapacity(rank * freeCount)
        var det = BigInteger()
        x.withUnsafeMutableBufferPointer { x in
            digits.withUnsafeMutableBufferPointer { digits in
                limbs.withUnsafeMutableBufferPointer { limbs in
                    for t in 0..<k { x[t] = determinantResidues[t] }
                    det = crt.symmetric(UnsafeBufferPointer(x), digits: digits, limbs: limbs)
                    for e in 0..<(rank * freeCount) {
                        for t in 0..<k { x[t] = UInt64(residues[t][e]) }
                        ys.append(crt.symmetric(UnsafeBufferPointer(x), digits: digits, limbs: limbs))
                    }
                }
            }
        }
        return (det, ys)
    }
}
