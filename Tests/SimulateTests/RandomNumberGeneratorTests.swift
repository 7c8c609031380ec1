import PropertyBased
import Simulate
import QBoundsTestSupport
import Testing

@Suite("Pseudorandom generators")
struct RandomNumberGeneratorTests {
    @Test("SplitMix64: known answer for seed 0, and output k = mix(seed + k·γ) (counter route)")
    func splitMixKnownAnswerAndCounterForm() async {
        var zero = SplitMix64(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)   // Vigna's splitmix64.c, seed 0
        #expect(zero.next() == 0x6E78_9E6A_A1B9_65F4)
        await seededPropertyCheck("splitMixKnownAnswerAndCounterForm", count: 50, Gen.uint64()) { seed in
            func mix(_ x: UInt64) -> UInt64 {
                var z = x
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                return z ^ (z >> 31)
            }
            var g = SplitMix64(seed: seed)
            for k in 1...5 { #expect(g.next() == mix(seed &+ UInt64(k) &* 0x9E37_79B9_7F4A_7C15)) }
        }
    }

    @Test("xoshiro256**: known answer for seed 42 (reference C code seeded by splitmix64)")
    func xoshiroKnownAnswer() {
        var g = Xoshiro256StarStar(seed: 42)
        #expect([g.next(), g.next(), g.next(), g.next()] ==
                [0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1, 0xECB8_AD47_03B3_60A1])
    }

    @Test("xoshiro256** uniform doubles: mean and variance within 6σ of 1/2 and 1/12")
    func xoshiroMoments() {
        var g = Xoshiro256StarStar(seed: 12345)
        let n = 50_000
        var sum = 0.0, sumSq = 0.0
        for _ in 0..<n {
            let u = Double.random(in: 0..<1, using: &g)
            sum += u
            sumSq += u * u
        }
        let mean = sum / Double(n), meanSq = sumSq / Double(n)
        // σ(mean) = √(1/12/n); σ(mean of u²) = √((1/5 − 1/9)/n).
        #expect(abs(mean - 0.5) <= 6 * (1.0 / 12 / Double(n)).squareRoot())
        #expect(abs(meanSq - 1.0 / 3) <= 6 * ((1.0 / 5 - 1.0 / 9) / Double(n)).squareRoot())
        // Different seeds give different streams.
        var a = Xoshiro256StarStar(seed: 1), b = Xoshiro256StarStar(seed: 2)
        #expect(a.next() != b.next())
    }
}
