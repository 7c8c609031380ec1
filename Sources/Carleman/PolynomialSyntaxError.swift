/// A polynomial text that could not be read: where (0-based character offset into the text)
/// and what was expected. Model loaders add the file and line.
public struct PolynomialSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 0-based offset of the offending character (in `Character`s) in the text.
    public let offset: Int
    public let message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "column \(offset + 1): \(message)" }
}
