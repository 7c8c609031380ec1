import Exact

/// The functions an expression may call. Each is evaluated on an outward-rounded interval, so
/// the result contains the exact value of the function at every point of its argument.
public enum ExpressionFunction: String, Sendable, Hashable, CaseIterable {
    case sqrt, exp, log, sin, cos

    /// An enclosure of f(x) for every x in `x`; throws outside the domain (sqrt of a negative
    /// interval, log of an interval that is not > 0).
    func apply(_ x: Interval) throws(ExpressionError) -> Interval {
        do throws(ExactError) {
            switch self {
            case .sqrt:
                guard x.isGreaterOrEqual(to: Rational()) != .false else {
                    throw .domain("sqrt of a negative number \(x): expected an argument ≥ 0")
                }
                // An argument that only dips below 0 by rounding is treated as its nonnegative part;
                // one that may be genuinely negative cannot be decided.
                guard x.isGreaterOrEqual(to: Rational()) == .true else {
                    throw .domain("sqrt of \(x), which may be negative: expected an argument that is certainly ≥ 0 (raise the precision?)")
                }
                return try x.squareRoot()
            case .exp: return x.exp()
            case .log:
                guard x.isGreater(than: Rational()) == .true else {
                    throw .domain("log of \(x): expected an argument that is certainly > 0")
                }
                return try x.log()
            case .sin: return x.sin()
            case .cos: return x.cos()
            }
        } catch {
            throw ExpressionError("\(rawValue): \(error.description)")
        }
    }
}
