/// One claim checked by `CertifyRunner`: where it came from, its certificate and how long the
/// check took.
public struct ClaimOutcome: Sendable {
    public let file: String
    public let line: Int?
    public let certificate: Certificate
    public let seconds: Double

    public init(file: String, line: Int?, certificate: Certificate, seconds: Double) {
        self.file = file; self.line = line; self.certificate = certificate; self.seconds = seconds
    }

    /// The verdict equals the one the claim's author expected.
    public var isAsExpected: Bool { certificate.isAsExpected }
}
