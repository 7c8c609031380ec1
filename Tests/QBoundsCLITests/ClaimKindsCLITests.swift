import Foundation
import Testing

/// `communication-bound` and `bell-bound` claims end to end: certify writes certificates that
/// verify accepts from the same directory; a tampered witness exits 1; bad input exits 2 with
/// the claim file's line and the input file's line.
@Suite(.enabled(if: CLI.executable != nil, Comment(rawValue: CLI.skipMessage)))
struct ClaimKindsCLITests {
    @Test func certifyAndVerifyFileBasedClaims() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let certificates = dir.appendingPathComponent("certificates")
        let files = ["comm-ip3.yaml", "comm-eq3.yaml", "memory-streaming.yaml", "bell-chsh.yaml", "bell-games.yaml"]
        let r = try CLI.run(["certify"] + files.map { "fixtures/claims/\($0)" } + ["--certificates", certificates.path])
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        for name in ["comm-ip3-one-way", "comm-eq3-fooling-set-false", "memory-eq10-layer-5", "bell-chsh-no-signalling",
                     "bell-chsh-quantum-straddles", "bell-i3322-quantum-not-xor", "bell-chsh-game-local"] {
            let v = try CLI.run(["verify", certificates.appendingPathComponent("\(name).json").path])
            #expect(v.status == 0 && v.stdout.hasPrefix("verified:"), "\(name): \(v.stdout)\(v.stderr)")
        }
        // A tampered witness: Alice's message for row 1 replaced by row 2's (rows 1 and 2 differ).
        let source = certificates.appendingPathComponent("comm-ip3-one-way.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as? [String: Any])
        var witnesses = try #require(object["witnesses"] as? [String: Any])
        var oneWay = try #require(witnesses["oneWay"] as? [String: Any])
        var classes = try #require(oneWay["rowClass"] as? [Int])
        classes[1] = classes[2]
        oneWay["rowClass"] = classes; witnesses["oneWay"] = oneWay; object["witnesses"] = witnesses
        let tampered = dir.appendingPathComponent("tampered.json")
        try JSONSerialization.data(withJSONObject: object).write(to: tampered)
        let t = try CLI.run(["verify", tampered.path])
        #expect(t.status == 1 && t.stdout.contains("NOT VERIFIED") && t.stdout.contains("Bob would err"), "\(t.stdout)")
    }

    @Test func badInputExitsTwoWithBothLocations() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let claim = dir.appendingPathComponent("ragged-claim.yaml")
        let ragged = CLI.root.appendingPathComponent("fixtures/separations/ragged.txt").path
        try "id: ragged\nstatement: comm.log-rank\nkind: communication-bound\nmatrix-file: \(ragged)\nquantity: rank\nrelation: \">=\"\nvalue: 1\n"
            .write(to: claim, atomically: true, encoding: .utf8)
        let r = try CLI.run(["certify", claim.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("ragged-claim.yaml:4: error: claim ragged:") && r.stderr.contains("ragged.txt:4: ragged matrix"), "\(r.stderr)")

        try "id: q\nstatement: bell.local-bound\nkind: bell-bound\nfunctional: missing.yaml\nquantity: best\nrelation: \"=\"\nvalue: 1\n"
            .write(to: claim, atomically: true, encoding: .utf8)
        let u = try CLI.run(["certify", claim.path])
        #expect(u.status == 2 && u.stderr.contains("ragged-claim.yaml:5:") && u.stderr.contains("expected one of local, no-signalling, quantum"), "\(u.stderr)")
    }
}
