import Foundation
import Exact
import Separations

/// Tasks added after the first set (Peres–Mermin, distributed inference); nil when `name` is not one of them.
enum SeparationTaskExtras {
    static func run(name: String, n: Int?, json: Bool) throws -> (json: [String: Any], text: String)? {
        switch name {
        case "peres-mermin":
            var found: [Int: PeresMerminMachine] = [:]
            for s in 1...3 { if let m = PeresMerminMachine.search(states: s) { found[s] = m; break } }
            guard let (states, m) = found.first else { return (["task": "peres-mermin", "minimum_states": NSNull()], "no machine with ≤ 3 states found") }
            return (["task": "peres-mermin", "statement": "memory.peres-mermin", "minimum_states": states,
                     "outputs": m.outputs, "transitions": m.transitions, "verified": m.verify() == nil],
                    "Peres–Mermin sequential measurements (memory.peres-mermin): no machine with fewer than \(states) states; a \(states)-state machine:\n"
                    + (0..<states).map { "  state \($0): outputs \(m.outputs[$0].map { $0 == 0 ? "+" : "−" }.joined()) next \(m.transitions[$0])" }.joined(separator: "\n"))
        case "distributed-inference":
            let size = n ?? 1 << 20
            guard (2...(1 << 24)).contains(size) else {
                throw SeparationError.invalidArgument("--n \(size): expected the data dimension N in 2...16777216")
            }
            let eps = try Rational(1, 10), delta = try Rational(1, 100)
            let model = try DistributedInference(dataDimension: size, unitaries: [[], [], []],
                                                 observable: String(repeating: "I", count: Log2.ceiling(size)))
            let m = try DistributedInference.hoeffdingShots(epsilon: eps, delta: delta)
            let quantum = m * model.qubitsPerForwardPass
            let baseline = model.classicalBaselineBits(bitsPerEntry: 32)
            let linear = try DistributedInference.linearClassicalBits(dimension: size, epsilon: eps, delta: delta, bitsPerValue: 32)
            return (["task": "distributed-inference", "statement": "comm.distributed-inference", "n": size, "unitaries": 3,
                     "qubits": model.qubits, "qubits_per_forward_pass": model.qubitsPerForwardPass, "epsilon": eps.description,
                     "delta": delta.description, "hoeffding_shots": m, "quantum_qubits_total": quantum,
                     "classical_baseline_bits": baseline, "linear_classical_bits": linear],
                    """
                    Gilboa–McClean model, N = \(size), L = 3 unitaries (comm.distributed-inference)
                      q = \(model.qubits) qubits; \(model.qubitsPerForwardPass) qubits per forward pass
                      ε = 1/10, δ = 1/100: m = \(m) Hoeffding shots → \(quantum) qubits in total
                      classical baseline (send x, 32-bit entries): \(baseline) bits
                      linear classification, classical sampling protocol: \(linear) bits (no exponential gap)
                    """)
        default:
            return nil
        }
    }
}

