import Foundation
import Exact

/// The record of one checked claim: the verdict, the statement it rests on, the hypotheses that
/// were checked, the numbers found (exact strings or outward-rounded enclosures), the claim as
/// given, and the witnesses that let `Rechecker` re-decide the verdict without trusting the code
/// that produced it. Encoded as JSON with sorted keys.
public struct Certificate: Sendable, Hashable, Codable {
    /// `ToolInfo.certificateFormat`.
    public var format: String
    public var tool: String
    public var toolVersion: String
    public var statement: StatementID
    /// The claim's id.
    public var claim: String
    public var kind: ClaimKind
    public var verdict: Verdict
    /// The verdict the claim's author expected.
    public var expected: Verdict
    /// The interval precision (bits) used for irrational values and enclosures.
    public var precision: Int
    /// One line saying what was found.
    public var summary: String
    public var hypotheses: [HypothesisCheck]
    /// Named numbers: exact (`"3/4"`) or enclosures (`{"lo": …, "hi": …}`, rounded outward).
    public var values: [String: CertificateValue]
    /// The claim exactly as decoded.
    public var input: Claim
    public var witnesses: Witnesses
    /// Context that is not part of the verdict (how it was evaluated, what a value means).
    public var notes: [String]

    public init(claim: Claim, verdict: Verdict, summary: String, hypotheses: [HypothesisCheck] = [],
                values: [String: CertificateValue] = [:], witnesses: Witnesses = Witnesses(), notes: [String] = []) {
        format = ToolInfo.certificateFormat
        tool = ToolInfo.name
        toolVersion = ToolInfo.version
        statement = claim.statement
        self.claim = claim.id
        kind = claim.kind
        self.verdict = verdict
        expected = claim.expect
        precision = claim.precision
        self.summary = summary
        self.hypotheses = hypotheses
        self.values = values
        input = claim
        self.witnesses = witnesses
        self.notes = notes
    }

    /// True when the verdict is the one the claim's author expected.
    public var isAsExpected: Bool { verdict == expected }

    /// Pretty-printed JSON with sorted keys.
    public func jsonData() throws -> Data {
        try Certificate.encoder.encode(self) + Data("\n".utf8)
    }

    static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return e
    }

    /// Reads a certificate file; bad input names the file, the line and what was expected.
    public static func load(file path: String) throws(InputError) -> Certificate {
        try DocumentDecoder.decode(Certificate.self, file: path).value
    }

    /// Decodes a certificate from JSON text (named `file` in errors).
    public static func decode(text: String, file: String = "<certificate>") throws(InputError) -> Certificate {
        try DocumentDecoder.decode(Certificate.self, text: text, file: file).value
    }
}
