import Foundation
import Testing
import Certificates

/// End-to-end tests of the built `qbounds` executable (run as a subprocess).
@Suite(.enabled(if: CLI.executable != nil, Comment(rawValue: CLI.skipMessage)))
struct CLITests {
    /// The fixture claims, counted through the library (an independent route to the number of
    /// test cases the JUnit report must hold).
    static func fixtureClaimCount() throws -> Int {
        let (files, errors) = ClaimLoader.claimFiles(["fixtures/claims"].map { CLI.root.appendingPathComponent($0).path })
        #expect(errors.isEmpty)
        return try files.reduce(0) { $0 + (try ClaimLoader.load(file: $1)).count }
    }

    /// certify on the fixtures: exit 0, a well-formed JUnit file with one test case per claim
    /// and no failures, a Markdown table, and one certificate per claim that `verify` accepts.
    @Test func certifyFixturesThenVerifyTheirCertificates() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let junit = dir.appendingPathComponent("report.xml"), markdown = dir.appendingPathComponent("report.md")
        let certificates = dir.appendingPathComponent("certificates")
        let r = try CLI.run(["certify", "fixtures/claims", "--junit", junit.path, "--markdown", markdown.path,
                             "--certificates", certificates.path])
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        let claims = try Self.fixtureClaimCount()
        #expect(claims >= 20)
        #expect(r.stdout.contains("\(claims) claims:") && r.stdout.contains("\(claims) as expected, 0 not as expected; 0 bad input"))

        let counter = try #require(JUnitCounter.parse(try Data(contentsOf: junit)), "the JUnit file is well-formed XML")
        #expect(counter.testcases == claims)
        #expect(counter.failures == 0 && counter.errors == 0)
        #expect(counter.rootAttributes["tests"] == "\(claims)" && counter.rootAttributes["failures"] == "0")
        #expect(counter.testcaseNames.contains("carleman-nonnormal-lognorm"))

        let md = try String(contentsOf: markdown, encoding: .utf8)
        #expect(md.components(separatedBy: "\n").filter { $0.hasPrefix("| ✅") }.count == claims)

        let written = try FileManager.default.contentsOfDirectory(atPath: certificates.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(written.count == claims)
        for name in ["carleman-nonnormal-lognorm.json", "ip3-rank.json", "chsh-dual-psd.json", "roots-sqrt2.json", "chsh-tsirelson-exceeds-local.json"] {
            let v = try CLI.run(["verify", certificates.appendingPathComponent(name).path])
            #expect(v.status == 0, "\(name): \(v.stdout)\(v.stderr)")
            #expect(v.stdout.hasPrefix("verified:"))
        }
        // verify --json, and a tampered copy (flipped verdict) that must fail with exit 1.
        let source = certificates.appendingPathComponent("ip3-rank.json")
        let j = try CLI.run(["verify", source.path, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as? [String: Any])
        #expect(j.status == 0 && object["valid"] as? Bool == true)
        let text = try String(contentsOf: source, encoding: .utf8)
        #expect(text.contains("\"verdict\" : \"certified\""))
        let tampered = dir.appendingPathComponent("tampered.json")
        try text.replacingOccurrences(of: "\"verdict\" : \"certified\"", with: "\"verdict\" : \"refuted\"")
            .write(to: tampered, atomically: true, encoding: .utf8)
        let t = try CLI.run(["verify", tampered.path])
        #expect(t.status == 1, "\(t.stdout)")
        #expect(t.stdout.contains("NOT VERIFIED"))
    }

    /// A verdict that differs from its expectation exits 1 and is a JUnit failure.
    @Test func unexpectedVerdictExitsOne() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let claim = dir.appendingPathComponent("false-rank.yaml")
        try "id: false-rank\nstatement: exact.rank\nkind: rank\ngenerator: inner-product\nn: 3\nrank: 8\n"
            .write(to: claim, atomically: true, encoding: .utf8)
        let junit = dir.appendingPathComponent("j.xml")
        let r = try CLI.run(["certify", claim.path, "--junit", junit.path])
        #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("FAIL") && r.stdout.contains("refuted (expected certified)"))
        let counter = try #require(JUnitCounter.parse(try Data(contentsOf: junit)))
        #expect(counter.testcases == 1 && counter.failures == 1)
    }

    /// Bad input exits 2 with file, line and what was expected on standard error — for a claim
    /// file, a certificate file, a missing path and a command-line usage error.
    @Test func badInputExitsTwo() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.yaml")
        try "id: bad\nstatement: exact.rank\nkind: rank\nmatrix:\n  - [1, 2]\n  - [3, \"4/0\"]\nrank: 2\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let r = try CLI.run(["certify", bad.path, "--json"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.yaml:6:") && r.stderr.contains("expected a nonzero denominator"), "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["exitCode"] as? Int == 2)
        #expect(((object["errors"] as? [[String: Any]])?.first?["line"] as? Int) == 6)

        let badCertificate = dir.appendingPathComponent("cert.json")
        try "{\n  \"format\": \"qbounds-certificate/1\",\n  \"claim\": [1, \n}\n".write(to: badCertificate, atomically: true, encoding: .utf8)
        let v = try CLI.run(["verify", badCertificate.path])
        #expect(v.status == 2)
        #expect(v.stderr.contains("cert.json:4"), "\(v.stderr)")

        let missing = try CLI.run(["certify", dir.appendingPathComponent("nope").path])
        #expect(missing.status == 2 && missing.stderr.contains("no such file"))
        let usage = try CLI.run(["certify", "--no-such-option", "x"])
        #expect(usage.status == 2 && usage.stderr.contains("Unknown option"))
        let none = try CLI.run(["certify"])
        #expect(none.status == 2)
    }

    /// --version, --help and certify --json (one JSON object whose results agree with the text run).
    @Test func versionHelpAndJSON() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0 && version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == ToolInfo.version)
        let help = try CLI.run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("certify") && help.stdout.contains("verify"))
        let j = try CLI.run(["certify", "fixtures/claims/roots-sqrt2.yaml", "fixtures/claims/spectral-norm-golden.json", "--json"])
        #expect(j.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as? [String: Any])
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.map { $0["claim"] as? String } == ["roots-sqrt2", "shear-norm-below-1.6181", "shear-norm-below-1.618"])
        #expect(results.map { $0["verdict"] as? String } == ["certified", "certified", "refuted"])
        #expect(results.allSatisfy { $0["asExpected"] as? Bool == true })
        let norm = results[1]["certificate"] as? [String: Any]
        let enclosure = (norm?["values"] as? [String: Any])?["norm"] as? [String: String]
        // The golden ratio (1 + √5)/2 lies in the printed enclosure.
        let golden = (1 + 5.0.squareRoot()) / 2
        #expect(Double(enclosure?["lo"] ?? "") ?? 9 <= golden && golden <= Double(enclosure?["hi"] ?? "") ?? 0)
    }
}
