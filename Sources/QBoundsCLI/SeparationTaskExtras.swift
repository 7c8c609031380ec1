import Foundation
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
        default:
            return nil
        }
    }
}

