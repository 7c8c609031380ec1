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

    /// Tampered witnesses: too few discrepancy weights (was a trap), a one-pair fooling set marked
    /// maximum, a VC dimension marked exact below the truth, a wrong discrepancy value — each is
    /// exit 1 with a message; the honest file lists what was and was not re-checked.
    @Test func recheckRejectsTamperedWitnesses() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let w = dir.appendingPathComponent("w.json").path
        #expect(try CLI.run(["separation", "matrix", "fixtures/separations/ip3.txt", "--witness", w]).status == 0)
        let good = try CLI.run(["separation", "recheck", "fixtures/separations/ip3.txt", w, "--json"])
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        let g = try Self.object(good)
        let checked = try #require(g["checked"] as? [String])
        #expect(checked.contains { $0.contains("comm.fooling-set: maximal") } && checked.contains { $0.contains("comm.discrepancy: an independent enumeration") })
        #expect(checked.contains { $0.contains("comm.vc") && $0.contains("upper side") || $0.contains("VC ≤") })
        let original = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: w))) as? [String: Any])
        func tampered(_ name: String, _ edit: (inout [String: Any]) -> Void) throws -> CLI.Result {
            var o = original
            edit(&o)
            let path = dir.appendingPathComponent(name).path
            try JSONSerialization.data(withJSONObject: o).write(to: URL(fileURLWithPath: path))
            return try CLI.run(["separation", "recheck", "fixtures/separations/ip3.txt", path, "--json"])
        }
        let short = try tampered("short.json") { o in
            var d = o["discrepancy"] as! [String: Any]; d["weights"] = Array((d["weights"] as! [Any]).prefix(3)); o["discrepancy"] = d
        }
        let shortProblems = try Self.object(short)["problems"] as? String
        #expect(short.status == 1 && shortProblems?.contains("expected 64") == true, "\(short.stdout)\(short.stderr)")
        let onePair = try tampered("one-pair.json") { o in
            var f = o["fooling"] as! [String: Any]; f["pairs"] = Array((f["pairs"] as! [Any]).prefix(1)); f["isMaximum"] = true; o["fooling"] = f
        }
        let onePairProblems = try Self.object(onePair)["problems"] as? String
        #expect(onePair.status == 1 && onePairProblems?.contains("marked maximum with 1 pairs") == true, "\(onePair.stdout)")
        let lowVC = try tampered("low-vc.json") { o in
            o["vc"] = ["dimension": 1, "shattered": [1], "rowForPattern": [0, 1], "isExact": true] as [String: Any]
        }
        let lowVCProblems = try Self.object(lowVC)["problems"] as? String
        #expect(lowVC.status == 1 && lowVCProblems?.contains("a set of 2 columns is shattered") == true, "\(lowVC.stdout)")
        let notMaximum = try tampered("not-max.json") { o in
            var f = o["fooling"] as! [String: Any]; f["pairs"] = Array((f["pairs"] as! [Any]).prefix(1)); f["isMaximum"] = false; o["fooling"] = f
        }
        #expect(notMaximum.status == 0)
        let notChecked = try Self.object(notMaximum)["not_checked"] as? [String]
        #expect(notChecked?.contains { $0.contains("claims a lower bound only") } == true)
    }

    /// comm.discrepancy under a given distribution, and the work cap (null with a reason).
    @Test func discrepancyUnderADistributionAndTheCap() throws {
        let r = try CLI.run(["separation", "matrix", "fixtures/separations/ip3.txt", "--distribution", "fixtures/separations/ip3-weights.txt", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try Self.object(r)
        #expect(o["discrepancy"] as? String == "41/256" && o["discrepancy_uniform"] as? String == "11/64")
        // A 23 × 23 matrix: the smaller side passes 22, so the discrepancy is null with its reason.
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let wide = dir.appendingPathComponent("wide.txt")
        try String(repeating: "01100110100101100110011\n", count: 23).write(to: wide, atomically: true, encoding: .utf8)
        let big = try Self.object(try CLI.run(["separation", "matrix", wide.path, "--json"]))
        #expect(big["discrepancy_uniform"] is NSNull && (big["discrepancy_uniform_reason"] as? String)?.contains("expected at most 22") == true)
        // A bad weights line: exit 2 with file:line.
        let bad = dir.appendingPathComponent("bad.txt")
        try (String(repeating: "1/64 1/64 1/64 1/64 1/64 1/64 1/64 1/64\n", count: 7) + "1/64 1/64 1/64 1/64 1/64 1/64 1/64 -1/64\n")
            .write(to: bad, atomically: true, encoding: .utf8)
        let e = try CLI.run(["separation", "matrix", "fixtures/separations/ip3.txt", "--distribution", bad.path])
        #expect(e.status == 2 && e.stderr.contains("bad.txt:8: error:") && e.stderr.contains("negative"), "\(e.stderr)")
    }

    /// GT_10 at the advertised limit, by the closed form; hypergraph output says what is checked.
    @Test func greaterThanAndHypergraphOutputs() throws {
        let gt = try Self.object(try CLI.run(["separation", "task", "gt", "--n", "10", "--json"]))
        #expect(gt["rank"] as? Int == 1023 && gt["rank_complement"] as? Int == 1024 && gt["fooling_set"] as? Int == 1023
                && gt["fooling_set_is_maximum"] as? Bool == true && gt["vc"] as? Int == 1 && gt["one_way_bits"] as? Int == 10)
        let h = try Self.object(try CLI.run(["separation", "task", "hypergraph", "--n", "4", "--k", "2", "--json"]))
        #expect((h["checked_exactly"] as? String)?.contains("n = 4, k = 2") == true && (h["general_statement"] as? String)?.contains("paper's statement") == true)
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
        (["separation", "task", "hypergraph", "--n", "6", "--k", "5"], "task hypergraph: error:", "expected an integer in 1...5"),
        (["separation", "task", "hypergraph", "--n", "4", "--k", "5"], "task hypergraph: error:", "expected the hyperedge size 1 ≤ k ≤ n = 4"),
        (["separation", "recheck", "fixtures/separations/ip3.txt", "fixtures/separations/none.json"], "none.json:1: error:", "no such file"),
        (["separation", "matrix", "fixtures/separations/ip3.txt", "--witness", "/nonexistent-qbounds-dir/w.json"],
         "/nonexistent-qbounds-dir/w.json:1: error:", "cannot write the witness file"),
        (["separation", "matrix", "fixtures/separations/ip3.txt", "--distribution", "fixtures/separations/eq3.txt"],
         "fixtures/separations/eq3.txt:", "expected 8, one per matrix column"),
        (["separation", "matrix", "fixtures/separations/ip3.txt", "--distribution", "fixtures/separations/none.txt"], "none.txt:1: error:", "no such file"),
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
