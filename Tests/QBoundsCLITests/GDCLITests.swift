import Foundation
import Testing

/// `qbounds gd blocks|check` end to end.
@Suite(.enabled(if: CLI.executable != nil, Comment(rawValue: CLI.skipMessage)))
struct GDCLITests {
    func json(_ r: CLI.Result) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test("gd blocks --json: blocks with row, col, eta_power and exact entries")
    func blocksJSON() throws {
        let r = try CLI.run(["gd", "blocks", "fixtures/gd/two-weight.yaml", "--order", "2", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let blocks = try #require((try json(r))["blocks"] as? [[String: Any]])
        #expect(blocks.contains { $0["row"] as? Int == 1 && $0["col"] as? Int == 1 && $0["eta_power"] as? Int == 1 })
        #expect(blocks.allSatisfy { ($0["eta_power"] as? Int ?? 0) >= 1 && ($0["eta_power"] as? Int ?? 0) <= ($0["row"] as? Int ?? 0) })
        #expect(r.stdout.contains("[0, 0, \"-1/10\"]"))
    }

    @Test("gd check: verdict, dissipation, error bound, trajectories; plot written")
    func check() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let svg = dir.appendingPathComponent("gd.svg").path
        let r = try CLI.run(["gd", "check", "fixtures/gd/quartic.yaml", "--order", "3", "--steps", "10", "--json", "--plot", svg])
        #expect(r.status == 0, "\(r.stderr)")
        let j = try json(r)
        #expect(j["verdict"] as? String == "certified")
        #expect(j["dissipation"] as? String == "fully-dissipative")
        #expect((j["error_bound"] as? [String: String])?["hi"] != nil)
        #expect((j["gradient_descent"] as? [[Double]])?.count == 11)
        #expect((try String(contentsOfFile: svg, encoding: .utf8)).hasPrefix("<svg"))
        let forced = try CLI.run(["gd", "check", "fixtures/gd/forced-map.yaml", "--order", "3", "--steps", "5"])
        #expect(forced.status == 0 && forced.stdout.contains("Eq. 5"))
    }

    @Test("gd check: a map that diverges in floats is a valid model: undecided, exit 1, the float runs end where they left Double's range")
    func divergingModel() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("diverging.yaml")
        try "kind: map\nvariables: [u]\nequations:\n  u: \"u^2\"\ninitial: {u: \"1\"}\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["gd", "check", file.path, "--order", "2", "--steps", "40", "--json"])
        #expect(r.status == 1, "\(r.stderr)")
        let j = try json(r)
        #expect(j["verdict"] as? String == "undecided")
        let at = try #require(j["float_diverged_at"] as? Int)
        #expect(at > 1 && at <= 40)
        #expect((j["observed_error"] as? [Double])?.count == at)
        #expect((j["linear_system"] as? [String: Any])?["condition"] != nil)
    }

    @Test("bad gradient-descent models and options exit 2")
    func badInput() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [(String, String)] = [
            ("kind: gradient-descent\nvariables: [w]\nloss: \"exp(w)\"\neta: \"1/10\"\n", "non-polynomial"),
            ("kind: gradient-descent\nvariables: [w]\nloss: \"w^2\"\neta: \"-1\"\n", "η > 0"),
            ("kind: gradient-descent\nvariables: [w]\nloss: \"w^2\"\n", "eta"),
            ("kind: gradient-descent\nvariables: [w]\nloss: \"w^2\"\neta: \"1/10\"\nequations: {w: \"w\"}\n", "does not apply"),
        ]
        for (k, (text, fragment)) in cases.enumerated() {
            let file = dir.appendingPathComponent("bad\(k).yaml")
            try text.write(to: file, atomically: true, encoding: .utf8)
            let r = try CLI.run(["gd", "blocks", file.path, "--order", "2"])
            #expect(r.status == 2, "case \(k): \(r.stderr)")
            #expect(r.stderr.contains(fragment), "case \(k): \(r.stderr)")
        }
        let n = try CLI.run(["gd", "check", "fixtures/gd/quartic.yaml", "--order", "0", "--steps", "3"])
        #expect(n.status == 2)
        let t = try CLI.run(["gd", "check", "fixtures/gd/quartic.yaml", "--order", "2", "--steps", "1000000"])
        #expect(t.status == 2)
        let ode = try CLI.run(["gd", "blocks", "fixtures/carleman/logistic.yaml", "--order", "2"])
        #expect(ode.status == 2 && ode.stderr.contains("kind: ode"))
    }
}
