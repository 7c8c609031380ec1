import Foundation
import Exact
import Separations

/// The `streaming` part of `qbounds separation task zhao-deng` (statement
/// `"zhaodeng.streaming-memory"`): per-layer states of the one-bit-per-game strategy's minimal
/// transducer, and the least states at the cut of any zero-error model, with the value w_s for
/// every s up to it. nil for n_g above `ZhaoDengStreaming.maximumGames`.
enum SeparationZhaoDengStreaming {
    static func run(games: Int) throws -> (json: [String: Any], text: String)? {
        guard games <= ZhaoDengStreaming.maximumGames else { return nil }
        let s = try ZhaoDengStreaming(games: games)
        let known = min(games, 2)
        let bounds = try (1...known).map { try ZhaoDengCutBound(games: $0) }
        let least = [1] + bounds.map(\.leastStatesAtCut)
        let lower = ZhaoDengCutBound.tokenLowerBounds(games: games, least: least)
        let exactAtCut = games <= 2
        let cut = bounds[known - 1]
        let values: [[String: Any]] = cut.values.map {
            ["states": $0.states, "value": $0.value.description, "won_pairs": $0.wonPairs, "nodes": $0.nodes]
        }
        // The per-layer states of the cut-optimal witness as a token stream, when its outputs are causal.
        let witness = cut.values.last!.strategy
        let witnessLayers = try? ZhaoDengStreaming.layers(games: known, output: ZhaoDengStreaming.tokenOutput(games: known, strategy: witness))
        // n_g ≥ 2: can a model have ≤ 2 states after x₁ and ≤ s*(2) at the cut (games 1 and 2)?
        let staged = games >= 2 ? try ZhaoDengCutBound.stagedZeroErrorExists(afterFirst: 2, atCut: least[2]) : nil
        var json: [String: Any] = [
            "statement": "zhaodeng.streaming-memory", "length_bits": s.length, "cut_layer": s.cutLayer,
            "layers": s.layers, "token_layers": s.tokenLayers, "memory_bits": s.memoryBits, "token_memory_bits": s.tokenMemoryBits,
            "strategy_won_inputs": s.wonInputs, "inputs": 1 << s.length,
            "least_states_at_cut": exactAtCut ? cut.leastStatesAtCut as Any : NSNull(),
            "cut_lower_bound": cut.leastStatesAtCut, "cut_lower_bound_games": known,
            "values_by_states": values, "token_lower_bounds": lower,
            "strategy_minimal_at_token_layers": s.tokenLayers == lower,
            "cut_witness": ["games": known, "states": cut.leastStatesAtCut, "messages": witness.messages,
                            "alice_answers": witness.aliceAnswers, "bob_answers": witness.bobAnswers,
                            "causal": witnessLayers != nil, "layers": witnessLayers.map { $0 as Any } ?? NSNull(),
                            "token_layers": witnessLayers.map { l in stride(from: 0, to: l.count, by: 2).map { l[$0] } as Any } ?? NSNull()],
        ]
        if let staged { json["two_after_first_and_least_at_cut_possible"] = staged }
        var text = """
              streaming memory (zhaodeng.streaming-memory): one-bit-per-game strategy, \(s.length) bits, emits o_j on token j's second bit
                states per bit layer r_ℓ: \(s.layers.map(String.init).joined(separator: " "))  (max → \(s.memoryBits) bits; wins \(s.wonInputs)/\(1 << s.length) inputs)
                per token: \(s.tokenLayers.map(String.init).joined(separator: " ")) (\(s.tokenMemoryBits) bits); every zero-error model needs ≥ \(lower.map(String.init).joined(separator: " "))\(s.tokenLayers == lower ? " (attained)" : "")
                value with an s-valued message at the cut (n_g = \(known)): \(cut.values.map { "s = \($0.states): \($0.value)" }.joined(separator: ", "))
                least states at the cut: \(exactAtCut ? "\(cut.leastStatesAtCut)" : "≥ \(cut.leastStatesAtCut) (from n_g = 2)"); its witness per bit layer (n_g = \(known)): \(witnessLayers.map { $0.map(String.init).joined(separator: " ") } ?? "not causal")
            """
        if let staged {
            text += "\n    2 states after x₁ with \(least[2]) at the cut (games 1, 2): \(staged ? "possible" : "impossible (every map enumerated)")"
        }
        return (json, text)
    }
}
