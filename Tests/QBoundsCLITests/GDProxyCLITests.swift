import Foundation
import Testing

/// `qbounds gd proxy` end to end ("discrete.error-proxy"): JSON keys, the re-upload restart of
/// t, the SVG, and exit 2 on bad options. Small sizes keep the debug binary fast.
@Suite(.enabled(if: CLI.executable != nil, Comment(rawValue: CLI.skipMessage)))
struct GDProxyCLITests {
    static let small = ["gd", "proxy", "--hidden", "12", "--inputs", "4", "--samples", "16", "--pretrain", "40", "--keep", "0.3", "--sparse-eta", "0.1"]

    @Test("--json: parameters, retained, eigenvalues_summary, proxy [[t, P]], reupload_every; P = 1 at every upload")
    func json() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let svg = dir.appendingPathComponent("proxy.svg").path, out = dir.appendingPathComponent("proxy.json").path
        let r = try CLI.run(Self.small + ["--steps", "50", "--reupload", "20", "--json", "--plot", svg, "--out", out, "--seed", "7"])
        #expect(r.status == 0, "\(r.stderr)")
        let j = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(j["statement"] as? String == "discrete.error-proxy")
        #expect(j["parameters"] as? Int == 12 * 6 + 1)
        #expect(j["retained"] as? Int == 18 + 4)   // ⌈0.3·60⌉ first layer + ⌈0.3·13⌉ second layer
        #expect(j["reupload_every"] as? Int == 20)
        let summary = try #require(j["eigenvalues_summary"] as? [String: Any])
        #expect(summary["full_after_pruning"] != nil && summary["retained_at_first_upload"] != nil)
        let proxy = try #require(j["proxy"] as? [[Any]])
        #expect(proxy.count == 21 + 21 + 11)
        #expect(proxy.contains { $0[1] is Double }, "some eigenvalue must pass the 0.4 cut in this run")
        let segments = try #require(j["segments"] as? [[String: Any]])
        #expect(segments.compactMap { $0["start"] as? Int } == [0, 20, 40])
        for start in [0, 20, 40] {
            // At an upload step the list holds the previous upload's P(K) and then the new P(0) = 1
            // (when some |a| ≥ 0.4 is retained): t restarts.
            let atStart = proxy.filter { ($0[0] as? Int) == start }
            #expect(atStart.count == (start == 0 ? 1 : 2))
            if let p = atStart.last?[1] as? Double { #expect(p == 1) }
        }
        #expect(FileManager.default.fileExists(atPath: out))
        #expect((try String(contentsOfFile: svg, encoding: .utf8)).hasPrefix("<svg"))
    }

    @Test("the readable report names the statement and says it is a float exploration; --qram shifts uploads by 10")
    func textAndQram() throws {
        let r = try CLI.run(Self.small + ["--steps", "30", "--reupload", "10"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("discrete.error-proxy") && r.stdout.contains("not a certified bound"))
        let q = try CLI.run(Self.small + ["--steps", "30", "--reupload", "10", "--qram", "--json", "--no-full-spectrum"])
        let j = try #require(JSONSerialization.jsonObject(with: Data(q.stdout.utf8)) as? [String: Any])
        #expect((j["segments"] as? [[String: Any]])?.compactMap { $0["start"] as? Int } == [0, 20, 40])
        #expect(j["variant"] as? String == "qram")
    }

    @Test("bad options exit 2 with a message")
    func badOptions() throws {
        let cases: [([String], String)] = [
            (["--steps", "0"], "--steps"), (["--reupload", "0"], "--reupload"), (["--eta", "-1"], "--eta"),
            (["--keep", "1.5"], "--keep"), (["--hidden", "100000"], "--hidden"), (["--steps", "ten"], "steps"),
            (["--sparse-eta", "nan"], "--sparse-eta"), (["--eta", "9", "--steps", "5"], "diverged"),
            (["--inputs", "10", "--hidden", "300", "--samples", "10000"], "too much work"), (["--bogus"], "bogus"),
        ]
        for (extra, fragment) in cases {
            let r = try CLI.run(Self.small + extra)
            #expect(r.status == 2, "\(extra): \(r.stderr)")
            #expect(r.stderr.contains(fragment), "\(extra): \(r.stderr)")
        }
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(Self.small + ["--steps", "5", "--out", dir.appendingPathComponent("no/such/dir.json").path])
        #expect(r.status == 2 && r.stderr.contains("cannot write"))
    }
}
