/// A claim together with where it came from: the file, the line its mapping starts on, and the
/// line of each of its keys (so that an error found while checking it can name a line).
public struct LoadedClaim: Sendable {
    public let claim: Claim
    public let file: String
    public let line: Int?
    public let keyLines: [String: Int]

    public init(claim: Claim, file: String, line: Int? = nil, keyLines: [String: Int] = [:]) {
        self.claim = claim; self.file = file; self.line = line; self.keyLines = keyLines
    }

    /// An input error about `key` of this claim (at the key's line, or the claim's).
    public func error(key: String?, _ message: String) -> InputError {
        InputError(file: file, line: key.flatMap { keyLines[$0] } ?? line, message: "claim \(claim.id): \(message)")
    }
}
