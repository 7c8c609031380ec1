import Foundation
import Simulate

/// Standard normal draws from a seeded ``Xoshiro256StarStar`` stream by the Box–Muller
/// transform (G. E. P. Box, M. E. Muller, Ann. Math. Stat. 29 (1958) 610). Deterministic for a
/// given seed on every platform; a value type, so each user owns its stream.
struct GaussianSampler: Sendable {
    private var rng: Xoshiro256StarStar
    private var spare: Double?

    init(seed: UInt64) { rng = Xoshiro256StarStar(seed: seed) }

    /// One N(0, 1) draw. Uses `u₁ ∈ (0, 1]` so the logarithm is finite.
    mutating func next() -> Double {
        if let s = spare { spare = nil; return s }
        let u1 = 1.0 - Double(rng.next() >> 11) * 0x1p-53   // (0, 1]
        let u2 = Double(rng.next() >> 11) * 0x1p-53           // [0, 1)
        let r = (-2.0 * log(u1)).squareRoot()
        spare = r * sin(2 * Double.pi * u2)
        return r * cos(2 * Double.pi * u2)
    }
}
