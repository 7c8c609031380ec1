//===--- SplitMix64.swift ----------------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

/// The SplitMix64 pseudorandom generator: a Weyl sequence `s ← s + γ` (γ = 0x9E3779B97F4A7C15,
/// the odd integer nearest 2⁶⁴/φ) passed through a 64-bit finalizer.
///
/// Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014;
/// constants of the variant `splitmix64.c` by S. Vigna (public domain), whose first output for
/// seed 0 is `0xE220A8397B1DCDAF`. Output `k` (1-based) is `mix(seed + k·γ)`, so the stream is
/// fully determined by the seed. Period 2⁶⁴. Used here to seed ``Xoshiro256StarStar`` and
/// wherever a tiny reproducible generator is enough; not cryptographically secure.
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
    /// The Weyl-sequence state.
    public private(set) var state: UInt64

    /// A generator whose stream is determined by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
