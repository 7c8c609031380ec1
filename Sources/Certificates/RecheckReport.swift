/// What `Rechecker.verify` found: the verdict the witnesses support, the checks that passed,
/// and every problem (a witness that does not hold, a verdict that differs, an inconsistency).
public struct RecheckReport: Sendable, Hashable, Codable {
    public let claim: String
    public let statement: StatementID
    /// The verdict written in the certificate.
    public let recordedVerdict: Verdict
    /// The verdict re-derived from the input and the witnesses (nil if it could not be).
    public let derivedVerdict: Verdict?
    public let checks: [String]
    public let problems: [String]

    /// The witnesses hold and the recorded verdict is the re-derived one.
    public var isValid: Bool { problems.isEmpty && derivedVerdict == recordedVerdict }
}
