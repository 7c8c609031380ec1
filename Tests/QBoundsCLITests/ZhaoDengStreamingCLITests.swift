import Foundation
import Testing

/// zhaodeng.streaming-memory through `qbounds separation task zhao-deng`: the `streaming` object
/// is added next to the existing keys, with the exact counts and values.
@Suite(.enabled(if: CLI.executable != nil, Comment(rawValue: CLI.skipMessage)))
struct ZhaoDengStreamingCLITests {
    @Test func oneGameStreamingObject() throws {
        let z = try SeparationCLITests.object(try CLI.run(["separation", "task", "zhao-deng", "--games", "1", "--json"]))
        #expect((z["results"] as? [[String: Any]])?.map { $0["value"] as? String } == ["15/16", "1"])
        let s = try #require(z["streaming"] as? [String: Any])
        #expect(s["statement"] as? String == "zhaodeng.streaming-memory")
        #expect(s["layers"] as? [Int] == [1, 2, 2, 4, 1] && s["token_layers"] as? [Int] == [1, 2, 1])
        #expect(s["memory_bits"] as? Int == 2 && s["token_memory_bits"] as? Int == 1 && s["cut_layer"] as? Int == 2)
        #expect(s["least_states_at_cut"] as? Int == 2 && s["token_lower_bounds"] as? [Int] == [1, 2, 1])
        #expect((s["values_by_states"] as? [[String: Any]])?.map { $0["value"] as? String } == ["15/16", "1"])
        #expect(s["strategy_won_inputs"] as? Int == 16 && s["strategy_minimal_at_token_layers"] as? Bool == true)
        let text = try CLI.run(["separation", "task", "zhao-deng", "--games", "1"])
        #expect(text.status == 0 && text.stdout.contains("least states at the cut: 2"))
    }

    @Test func twoGameStreamingObject() throws {
        let z = try SeparationCLITests.object(try CLI.run(["separation", "task", "zhao-deng", "--games", "2", "--bits", "2", "--json"]))
        let s = try #require(z["streaming"] as? [String: Any])
        #expect(s["token_layers"] as? [Int] == [1, 2, 4, 2, 1] && s["token_lower_bounds"] as? [Int] == [1, 2, 3, 2, 1])
        #expect(s["least_states_at_cut"] as? Int == 3 && s["strategy_minimal_at_token_layers"] as? Bool == false)
        #expect((s["values_by_states"] as? [[String: Any]])?.map { $0["value"] as? String } == ["227/256", "31/32", "1"])
        let w = try #require(s["cut_witness"] as? [String: Any])
        #expect(w["causal"] as? Bool == true && w["token_layers"] as? [Int] == [1, 3, 3, 3, 1])
        #expect(s["two_after_first_and_least_at_cut_possible"] as? Bool == false)
    }
}
