import Foundation
import Testing

/// Proofs are part of the product: every statement id that the code uses has `proofs/<id>.md`,
/// every proof file is exercised by a test (its id appears in a test or in a fixture claim that
/// the certify tests run), and every proof file has the five sections of proofs/README.md.
@Suite struct ProofCoverageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let families = "exact|carleman|discrete|bell|zhaodeng|comm|memory"
    static let sections = ["## Statement", "## Hypotheses", "## Proof", "## Source", "## What the check does"]

    static func files(under folder: String, extensions: Set<String>) -> [URL] {
        let base = root.appendingPathComponent(folder)
        guard let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        return e.compactMap { $0 as? URL }.filter { extensions.contains($0.pathExtension) }
    }

    /// Statement ids written as string literals, e.g. "exact.rank".
    static func quotedIDs(in text: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: "\"((?:\(families))\\.[a-z0-9-]+)\"")
        let ns = text as NSString
        return Set(regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) })
    }

    static var proofIDs: [String] {
        files(under: "proofs", extensions: ["md"]).map { $0.deletingPathExtension().lastPathComponent }.filter { $0 != "README" }.sorted()
    }

    @Test func everyStatementIDInSourcesHasAProof() throws {
        let used = try Self.files(under: "Sources", extensions: ["swift"]).reduce(into: Set<String>()) {
            $0.formUnion(Self.quotedIDs(in: try String(contentsOf: $1, encoding: .utf8)))
        }
        #expect(!used.isEmpty, "no statement ids found in Sources (is the repository root right? \(Self.root.path))")
        let proofs = Set(Self.proofIDs)
        for id in used.sorted() {
            #expect(proofs.contains(id), "statement id \(id) is used in Sources/ but proofs/\(id).md is missing")
        }
    }

    @Test func everyProofIsExercisedByATest() throws {
        let me = URL(fileURLWithPath: #filePath).lastPathComponent
        var corpus = ""
        for f in Self.files(under: "Tests", extensions: ["swift"]) where f.lastPathComponent != me {
            corpus += try String(contentsOf: f, encoding: .utf8)
        }
        for f in Self.files(under: "fixtures/claims", extensions: ["yaml", "yml", "json"]) {
            corpus += try String(contentsOf: f, encoding: .utf8)
        }
        let proofs = Self.proofIDs
        #expect(!proofs.isEmpty)
        for id in proofs {
            #expect(corpus.contains(id), "proofs/\(id).md is not exercised: no test or fixture claim names \(id)")
        }
    }

    @Test func everyProofHasTheFiveSectionsInOrder() throws {
        for id in Self.proofIDs {
            let text = try String(contentsOf: Self.root.appendingPathComponent("proofs/\(id).md"), encoding: .utf8)
            #expect(text.hasPrefix("# \(id) "), "proofs/\(id).md must start with '# \(id) — title'")
            var position = text.startIndex
            for s in Self.sections {
                guard let r = text.range(of: "\n" + s + "\n", range: position..<text.endIndex) else {
                    Issue.record("proofs/\(id).md lacks the section '\(s)' (or it is out of order)")
                    break
                }
                position = r.upperBound
            }
        }
    }
}
