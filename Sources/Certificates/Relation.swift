import Exact
/// A comparison between two real numbers, as written in a claim file.
public enum Relation: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case equal = "="

    public var description: String { rawValue }

    /// Exact comparison of two rationals.
    public func holds(_ a: Rational, _ b: Rational) -> Bool {
        switch self {
        case .less: a < b
        case .lessOrEqual: a <= b
        case .greater: a > b
        case .greaterOrEqual: a >= b
        case .equal: a == b
        }
    }

    /// Three-valued comparison of two enclosures: `.true` when the relation holds for every pair
    /// of points of `a` and `b` (so for the exact values they enclose), `.false` when it fails
    /// for every pair, `.undecided` otherwise. Equality is `.true` only for equal point intervals.
    public func decide(_ a: Interval, _ b: Interval) -> Decision {
        switch self {
        case .less: a.isLess(than: b)
        case .lessOrEqual: a.isLessOrEqual(to: b)
        case .greater: b.isLess(than: a)
        case .greaterOrEqual: b.isLessOrEqual(to: a)
        case .equal:
            if !a.overlaps(b) { .false }
            else if a.width.isZero && b.width.isZero && a.lower == b.lower { .true }
            else { .undecided }
        }
    }
}
