import Foundation
import Testing

/// `qbounds carleman matrix|check` end to end: JSON shapes, exit codes, bad input.
@Suite(.enabled(if: CLI.executable != nil, Comment(rawValue: CLI.skipMessage)))
struct CarlemanCLITests {
    func json(_ r: CLI.Result) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test("carleman matrix --exact --json: Δ, entries as [row, col, \"p/q\"], forcing")
    func matrixJSON() throws {
        let r = try CLI.run(["carleman", "matrix", "fixtures/carleman/logistic.yaml", "--order", "3", "--exact", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let j = try json(r)
        #expect(j["dimension"] as? Int == 3)
        let entries = try #require(j["entries"] as? [[Any]])
        #expect(entries.count == 5)
        #expect(entries.first.map { "\($0[0]) \($0[1]) \($0[2])" } == "0 0 -1")
        let f = try CLI.run(["carleman", "matrix", "fixtures/carleman/forced.yaml", "--order", "2", "--exact", "--json"])
        #expect((try json(f))["forcing"] as? [[Any]] != nil)
        #expect(f.stdout.contains("[0, \"1/100\"]"))
        let float = try CLI.run(["carleman", "matrix", "fixtures/carleman/two-mode.yaml", "--order", "2", "--json"])
        #expect((try json(float))["dimension"] as? Int == 6)
    }

    @Test("carleman check: certified exits 0 with the JSON keys; hypothesis-not-met exits 1; a plot is written")
    func checkVerdicts() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let svg = dir.appendingPathComponent("two-mode.svg").path
        let ok = try CLI.run(["carleman", "check", "fixtures/carleman/two-mode.yaml", "--order", "3", "--horizon", "1/2", "--json", "--plot", svg])
        #expect(ok.status == 0, "\(ok.stderr)")
        let j = try json(ok)
        #expect(j["verdict"] as? String == "certified")
        #expect((j["R"] as? [String: String])?["lo"] != nil)
        let bounds = try #require(j["bounds"] as? [[String: Any]])
        #expect(bounds.map { $0["statement"] as? String } == ["carleman.liu-corollary", "carleman.forets-pouly-apriori", "carleman.forets-pouly-series"])
        #expect((try String(contentsOfFile: svg, encoding: .utf8)).hasPrefix("<svg"))
        let burgers = try CLI.run(["carleman", "check", "fixtures/carleman/burgers.yaml", "--order", "2", "--horizon", "1/2"])
        #expect(burgers.status == 1)
        #expect(burgers.stdout.contains("R ∈") && burgers.stdout.contains("> 1"), "the report must say that R is far above 1")
        let nn = try CLI.run(["carleman", "check", "fixtures/carleman/nonnormal.yaml", "--order", "2", "--horizon", "1/2", "--json"])
        let nj = try json(nn)
        let liu = try #require((nj["bounds"] as? [[String: Any]])?.first)
        #expect(liu["status"] as? String == "hypothesis-not-met")
    }

    @Test("bad models and options exit 2 with file:line and what was expected")
    func badInput() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [(String, String)] = [
            ("kind: ode\nvariables: [x]\nequations:\n  x: \"-x + sin(x)\"\ninitial: {x: 1}\n", ":4:"),
            ("kind: ode\nvariables: [x]\nequations:\n  x: \"x^-1\"\n", "exponent"),
            ("kind: ode\nvariables: [x]\nequations:\n  x: \"-x + y\"\n", "unknown variable"),
            ("kind: ode\ndimension: 2\nF1: [[0, 7, \"1\"]]\n", "column index"),
            ("kind: ode\ndimension: 2000\nF2: [[0, 0, \"1\"]]\n", "Δ"),
        ]
        for (k, (text, fragment)) in cases.enumerated() {
            let file = dir.appendingPathComponent("bad\(k).yaml")
            try text.write(to: file, atomically: true, encoding: .utf8)
            let r = try CLI.run(["carleman", "matrix", file.path, "--order", "3"])
            #expect(r.status == 2, "case \(k): \(r.stderr)")
            #expect(r.stderr.contains(file.path) && r.stderr.contains(fragment), "case \(k): \(r.stderr)")
        }
        let zero = try CLI.run(["carleman", "matrix", "fixtures/carleman/logistic.yaml", "--order", "0"])
        #expect(zero.status == 2 && zero.stderr.contains("N ≥ 1"))
        let noInitial = dir.appendingPathComponent("noinit.yaml")
        try "kind: ode\nvariables: [x]\nequations: {x: \"-x\"}\n".write(to: noInitial, atomically: true, encoding: .utf8)
        let r = try CLI.run(["carleman", "check", noInitial.path, "--order", "2", "--horizon", "1"])
        #expect(r.status == 2 && r.stderr.contains("initial"))
    }
}
