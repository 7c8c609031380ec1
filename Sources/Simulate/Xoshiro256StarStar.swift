//===--- Xoshiro256StarStar.swift --------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

/// The xoshiro256** pseudorandom generator (256-bit state, period 2²⁵⁶ − 1).
///
/// Blackman & Vigna, "Scrambled linear pseudorandom number generators", ACM Trans. Math.
/// Softw. 47 (2021) 36; reference code `xoshiro256starstar.c` (public domain). The state is
/// filled from a ``SplitMix64`` stream of the seed, as the authors recommend, so nearby seeds
/// give unrelated streams and the state is never all zero.
///
/// Pass it as the `using:` generator of the sampling routines to make shots reproducible:
/// a fixed seed gives the same shots on every platform (Swift's `Double.random(in:using:)`
/// and `Int.random(in:using:)` consume the generator deterministically).
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Equatable {
    /// The four state words `(s0, s1, s2, s3)`.
    public private(set) var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator whose 256-bit state is the first four outputs of `SplitMix64(seed:)`.
    public init(seed: UInt64) {
        var sm = SplitMix64(seed: seed)
        var s = (sm.next(), sm.next(), sm.next(), sm.next())
        if s.0 == 0 && s.1 == 0 && s.2 == 0 && s.3 == 0 { s.0 = 1 } // unreachable in practice
        state = s
    }

    /// The next 64 random bits: `rotl(s1·5, 7)·9`, then the xoshiro linear update.
    public mutating func next() -> UInt64 {
        @inline(__always) func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
        var (s0, s1, s2, s3) = state
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        state = (s0, s1, s2, s3)
        return result
    }

    public static func == (a: Xoshiro256StarStar, b: Xoshiro256StarStar) -> Bool {
        a.state == b.state
    }
}
