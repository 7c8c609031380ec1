import Exact

/// Chinese remaindering modulo distinct primes p₀ … p_{k−1} below 2³¹, by Garner's mixed-radix
/// algorithm (H. L. Garner, "The residue number system", IRE Trans. Electronic Computers 8
/// (1959) 140–147; Knuth, TAOCP vol. 2, §4.3.2).
///
/// Numerics: with Pⱼ = p₀⋯p_{j−1}, every x in [0, P) (P = P_k) is x = Σ vⱼ Pⱼ with digits
/// 0 ≤ vⱼ < pⱼ, and vⱼ = (xⱼ − Σ_{i<j} vᵢ (Pᵢ mod pⱼ)) · Pⱼ⁻¹ mod pⱼ. The tables Pᵢ mod pⱼ and
/// Pⱼ⁻¹ mod pⱼ are computed once; the inner sum is accumulated unreduced in 64 bits and folded
/// every `batch` terms (each term is below max(p)², so no overflow). The digits are then turned
/// into 64-bit limbs by Horner's rule (x = v₀ + p₀(v₁ + p₁(…))) and imported into GMP once.
/// `symmetric` returns the representative in (−P/2, P/2]: if an integer y satisfies |y| < P/2
/// and y ≡ xⱼ (mod pⱼ) for all j, the result is exactly y.
struct ChineseRemainder: Sendable {
    let primes: [UInt64]
    /// P = p₀⋯p_{k−1}.
    let product: BigInteger
    let half: BigInteger
    /// weights[j][i] = Pᵢ mod pⱼ for i < j.
    let weights: [[UInt64]]
    /// inverses[j] = Pⱼ⁻¹ mod pⱼ.
    let inverses: [UInt64]
    /// How many products of two residues fit in a UInt64 accumulator.
    let batch: Int

    init(primes: [UInt64]) {
        precondition(!primes.isEmpty && Set(primes).count == primes.count && primes.allSatisfy { $0 >= 2 && $0 < 1 << 31 })
        self.primes = primes
        var w: [[UInt64]] = [], inv: [UInt64] = []
        for (j, pj) in primes.enumerated() {
            let f = PrimeField(pj)
            var row: [UInt64] = [], prefix: UInt64 = 1 % pj
            for i in 0..<j { row.append(prefix); prefix = f.multiply(prefix, primes[i] % pj) }
            w.append(row); inv.append(j == 0 ? 1 % pj : f.inverse(prefix))
        }
        weights = w; inverses = inv
        var prod = BigInteger(1)
        for pj in primes { prod *= BigInteger(Int(pj)) }
        product = prod
        half = try! prod / BigInteger(2)
        let m = primes.max()! - 1
        batch = max(1, Int(min((UInt64.max - m) / max(m * m, 1), UInt64(Int.max))))
    }

    /// `symmetric` as a machine integer, for P < 2⁶² (nil otherwise): the Horner steps stay below P.
    func symmetricSmall(_ residues: UnsafeBufferPointer<UInt64>, digits: UnsafeMutableBufferPointer<UInt64>) -> Int? {
        let k = primes.count
        guard let pSmall = product.intValue, pSmall < 1 << 62 else { return nil }
        digitsOf(residues, into: digits)
        var x: UInt64 = digits[k - 1]
        for j in stride(from: k - 2, through: 0, by: -1) { x = x * primes[j] + digits[j] }
        let v = Int(x)
        return v > pSmall / 2 ? v - pSmall : v
    }

    /// The mixed-radix digits v₀ … v_{k−1} of the residues.
    @inline(__always)
    func digitsOf(_ residues: UnsafeBufferPointer<UInt64>, into digits: UnsafeMutableBufferPointer<UInt64>) {
        for j in 0..<primes.count {
            let pj = primes[j]
            var s: UInt64 = 0
            let wj = weights[j]
            for i in 0..<j {
                s &+= digits[i] &* wj[i]
                if (i + 1) % batch == 0 { s %= pj }
            }
            s %= pj
            digits[j] = (residues[j] % pj + pj - s) % pj &* inverses[j] % pj
        }
    }

    /// The integer x ≡ residues[j] (mod pⱼ) with −P/2 < x ≤ P/2. `residues` has one reduced
    /// residue per prime; `digits` and `limbs` are scratch space of at least `primes.count` words.
    func symmetric(_ residues: UnsafeBufferPointer<UInt64>, digits: UnsafeMutableBufferPointer<UInt64>,
                   limbs: UnsafeMutableBufferPointer<UInt64>) -> BigInteger {
        let k = primes.count
        digitsOf(residues, into: digits)
        // Horner: limbs ← v_{k−1}; limbs ← limbs·pⱼ + vⱼ for j = k−2 … 0.
        var n = 1
        limbs[0] = digits[k - 1]
        for j in stride(from: k - 2, through: 0, by: -1) {
            var carry = digits[j]
            let pj = primes[j]
            for t in 0..<n {
                let (hi, lo) = limbs[t].multipliedFullWidth(by: pj)
                let (sum, overflow) = lo.addingReportingOverflow(carry)
                limbs[t] = sum
                carry = hi &+ (overflow ? 1 : 0)
            }
            if carry != 0 { limbs[n] = carry; n += 1 }
        }
        while n > 0 && limbs[n - 1] == 0 { n -= 1 }
        let x = BigInteger(words: UnsafeBufferPointer(rebasing: limbs[0..<n]))
        return x > half ? x - product : x
    }
}
