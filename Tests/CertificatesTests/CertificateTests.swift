import Foundation
import Testing
import Exact
@testable import Certificates

@Suite struct CertificateTests {
    static func fixtureCertificates() -> [Certificate] {
        CertifyRunner.run(paths: [Support.fixtures]).outcomes.map(\.certificate)
    }

    /// Every fixture's certificate survives JSON encoding and decoding unchanged, re-encodes to
    /// the same bytes, and re-checks.
    @Test func jsonRoundTripAndRecheck() throws {
        let certificates = Self.fixtureCertificates()
        #expect(certificates.count >= 20)
        for c in certificates {
            let data = try c.jsonData()
            let back = try Certificate.decode(text: String(decoding: data, as: UTF8.self))
            #expect(back == c, "\(c.claim)")
            #expect(try back.jsonData() == data, "\(c.claim)")
            let report = Rechecker.verify(back)
            #expect(report.isValid, "\(c.claim): \(report.problems)")
            #expect(report.derivedVerdict == c.verdict)
        }
    }

    /// Exact numbers are strings and enclosures are {"lo", "hi"} rounded outward: the printed
    /// enclosure of 2√2 contains the exact value (checked by squaring the rational endpoints).
    @Test func valuesAreExactStringsAndOutwardEnclosures() throws {
        let c = try Certifier.certify(try Support.claim("id: t\nstatement: bell.chsh\nkind: inequality\nlhs: 2*sqrt(2)\nrelation: \">\"\nrhs: 2\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: c.jsonData()) as? [String: Any])
        #expect(object.get(["values", "rhs"]) as? String == "2")
        let lo = try #require(object.get(["values", "lhs", "lo"]) as? String), hi = try #require(object.get(["values", "lhs", "hi"]) as? String)
        let l = Support.q(lo), h = Support.q(hi)
        #expect(l * l < 8 && h * h > 8)
        #expect(object["verdict"] as? String == "certified" && object["statement"] as? String == "bell.chsh")
    }

    static func certificate(_ yaml: String) throws -> Certificate { try Certifier.certify(try Support.claim(yaml)) }

    static let ip3 = "id: ip3\nstatement: exact.rank\nkind: rank\ngenerator: inner-product\nn: 3\nrank: 7\n"
    static let psd = "id: psd\nstatement: bell.chsh\nkind: definite\nproperty: psd\nmatrix: [[2, -1], [-1, 2]]\n"
    static let indefinite = "id: ind\nstatement: exact.inertia\nkind: definite\nexpect: refuted\nproperty: psd\nmatrix: [[1, 2], [2, 1]]\n"
    static let chsh = "id: chsh\nstatement: bell.chsh\nkind: inequality\nlhs: 2*sqrt(2)\nrelation: \">\"\nrhs: 2\n"
    static let roots = "id: roots\nstatement: exact.real-roots\nkind: roots\ncoefficients: [-2, 0, 1]\ncount: 2\n"
    static let norm = "id: norm\nstatement: exact.eigenvalue-bound\nkind: spectral-norm\nmatrix: [[1, 1], [0, 1]]\nbound: 1.6181\n"
    static let normRefuted = "id: norm2\nstatement: exact.eigenvalue-bound\nkind: spectral-norm\nexpect: refuted\nmatrix: [[1, 1], [0, 1]]\nbound: 1.618\n"

    struct Tampering: Sendable, CustomTestStringConvertible {
        let name: String, yaml: String, path: [String], value: String
        var testDescription: String { name }
    }

    /// Each edit breaks a witness or contradicts the verdict; the re-checker must reject it.
    static let tamperings: [Tampering] = [
        Tampering(name: "kernel vector entry", yaml: ip3, path: ["witnesses", "rank", "kernelBasis", "0", "1"], value: "1"),
        Tampering(name: "minor index", yaml: ip3, path: ["witnesses", "rank", "minorColumns", "0"], value: "#0"),
        Tampering(name: "flipped rank verdict", yaml: ip3, path: ["verdict"], value: "refuted"),
        Tampering(name: "claimed rank in the input", yaml: ip3, path: ["input", "rank"], value: "#8"),
        Tampering(name: "written-out matrix", yaml: ip3, path: ["witnesses", "matrix", "1", "1"], value: "5"),
        Tampering(name: "LDLᵀ lower entry", yaml: psd, path: ["witnesses", "factorization", "lower", "1", "0"], value: "-1/3"),
        Tampering(name: "LDLᵀ pivot", yaml: psd, path: ["witnesses", "factorization", "blocks", "1", "0"], value: "1"),
        Tampering(name: "input matrix under the factorization", yaml: psd, path: ["input", "matrix", "0", "0"], value: "3"),
        Tampering(name: "flipped definite verdict", yaml: psd, path: ["verdict"], value: "refuted"),
        Tampering(name: "refuting direction", yaml: indefinite, path: ["witnesses", "direction", "0"], value: "2"),
        Tampering(name: "flipped refutation", yaml: indefinite, path: ["verdict"], value: "certified"),
        Tampering(name: "inequality value", yaml: chsh, path: ["values", "lhs", "lo"], value: "2.9"),
        Tampering(name: "inequality rhs", yaml: chsh, path: ["input", "rhs"], value: "3"),
        Tampering(name: "inequality precision", yaml: chsh, path: ["precision"], value: "#64"),
        Tampering(name: "root enclosure", yaml: roots, path: ["witnesses", "roots", "1", "enclosureLower"], value: "3/2"),
        Tampering(name: "flipped roots verdict", yaml: roots, path: ["verdict"], value: "undecided"),
        Tampering(name: "spectral-norm pivot", yaml: norm, path: ["witnesses", "factorization", "blocks", "0", "0"], value: "5"),
        Tampering(name: "format", yaml: norm, path: ["format"], value: "qbounds-certificate/0"),
        Tampering(name: "spectral abscissa", yaml: "id: f1\nstatement: carleman.hypothesis\nkind: log-norm\nexpect: refuted\nmatrix: [[-1, 10], [0, -1.01]]\nbound: 0\n", path: ["values", "spectral-abscissa"], value: "1"),
        Tampering(name: "Rayleigh quotient", yaml: normRefuted, path: ["values", "rayleigh-quotient"], value: "3"),
        Tampering(name: "spectral-norm direction", yaml: normRefuted, path: ["witnesses", "direction", "0"], value: "0"),
    ]

    @Test(arguments: tamperings)
    func recheckerRejectsTamperedCertificates(_ t: Tampering) throws {
        let genuine = try Self.certificate(t.yaml)
        #expect(Rechecker.verify(genuine).isValid, "the genuine certificate must pass")
        // "#8" is the integer 8; anything else is a string.
        let value: Any = t.value.hasPrefix("#") ? Int(t.value.dropFirst())! : t.value
        let path: [Any] = t.path.map { Int($0).map { $0 as Any } ?? $0 }
        let tampered = try Support.tamper(genuine) { object in
            #expect(object.get(path) != nil, "path \(t.path) exists")
            object.set(path, value)
        }
        #expect(tampered != genuine)
        let report = Rechecker.verify(tampered)
        #expect(!report.isValid, "\(t.name) was accepted: \(report.checks)")
        #expect(!report.problems.isEmpty)
    }
}
