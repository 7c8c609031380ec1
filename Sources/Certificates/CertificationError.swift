/// A claim that decoded but could not be checked: an expression that cannot be evaluated
/// (division by zero, log of a nonpositive number, …) or a kernel limit. `key` names the
/// claim key it concerns, so the caller can give its line.
public struct CertificationError: Error, Sendable, Hashable, CustomStringConvertible {
    public let key: String?
    public let message: String
    public init(key: String?, _ message: String) { self.key = key; self.message = message }
    public var description: String { key.map { "\($0): \(message)" } ?? message }
}
