import Foundation
import Testing

/// End-to-end tests of `qbounds bell` and `qbounds game` (bell.local-bound, bell.quantum-value,
/// bell.tsirelson-xor, zhaodeng.noise): JSON shapes, exact strings, exit codes and bad input.
@Suite(.enabled(if: CLI.executable != nil, Comment(rawValue: CLI.skipMessage)))
struct BellCLITests {
    static func json(_ r: CLI.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "stdout: \(r.stdout) stderr: \(r.stderr)")
    }

    /// Every fixture's local bound equals fixtures/bell/expected.yaml.
    @Test func bellBoundOnFixtures() throws {
        let expected = try String(contentsOf: CLI.root.appendingPathComponent("fixtures/bell/expected.yaml"), encoding: .utf8)
        var checked = 0
        for line in expected.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            let r = try CLI.run(["bell", "bound", "fixtures/bell/\(parts[0])", "--json"])
            #expect(r.status == 0, "\(parts[0]): \(r.stderr)")
            let o = try Self.json(r)
            #expect(o["local"] as? String == value, "\(parts[0])")
            #expect(o["statement"] as? String == "bell.local-bound")
            #expect((o["strategy"] as? [[Int]]).map { $0.count >= 2 } == true)
            checked += 1
        }
        #expect(checked == 5)
        // CHSH in correlator form also gets certified Tsirelson bounds around 2√2.
        let o = try Self.json(try CLI.run(["bell", "bound", "fixtures/bell/chsh-correlator.yaml", "--json"]))
        let t = try #require(o["tsirelson"] as? [String: Any])
        let lower = try #require(t["lower"] as? [String: String])
        #expect(Double(lower["lo"]!)! > 2.8284 && Double(lower["hi"]!)! < 2.8285)
        #expect((t["upper"] as? String)?.contains("/") == true)
    }

    @Test func badInputExitsTwoWithFileLineAndExpectation() throws {
        let shape = try CLI.run(["bell", "bound", "fixtures/bell/bad-shape.yaml"])
        #expect(shape.status == 2)
        #expect(shape.stderr.contains("fixtures/bell/bad-shape.yaml:5: error:") && shape.stderr.contains("expected 3"))
        let number = try CLI.run(["bell", "bound", "fixtures/bell/bad-number.yaml", "--json"])
        #expect(number.status == 2 && number.stderr.contains(":5: error:") && number.stderr.contains("expected a rational"))
        let missing = try CLI.run(["bell", "bound", "fixtures/bell/no-such-file.yaml"])
        #expect(missing.status == 2 && missing.stderr.contains("no such file"))
        let unknown = try CLI.run(["game", "value", "chsh-99"])
        #expect(unknown.status == 2 && unknown.stderr.contains("expected one of"))
        let task = try CLI.run(["game", "threshold", "chsh"])
        #expect(task.status == 2 && task.stderr.contains("expected zhao-deng"))
        // A huge scenario is refused unless --force.
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let big = dir.appendingPathComponent("big.yaml")
        let row = "[" + Array(repeating: "1", count: 41).joined(separator: ", ") + "]"
        try ("notation: correlator\nscenario: {inputs: [40, 40]}\ncoefficients:\n" + Array(repeating: "  - " + row, count: 41).joined(separator: "\n"))
            .write(to: big, atomically: true, encoding: .utf8)
        let huge = try CLI.run(["bell", "bound", big.path])
        #expect(huge.status == 2 && huge.stderr.contains("--force"), "\(huge.stderr)")
    }

    @Test(arguments: ["chsh", "magic-square", "magic-square-bcs", "zhao-deng", "ghz-3", "mermin-3", "mabk-3", "chained-3", "cglmp-3", "i3322"])
    func gameValue(name: String) throws {
        let r = try CLI.run(["game", "value", name, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try Self.json(r)
        let classical = try #require(o["classical"] as? String)
        let q = try #require(o["quantum"] as? [String: String])
        let lo = try #require(Double(q["lo"]!)), hi = try #require(Double(q["hi"]!))
        #expect(lo <= hi && hi - lo < 1e-20)
        let expected: [String: (String, Double)] = [
            "chsh": ("3/4", 0.8535533905932737), "magic-square": ("8/9", 1), "magic-square-bcs": ("17/18", 1),
            "zhao-deng": ("15/16", 1), "ghz-3": ("3/4", 1), "mermin-3": ("2", 4), "mabk-3": ("1", 2),
            "chained-3": ("4", 6 * 0.8660254037844386), "cglmp-3": ("3/4", (15 + 33.0.squareRoot()) / 24), "i3322": ("0", 0.25),
        ]
        #expect(classical == expected[name]!.0)
        #expect(abs(lo - expected[name]!.1) < 1e-12, "\(name): \(lo)")
        #expect(o["violation"] as? String == "certified")
    }

    @Test func zhaoDengThreshold() throws {
        let r = try CLI.run(["game", "threshold", "zhao-deng", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try Self.json(r)
        let poly = try #require(o["win_polynomial"] as? [String])
        #expect(poly.count == 11 && poly[0] == "1" && poly[1] == "-5/2")
        let pStar = try #require(o["p_star"] as? [String: String]), pc = try #require(o["p_c"] as? [String: String])
        #expect(Double(pStar["lo"]!)! > 0.006433 && Double(pStar["hi"]!)! < 0.006434)
        #expect(Double(pc["lo"]!)! > Double(pStar["hi"]!)!)
        #expect(o["classical"] as? String == "15/16")
        let text = try CLI.run(["game", "threshold", "zhao-deng"])
        #expect(text.status == 0 && text.stdout.contains("p_c"))
    }

    /// `--plot` writes an SVG with both panels and the two thresholds; `game sample` reports the
    /// sampled rates next to the exact ones (zhaodeng.score).
    @Test func plotAndSample() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let svg = dir.appendingPathComponent("zd.svg")
        let r = try CLI.run(["game", "threshold", "zhao-deng", "--plot", svg.path])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.hasPrefix("<svg") && text.contains("p*") && text.contains("p_c") && text.contains("polyline"))
        let s = try CLI.run(["game", "sample", "zhao-deng", "--games", "3", "--shots", "2048", "--json"])
        #expect(s.status == 0, "\(s.stderr)")
        let o = try Self.json(s)
        let est = try #require(o["win_rate_estimate"] as? Double), exact = try #require(o["q_exact"] as? Double)
        #expect(abs(est - exact) < 5 * (exact * (1 - exact) / 6144).squareRoot() + 1e-12)
        let bad = try CLI.run(["game", "sample", "zhao-deng", "--games", "0"])
        #expect(bad.status == 2 && bad.stderr.contains("expected 1 to 1000"))
    }

    /// Game files (notation: game): classical values from fixtures/games/expected.yaml.
    @Test func gameFiles() throws {
        let expected = try String(contentsOf: CLI.root.appendingPathComponent("fixtures/games/expected.yaml"), encoding: .utf8)
        var checked = 0
        for line in expected.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            let r = try CLI.run(["game", "value", "fixtures/games/\(parts[0])", "--json"])
            #expect(r.status == 0, "\(parts[0]): \(r.stderr)")
            let o = try Self.json(r)
            #expect(o["classical"] as? String == parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
            // The file's strategy (bell.quantum-value) certifies a violation.
            #expect(o["violation"] as? String == "certified")
            checked += 1
        }
        #expect(checked == 2)
        let bad = try CLI.run(["game", "value", "fixtures/games/bad-strategy.yaml"])
        #expect(bad.status == 2 && bad.stderr.contains("bad-strategy.yaml:15: error:") && bad.stderr.contains("expected xz, xy or unitary"), "\(bad.stderr)")
    }

    /// bell.tsirelson-xor in `game value`: both sides printed and they bracket the strategy's value.
    @Test func tsirelsonBoundsInGameValue() throws {
        let o = try Self.json(try CLI.run(["game", "value", "chained-3", "--json"]))
        let t = try #require(o["tsirelson"] as? [String: Any])
        let lower = try #require(t["lower"] as? [String: String]), q = try #require(o["quantum"] as? [String: String])
        let upperParts = try #require(t["upper"] as? String).split(separator: "/").compactMap { Double($0) }
        let upper = upperParts.count == 2 ? upperParts[0] / upperParts[1] : upperParts[0]
        #expect(Double(lower["lo"]!)! <= Double(q["hi"]!)! + 1e-12 && Double(q["lo"]!)! <= upper + 1e-12)
        #expect(upper - Double(lower["lo"]!)! < 1e-8)
    }
}
