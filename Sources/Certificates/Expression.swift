import Exact

/// An arithmetic expression from a claim file, kept with its source text.
///
/// Language: exact numbers in the forms `Rational(parsing:)` accepts (`3`, `0.125`, `-2.5e-3`;
/// a fraction is written with `/`, which divides exactly), `+ - * / ^`, unary minus,
/// parentheses, `pi`, and `sqrt(x)`, `exp(x)`, `log(x)` (natural), `sin(x)`, `cos(x)`.
/// `^` binds tighter than unary minus and is right-associative (`-2^2 = -4`, `2^3^2 = 2^9`); its
/// exponent must be an exact rational p/q with |p|, q ≤ `ClaimLimits.maximumExponent`.
/// See `ExpressionNode.evaluate(precision:)` for what a value means.
public struct Expression: Sendable, Hashable, Codable, CustomStringConvertible {
    public let text: String
    public let root: ExpressionNode

    /// Parses `text`; throws an `ExpressionError` with the column and what was expected.
    public init(parsing text: String) throws(ExpressionError) {
        self.text = text
        root = try ExpressionParser.parse(text)
    }

    /// See `ExpressionNode.evaluate(precision:)`.
    public func evaluate(precision: Int) throws(ExpressionError) -> ExpressionValue {
        try root.evaluate(precision: precision)
    }

    public var description: String { text }

    public static func == (a: Expression, b: Expression) -> Bool { a.text == b.text }
    public func hash(into h: inout Hasher) { h.combine(text) }

    /// Decodes from the expression's text (a YAML number such as `2` is read as its text).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        do { try self.init(parsing: s) } catch {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "bad expression \"\(s.count > 60 ? String(s.prefix(57)) + "..." : s)\": \(error.description)")
        }
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer(); try c.encode(text)
    }
}
