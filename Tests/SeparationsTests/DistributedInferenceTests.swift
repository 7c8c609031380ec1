import Exact
import PropertyBased
import QBoundsTestSupport
import Testing
@testable import Separations

@Suite struct DistributedInferenceTests {
    /// comm.distributed-inference: the alternating-unitary model on the state-vector simulator
    /// agrees with the density-matrix simulator; counts are (L − 1)·⌈log₂ N⌉ qubits per pass;
    /// m Hoeffding shots land within ε.
    @Test func modelCountsAndShots() throws {
        let eps = try Rational(1, 10), delta = try Rational(1, 1_000_000)
        let m = try DistributedInference.hoeffdingShots(epsilon: eps, delta: delta)
        #expect(m == 2902)   // 2 ln(2·10⁶)/0.01 = 2901.6…
        #expect(try DistributedInference.hoeffdingShots(epsilon: try Rational(1, 10), delta: try Rational(1, 20)) == 738)
        seededCheck("comm.distributed-inference", count: 4, zip(Gen.int(in: 3...16), Gen.int(in: 2...4), Gen.uint64(in: 0...UInt64.max),
                                                              Gen.double(in: -1...1).array(of: 16))) { n, l, seed, raw in
            let model = try DistributedInference.random(dataDimension: n, unitaryCount: l, layers: 2, seed: seed)
            let x = Array(raw.prefix(n)).enumerated().map { $0.offset == 0 ? $0.element + 2 : $0.element }
            let exact = try model.output(x), viaRho = try model.outputByDensityMatrix(x)
            let sampled = try model.sampledOutput(x, shots: m, seed: seed)
            return model.qubitsPerForwardPass == (l - 1) * Log2.ceiling(n) && abs(exact - viaRho) < 1e-10
                && abs(sampled - exact) < 0.1
        }
        // Baseline: N = 2²⁰ numbers of 32 bits against m shots of a 3-unitary model on 20 qubits.
        let big = try DistributedInference(dataDimension: 1 << 20, unitaries: [[], [], []], observable: String(repeating: "I", count: 20))
        #expect(big.qubitsPerForwardPass == 40 && big.classicalBaselineBits(bitsPerEntry: 32) == 1 << 25)
        #expect(m * big.qubitsPerForwardPass < big.classicalBaselineBits(bitsPerEntry: 32))
    }

    /// The linear no-go: a classical sampling protocol estimates ⟨w, x⟩ to ±ε with O(log N/ε²) bits.
    @Test func linearClassificationHasNoExponentialAdvantage() throws {
        let eps = try Rational(1, 10), delta = try Rational(1, 100)
        let bits = try DistributedInference.linearClassicalBits(dimension: 1 << 20, epsilon: eps, delta: delta, bitsPerValue: 32)
        #expect(bits == 10_000 * (20 + 32))
        seededCheck("linear no-go", count: 5, zip(Gen.double(in: -1...1).array(of: 64), Gen.double(in: -1...1).array(of: 64), Gen.uint64(in: 0...UInt64.max))) { x0, w, seed in
            let x = x0.map { $0 == 0 ? 0.5 : $0 }
            let nx = (x.reduce(0) { $0 + $1 * $1 }).squareRoot(), nw = (w.reduce(0) { $0 + $1 * $1 }).squareRoot()
            let truth = zip(x, w).reduce(0) { $0 + $1.0 * $1.1 } / (nx * nw)
            return abs(DistributedInference.linearEstimate(x: x, w: w, samples: 10_000, seed: seed) - truth) < 0.1
        }
    }
}
