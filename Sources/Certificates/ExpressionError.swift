/// An error in an expression: a syntax error (with the 1-based column in the expression text)
/// or an evaluation error (division by an interval containing 0, log of a nonpositive number, a
/// result too large to represent, …). The message says what was expected.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    /// 1-based column in the expression text, for syntax errors.
    public let column: Int?

    public init(_ message: String, column: Int? = nil) {
        self.message = message; self.column = column
    }

    public var description: String {
        column.map { "column \($0) of the expression: \(message)" } ?? message
    }
}
