import Testing
import Simulate

/// StabilizerTableau and PauliFrameSampler against the dense simulators: the tableau's
/// reference samples are in the support of the state vector's Born distribution and have the
/// stabilizer probability 2^−(random measurements); noiseless and noisy frame samples match
/// StateVector / DensityMatrix probabilities within 6σ (fixed seeds; per-outcome false-failure
/// probability below 2·10⁻⁹).
@Suite struct StabilizerSamplerTests {
    static func randomCircuit(qubits n: Int, gates: Int, noise: Double, using rng: inout Xoshiro256StarStar) -> [CliffordOperation] {
        (0..<gates).flatMap { _ -> [CliffordOperation] in
            let a = Int(rng.next() % UInt64(n))
            var b = Int(rng.next() % UInt64(n))
            if b == a { b = (a + 1) % n }
            let op: CliffordOperation
            switch rng.next() % 7 {
            case 0: op = .h(a)
            case 1: op = .s(a)
            case 2: op = .x(a)
            case 3: op = .z(a)
            case 4: op = n > 1 ? .cnot(control: a, target: b) : .h(a)
            case 5: op = n > 1 ? .cz(a, b) : .s(a)
            default: op = n > 1 ? .swap(a, b) : .h(a)
            }
            return noise > 0 ? [op, .depolarize1(a, probability: noise)] : [op]
        }
    }

    static func applyDense<R: QuantumRegister>(_ ops: [CliffordOperation], to reg: inout R, noise: (inout R, Int, Double) throws -> Void) throws {
        for op in ops {
            switch op {
            case .h(let q): try reg.apply(.hadamard, to: q)
            case .s(let q): try reg.apply(.s, to: q)
            case .x(let q): try reg.apply(.pauliX, to: q)
            case .z(let q): try reg.apply(.pauliZ, to: q)
            case let .cnot(c, t): try reg.applyCNOT(control: c, target: t)
            case let .cz(a, b): try reg.applyCZ(a, b)
            case let .swap(a, b): try reg.applySWAP(a, b)
            case let .depolarize1(q, p): try noise(&reg, q, p)
            }
        }
    }

    @Test func tableauSamplesLieInTheSupportWithStabilizerProbability() throws {
        var rng = Xoshiro256StarStar(seed: 2026)
        for trial in 0..<60 {
            let n = 1 + trial % 5
            let ops = Self.randomCircuit(qubits: n, gates: 4 * n + 3, noise: 0, using: &rng)
            var psi = try StateVector(qubitCount: n)
            try Self.applyDense(ops, to: &psi) { _, _, _ in }
            let probs = psi.probabilities()
            var t = try StabilizerTableau(qubitCount: n)
            for op in ops { try t.apply(op) }
            var outcome = 0, randomCount = 0
            for q in 0..<n {
                let m = try t.measure(q, using: &rng)
                outcome = outcome << 1 | m.outcome
                if m.random { randomCount += 1 }
            }
            let expected = 1.0 / Double(1 << randomCount)
            #expect(abs(probs[outcome] - expected) < 1e-9, "trial \(trial): p = \(probs[outcome]), expected \(expected)")
            #expect(abs(probs.max()! - expected) < 1e-9)
        }
    }

    @Test func noiselessFramesReproduceBornProbabilities() throws {
        var rng = Xoshiro256StarStar(seed: 77)
        for trial in 0..<12 {
            let n = 2 + trial % 3
            let ops = Self.randomCircuit(qubits: n, gates: 5 * n, noise: 0, using: &rng)
            var psi = try StateVector(qubitCount: n)
            try Self.applyDense(ops, to: &psi) { _, _, _ in }
            try Self.compare(ops, qubits: n, expected: psi.probabilities(), rng: &rng)
        }
    }

    @Test func noisyFramesReproduceDensityMatrixProbabilities() throws {
        var rng = Xoshiro256StarStar(seed: 99)
        for trial in 0..<8 {
            let n = 2 + trial % 2
            let ops = Self.randomCircuit(qubits: n, gates: 4 * n, noise: 0.15, using: &rng)
            var rho = try DensityMatrix(qubitCount: n)
            try Self.applyDense(ops, to: &rho) { r, q, p in try r.applyDepolarizing(probability: p, to: q) }
            try Self.compare(ops, qubits: n, expected: rho.probabilities(), rng: &rng)
        }
    }

    static func compare(_ ops: [CliffordOperation], qubits n: Int, expected: [Double], rng: inout Xoshiro256StarStar) throws {
        let shots = 20_000
        let sampler = try PauliFrameSampler(qubitCount: n, operations: ops, using: &rng)
        let bits = try sampler.sample(shots: shots, using: &rng)
        var counts = Array(repeating: 0, count: 1 << n)
        for s in 0..<shots {
            var o = 0
            for q in 0..<n { o = o << 1 | Int((bits[q][s / 64] >> UInt64(s % 64)) & 1) }
            counts[o] += 1
        }
        for (o, p) in expected.enumerated() {
            let sigma = (max(p * (1 - p), 1e-12) / Double(shots)).squareRoot()
            let f = Double(counts[o]) / Double(shots)
            #expect(abs(f - p) <= 6 * sigma + 1e-12, "outcome \(o): frequency \(f), probability \(p)")
        }
    }

    @Test func badInputThrows() throws {
        #expect(throws: SimulationError.self) { try StabilizerTableau(qubitCount: 0) }
        var t = try StabilizerTableau(qubitCount: 2)
        #expect(throws: SimulationError.self) { try t.apply(.cnot(control: 0, target: 0)) }
        #expect(throws: SimulationError.self) { try t.apply(.h(5)) }
        var rng = Xoshiro256StarStar(seed: 1)
        #expect(throws: SimulationError.self) { try PauliFrameSampler(qubitCount: 2, operations: [.depolarize1(0, probability: 1.5)], using: &rng) }
        let s = try PauliFrameSampler(qubitCount: 1, operations: [.h(0)], using: &rng)
        #expect(throws: SimulationError.self) { try s.sample(shots: 0, using: &rng) }
    }
}
