import Foundation
import Testing
import Exact
@testable import Certificates

@Suite struct ClaimDecodingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String, text: String, line: Int?, fragment: String
        var testDescription: String { name }
    }

    static let header = "id: c\nstatement: exact.rank\nkind: rank\n"

    static let badFiles: [Case] = [
        Case(name: "yaml-syntax", text: header + "matrix: [[1, 2], [3, 4]\nrank: 2\n", line: 5, fragment: "YAML syntax"),
        Case(name: "malformed-number", text: header + "matrix:\n  - [1, 2]\n  - [3, \"4/0\"]\nrank: 2\n", line: 6, fragment: "nonzero denominator"),
        Case(name: "malformed-decimal", text: header + "matrix: [[1, 2.5.1]]\nrank: 1\n", line: 4, fragment: "expected a rational"),
        Case(name: "unknown-key", text: header + "matrix: [[1]]\nrnak: 1\n", line: 5, fragment: "unknown key 'rnak'"),
        Case(name: "missing-key", text: header + "matrix: [[1]]\n", line: 1, fragment: "missing key 'rank'"),
        Case(name: "ragged-matrix", text: header + "matrix:\n  - [1, 2]\n  - [3]\nrank: 2\n", line: 6, fragment: "expected 2"),
        Case(name: "matrix-not-a-list", text: header + "matrix: 5\nrank: 1\n", line: 4, fragment: "list of rows"),
        Case(name: "rank-not-an-integer", text: header + "matrix: [[1]]\nrank: one\n", line: 5, fragment: "expected an integer"),
        Case(name: "generator-too-large", text: header + "generator: inner-product\nn: 30\nrank: 2\n", line: 5, fragment: "expected 0…10"),
        Case(name: "unknown-generator", text: header + "generator: disjointness\nn: 3\nrank: 2\n", line: 4, fragment: "expected one of inner-product, equality"),
        Case(name: "unknown-statement", text: "id: c\nstatement: exact.foo\nkind: rank\n", line: 2, fragment: "unknown statement"),
        Case(name: "kind-mismatch", text: "id: c\nstatement: exact.rank\nkind: inequality\nlhs: 1\nrelation: <\nrhs: 2\n", line: 3, fragment: "checked by claims of kind rank"),
        Case(name: "key-of-other-kind", text: header + "matrix: [[1]]\nrank: 1\nlhs: 2\n", line: 6, fragment: "does not apply"),
        Case(name: "bad-expression", text: "id: c\nstatement: exact.interval\nkind: inequality\nlhs: sqrt(2\nrelation: <\nrhs: 2\n", line: 4, fragment: "expected ')'"),
        Case(name: "bad-relation", text: "id: c\nstatement: exact.interval\nkind: inequality\nlhs: 1\nrelation: \"=<\"\nrhs: 2\n", line: 5, fragment: "expected one of <"),
        Case(name: "precision-out-of-range", text: header + "precision: 1000000\nmatrix: [[1]]\nrank: 1\n", line: 4, fragment: "expected 2…65536"),
        Case(name: "bad-expect", text: header + "expect: maybe\nmatrix: [[1]]\nrank: 1\n", line: 4, fragment: "hypothesis-not-met"),
        Case(name: "bad-id", text: "id: \"a b/c\"\nstatement: exact.rank\nkind: rank\nmatrix: [[1]]\nrank: 1\n", line: 1, fragment: "bad id"),
        Case(name: "duplicated-key", text: header + "rank: 1\nmatrix: [[1]]\nrank: 2\n", line: nil, fragment: "duplicated key"),
        Case(name: "not-a-mapping", text: "- 1\n- 2\n", line: 1, fragment: "expected a mapping"),
        Case(name: "scalar-document", text: "hello\n", line: 1, fragment: "expected a claim"),
        Case(name: "empty-document", text: "# nothing\n", line: 1, fragment: "empty"),
        Case(name: "too-many-columns", text: header + "matrix: [[" + Array(repeating: "0", count: 1025).joined(separator: ",") + "]]\nrank: 0\n", line: 4, fragment: "expected 1…1024"),
        Case(name: "roots-lo-above-hi", text: "id: c\nstatement: exact.real-roots\nkind: roots\ncoefficients: [-2, 0, 1]\nlo: 2\nhi: 1\n", line: 6, fragment: "expected lo ≤ hi"),
        Case(name: "roots-zero-polynomial", text: "id: c\nstatement: exact.real-roots\nkind: roots\ncoefficients: [0, 0]\ncount: 1\n", line: 4, fragment: "nonzero polynomial"),
        Case(name: "definite-not-square", text: "id: c\nstatement: exact.inertia\nkind: definite\nproperty: psd\nmatrix: [[1, 2]]\n", line: 5, fragment: "square"),
        Case(name: "json-bad-entry", text: "{\"id\": \"c\", \"statement\": \"exact.rank\", \"kind\": \"rank\",\n \"matrix\": [[\"1\", \"x\"]],\n \"rank\": 1}\n", line: 2, fragment: "malformed number \"x\""),
        Case(name: "second-claim-in-list", text: "- id: a\n  statement: exact.rank\n  kind: rank\n  matrix: [[1]]\n  rank: 1\n- id: b\n  statement: exact.rank\n  kind: rank\n  matrix: [[1, 2], [2]]\n  rank: 1\n", line: 9, fragment: "row 2"),
    ]

    /// Every bad file gives an `InputError` naming the file, the line and what was expected.
    @Test(arguments: badFiles)
    func badClaimFilesNameFileAndLine(_ c: Case) {
        let file = "fixtures/bad/\(c.name).yaml"
        do {
            let claims = try ClaimLoader.load(text: c.text, file: file)
            Issue.record("decoded \(claims.count) claim(s) from \(c.name)")
        } catch {
            #expect(error.file == file)
            if let line = c.line { #expect(error.line == line, "\(error)") } else { #expect(error.line != nil, "\(error)") }
            #expect(error.message.contains(c.fragment), "\(error)")
            #expect(error.description.hasPrefix("\(file):"))
        }
    }

    /// The same claim written in YAML (plain numbers) and in JSON (string numbers) decodes to
    /// the same value, and re-encoding then decoding is the identity.
    @Test func yamlAndJSONDecodeAlike() throws {
        let yaml = try Support.claim("""
            id: same
            statement: exact.inertia
            kind: definite
            expect: refuted
            property: lambda-max-below
            bound: 1.25
            matrix:
              - [1, 0.5]
              - [0.5, -2/3]
            """)
        let json = try Support.claim("""
            {"id": "same", "statement": "exact.inertia", "kind": "definite", "expect": "refuted",
             "property": "lambda-max-below", "bound": "5/4",
             "matrix": [["1", "1/2"], ["0.5", "-2/3"]]}
            """, file: "same.json")
        #expect(yaml == json)
        guard case let .definite(m, _, bound) = yaml.body else { Issue.record("kind"); return }
        #expect(m[1, 1] == Support.q("-2/3") && bound == Support.q("5/4"))
        let data = try JSONEncoder().encode(yaml)
        let back = try Support.claim(String(decoding: data, as: UTF8.self))
        #expect(back == yaml)
    }

    /// Files containing lists decode in order, with each claim's own line.
    @Test func listsKeepOrderAndLines() throws {
        let loaded = try ClaimLoader.load(text: """
            - id: first
              statement: exact.interval
              kind: inequality
              lhs: 1
              relation: <
              rhs: 2
            - id: second
              statement: exact.interval
              kind: inequality
              lhs: 3
              relation: <
              rhs: 2
            """, file: "list.yaml")
        #expect(loaded.map(\.claim.id) == ["first", "second"])
        #expect(loaded.map(\.line) == [1, 7])
        #expect(loaded[1].keyLines["rhs"] == 12)
        #expect(try loaded.map { try Certifier.certify($0.claim).verdict } == [.certified, .refuted])
    }
}
