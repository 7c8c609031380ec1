import Foundation
import Testing

/// End-to-end tests of `qbounds separation …` (run as a subprocess).
@Suite(.enabled(if: CLI.executable != nil, Comment(rawValue: CLI.skipMessage)))
struct SeparationCLITests {
    static func object(_ r: CLI.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "stdout is one JSON object: \(r.stdout)")
    }

    /// comm.log-rank, comm.one-way, comm.fooling-set, comm.vc, comm.discrepancy on IP_3 and EQ_3.
    @Test func matrixJSONOnKnownTasks() throws {
        let ip = try CLI.run(["separation", "matrix", "fixtures/separations/ip3.txt", "--json"])
        #expect(ip.status == 0, "\(ip.stderr)")
        let o = try Self.object(ip)
        #expect(o["rank"] as? Int == 7 && o["rank_complement"] as? Int == 8 && o["one_way_bits"] as? Int == 3)
        #expect(o["vc"] as? Int == 3 && o["discrepancy_uniform"] as? String == "11/64" && o["fooling_set"] as? Int == 7)
        let eq = try Self.object(try CLI.run(["separation", "matrix", "fixtures/separations/eq3.txt", "--json"]))
        #expect(eq["rank"] as? Int == 8 && eq["fooling_set"] as? Int == 8 && eq["fooling_set_is_maximum"] as? Bool == true)
    }

    /// The witness file re-checks; a tampered one does not (exit 1).
    @Test func witnessRoundTripAndTampering() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let w = dir.appendingPathComponent("w.json").path
        #expect(try CLI.run(["separation", "matrix", "fixtures/separations/ip3.txt", "--witness", w]).status == 0)
        #expect(try CLI.run(["separation", "recheck", "fixtures/separations/ip3.txt", w]).status == 0)
        // The IP_3 witness against EQ_3: the rank-7 kernel is not EQ's kernel.
        let wrong = try CLI.run(["separation", "recheck", "fixtures/separations/eq3.txt", w, "--json"])
        #expect(wrong.status == 1)
        #expect(try Self.object(wrong)["valid"] as? Bool == false)
    }

    /// memory.myhill-nerode through the CLI.
    @Test func streamingLayers() throws {
        let r = try CLI.run(["separation", "streaming", "fixtures/separations/eq10-stream.txt", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try Self.object(r)
        #expect(o["layers"] as? [Int] == [1, 2, 4, 8, 16, 32, 17, 9, 5, 3, 2] && o["memory_bits"] as? Int == 5)
        let p = try Self.object(try CLI.run(["separation", "streaming", "fixtures/separations/parity6-stream.txt", "--json"]))
        #expect(p["memory_bits"] as? Int == 1)
    }

    @Test(arguments: [
        (["separation", "matrix", "fixtures/separations/ragged.txt"], "fixtures/separations/ragged.txt:4: error:", "expected 4"),
        (["separation", "matrix", "fixtures/separations/nonbinary.txt"], "fixtures/separations/nonbinary.txt:2: error:", "expected only 0 and 1"),
        (["separation", "streaming", "fixtures/separations/duplicate-stream.txt"], "duplicate-stream.txt:3: error:", "expected each input once"),
        (["separation", "streaming", "fixtures/separations/missing-stream.txt"], "missing-stream.txt:4: error:", "missing row for input 10"),
        (["separation", "matrix", "fixtures/separations/none.txt"], "none.txt:1: error:", "no such file"),
        (["separation", "task", "ip", "--n", "40"], "task ip: error:", "expected an integer in 1...10"),
        (["separation", "task", "nonsense"], "error: unknown task", "expected ip"),
    ])
    func badInputExitsTwo(arguments: [String], prefix: String, needle: String) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 2)
        #expect(r.stderr.contains(prefix) && r.stderr.contains(needle), "\(r.stderr)")
    }

    /// memory.anschuetz-gao, zhaodeng.communication, comm.rac and comm.index through `task`.
    @Test func namedTasks() throws {
        let h = try Self.object(try CLI.run(["separation", "task", "hypergraph", "--n", "3", "--k", "2", "--json"]))
        #expect(h["distinct_rows"] as? Int == 8 && h["holds"] as? Bool == true)
        let z = try Self.object(try CLI.run(["separation", "task", "zhao-deng", "--bits", "0", "--json"]))
        #expect((z["results"] as? [[String: Any]])?.first?["value"] as? String == "15/16")
        let z1 = try Self.object(try CLI.run(["separation", "task", "zhao-deng", "--games", "1", "--json"]))
        let r1 = try #require(z1["results"] as? [[String: Any]])
        #expect(r1.map { $0["value"] as? String } == ["15/16", "1"] && r1.allSatisfy { $0["witness_rechecked"] as? Bool == true })
        #expect(r1.first?["won_pairs"] as? Int == 15 && (r1.first?["bob_answers"] as? [[Int]])?.first?.count == 4)
        #expect((r1.first?["transposed_search"] as? [String: Any])?["agrees"] as? Bool == true)
        let r = try Self.object(try CLI.run(["separation", "task", "rac", "--n", "2", "--json"]))
        #expect(r["classical"] as? String == "3/4")
        let q = try #require(r["quantum"] as? [String: String])
        #expect(Double(q["lo"]!)! <= 0.8535533905932738 && 0.8535533905932737 <= Double(q["hi"]!)!)
        let i = try Self.object(try CLI.run(["separation", "task", "index-bound", "--n", "8", "--epsilon", "0", "--json"]))
        #expect((i["bound"] as? [String: String])?["lo"]?.hasPrefix("8") == true)
        let di = try Self.object(try CLI.run(["separation", "task", "distributed-inference", "--n", "1024", "--json"]))
        #expect(di["qubits_per_forward_pass"] as? Int == 20 && di["hoeffding_shots"] as? Int == 1060 && di["statement"] as? String == "comm.distributed-inference")
        let pm = try Self.object(try CLI.run(["separation", "task", "peres-mermin", "--json"]))
        #expect(pm["minimum_states"] as? Int == 3 && pm["verified"] as? Bool == true && pm["statement"] as? String == "memory.peres-mermin")
    }
}
