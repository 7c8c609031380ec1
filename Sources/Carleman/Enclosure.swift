import Exact

/// An enclosure as printed in reports: `{"lo": "…", "hi": "…"}`, decimal strings rounded
/// outward (lo down, hi up), so the printed interval still contains the exact value.
public struct Enclosure: Sendable, Hashable, Codable, CustomStringConvertible {
    public let lo: String
    public let hi: String

    public init(_ x: Interval, digits: Int = 17) {
        lo = x.lowerString(digits: digits)
        hi = x.upperString(digits: digits)
    }

    /// An exact rational pair (printed as exact fractions).
    public init(lower: Rational, upper: Rational) {
        lo = lower.description
        hi = upper.description
    }

    public var description: String { lo == hi ? lo : "[\(lo), \(hi)]" }
}
