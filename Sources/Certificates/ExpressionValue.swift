import Exact

/// The value of an expression: an exact rational when no irrational operation was involved,
/// otherwise an interval that contains the exact value.
public enum ExpressionValue: Sendable, CustomStringConvertible {
    case exact(Rational)
    case enclosure(Interval)

    /// An interval containing the value (the smallest one at `precision` bits for an exact value).
    public func interval(precision: Int) throws(ExpressionError) -> Interval {
        switch self {
        case .exact(let q):
            do { return try Interval(q, precision: precision) } catch { throw ExpressionError(error.description) }
        case .enclosure(let i): return i
        }
    }

    /// The value as a certificate value: the exact string, or the enclosure rounded outward.
    public var certificateValue: CertificateValue {
        switch self {
        case .exact(let q): .exact(q)
        case .enclosure(let i): CertificateValue(i)
        }
    }

    public var description: String {
        switch self {
        case .exact(let q): q.description
        case .enclosure(let i): i.description
        }
    }
}
