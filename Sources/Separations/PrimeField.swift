/// The prime field 𝔽_p for a prime p < 2³¹, with the bookkeeping that lets eliminations delay
/// their reductions.
///
/// Residues are held in `UInt64`. A product of two reduced residues is below (p − 1)² + 1 ≤ 2⁶²,
/// so a reduced entry (< p) can absorb `foldInterval` = ⌊(2⁶⁴ − 1 − (p − 1)) / (p − 1)²⌋ further
/// products before a `UInt64` could overflow; an elimination that folds (reduces) its entries at
/// least that often never loses a bit, and every residue it reports is exact. For the primes
/// below 2²⁸ used by `BooleanRank` the interval is 256 products, so an r-step elimination reduces
/// its trailing block about r/256 times instead of after every product, and the inner update is
/// a 32 × 32 → 64-bit multiply–add that vectorizes (SSE2 `pmuludq`, NEON `umlal`).
public struct PrimeField: Sendable, Hashable {
    /// The prime.
    public let p: UInt64
    /// How many products of two reduced residues a reduced entry may absorb without overflow.
    public let foldInterval: Int

    /// 𝔽_p. The caller guarantees p is prime (see `isPrime`); p must be at least 2 and below 2³¹.
    public init(_ p: UInt64) {
        precondition(p >= 2 && p < 1 << 31, "PrimeField needs 2 ≤ p < 2³¹")
        self.p = p
        let square = (p - 1) * (p - 1)
        foldInterval = Int(min((UInt64.max - (p - 1)) / square, UInt64(Int.max)))
    }

    /// a·b mod p for reduced a, b (the product is below 2⁶²).
    @inline(__always) public func multiply(_ a: UInt64, _ b: UInt64) -> UInt64 { a &* b % p }

    /// a^e mod p by binary powering.
    public func power(_ a: UInt64, _ e: UInt64) -> UInt64 {
        var result: UInt64 = 1 % p, base = a % p, e = e
        while e > 0 {
            if e & 1 == 1 { result = multiply(result, base) }
            base = multiply(base, base); e >>= 1
        }
        return result
    }

    /// a⁻¹ mod p for a ≢ 0 (Fermat: a^(p−2)).
    public func inverse(_ a: UInt64) -> UInt64 {
        precondition(a % p != 0, "zero has no inverse")
        return power(a, p - 2)
    }

    /// True when n is prime. Exact, no probabilistic verdict: below 4 759 123 141 (so for every
    /// n < 2³²) the strong-pseudoprime test to the bases 2, 7 and 61 has no false positive
    /// (G. Jaeschke, "On strong pseudoprimes to several bases", Math. Comp. 61 (1993) 915–926);
    /// larger n (not used by the eliminations) by trial division up to √n.
    public static func isPrime(_ n: UInt64) -> Bool {
        if n < 4 { return n >= 2 }
        if n % 2 == 0 { return false }
        if n >= 1 << 32 {
            var d: UInt64 = 3
            while d <= n / d { if n % d == 0 { return false }; d += 2 }
            return true
        }
        // n − 1 = 2^s·d with d odd; products below 2⁶⁴ since n < 2³².
        var d = n - 1, s = 0
        while d % 2 == 0 { d /= 2; s += 1 }
        func powmod(_ a: UInt64, _ e: UInt64) -> UInt64 {
            var r: UInt64 = 1, b = a % n, e = e
            while e > 0 { if e & 1 == 1 { r = r * b % n }; b = b * b % n; e >>= 1 }
            return r
        }
        witnesses: for a: UInt64 in [2, 7, 61] where a % n != 0 {
            var x = powmod(a, d)
            if x == 1 || x == n - 1 { continue }
            for _ in 1..<max(s, 1) {
                x = x * x % n
                if x == n - 1 { continue witnesses }
            }
            return false
        }
        return true
    }

    /// The `count` largest primes below `bound`, in decreasing order (fewer if there are fewer).
    public static func primes(below bound: UInt64, count: Int) -> [UInt64] {
        var out: [UInt64] = []
        var n = bound
        while out.count < count, n > 2 {
            n -= 1
            if isPrime(n) { out.append(n) }
        }
        return out
    }
}
