import Foundation
import Testing
import Exact
@testable import Certificates

/// Helpers shared by the Certificates tests.
enum Support {
    /// The repository's `fixtures/claims` directory (found from this source file's path).
    static let fixtures: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("fixtures/claims").path
    }()

    static func q(_ s: String) -> Rational { try! Rational(parsing: s) }

    /// A fresh scratch directory under the system's temporary directory.
    static func scratchDirectory(_ prefix: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qbounds-\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Certifies the claim file `body` (written to `dir`/claim.yaml), expects exit status 2, and
    /// returns the input errors it reported.
    static func badClaimErrors(_ body: String, in dir: URL) throws -> [InputError] {
        let file = dir.appendingPathComponent("claim.yaml")
        try body.write(to: file, atomically: true, encoding: .utf8)
        let report = CertifyRunner.run(paths: [file.path])
        #expect(report.exitCode == 2)
        return report.errors
    }

    /// Decodes the single claim in `yaml`.
    static func claim(_ yaml: String, file: String = "test.yaml") throws -> Claim {
        let loaded = try ClaimLoader.load(text: yaml, file: file)
        try #require(loaded.count == 1)
        return loaded[0].claim
    }

    /// A YAML flow list of rows.
    static func yamlMatrix(_ rows: [[Rational]]) -> String {
        "[" + rows.map { "[" + $0.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }

    /// The rank over ℚ by textbook Gauss–Jordan elimination on rationals: an independent route
    /// from the fraction-free Bareiss elimination in `RationalMatrix.rankCertificate()`.
    static func naiveRank(_ input: [[Rational]]) -> Int {
        var a = input
        let m = a.count, n = a.first?.count ?? 0
        var r = 0
        for c in 0..<n where r < m {
            guard let p = (r..<m).first(where: { !a[$0][c].isZero }) else { continue }
            a.swapAt(p, r)
            let pivot = a[r][c]
            for i in 0..<m where i != r && !a[i][c].isZero {
                let f = try! a[i][c] / pivot
                for j in 0..<n { a[i][j] -= f * a[r][j] }
            }
            r += 1
        }
        return r
    }

    /// Re-encodes a certificate as a JSON object, lets `edit` change it, and decodes it again:
    /// the way a certificate file would be tampered with.
    static func tamper(_ c: Certificate, _ edit: (inout [String: Any]) -> Void) throws -> Certificate {
        var object = try #require(try JSONSerialization.jsonObject(with: try c.jsonData()) as? [String: Any])
        edit(&object)
        let data = try JSONSerialization.data(withJSONObject: object)
        return try Certificate.decode(text: String(decoding: data, as: UTF8.self))
    }
}

extension Dictionary where Key == String, Value == Any {
    /// Sets the value at a path of keys and indices inside nested JSON objects and arrays.
    mutating func set(_ path: [Any], _ value: Any) {
        func update(_ node: Any, _ path: ArraySlice<Any>) -> Any {
            guard let first = path.first else { return value }
            if let k = first as? String, var d = node as? [String: Any] {
                d[k] = update(d[k] as Any, path.dropFirst()); return d
            }
            if let i = first as? Int, var a = node as? [Any] {
                a[i] = update(a[i], path.dropFirst()); return a
            }
            return node
        }
        self = update(self, path[...]) as! [String: Any]
    }

    func get(_ path: [Any]) -> Any? {
        var node: Any? = self
        for p in path {
            if let k = p as? String { node = (node as? [String: Any])?[k] }
            else if let i = p as? Int, let a = node as? [Any], a.indices.contains(i) { node = a[i] }
            else { return nil }
        }
        return node
    }
}
