/// Errors thrown by the exact kernels.
///
/// GMP aborts the process (SIGFPE) on division by zero and on sizes it cannot allocate; MPFR
/// returns NaN for domain errors. Neither is acceptable for input that comes from a user's
/// file, so every entry point that could reach those states checks first and throws one of
/// these instead. Each message says what was expected.
public enum ExactError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A division (or reciprocal, or modular reduction) by an exact zero.
    case divisionByZero
    /// A text that is not a number of the accepted forms.
    case malformedNumber(text: String, expected: String)
    /// NaN or ±∞ where a finite number was required.
    case nonFinite(String)
    /// A size, exponent or precision outside the range this library accepts.
    case sizeOutOfRange(what: String, value: String, allowed: String)
    /// An argument outside the domain of a function (log of a nonpositive interval, …).
    case domain(String)
    /// Operands whose shapes do not match (matrix products, Kronecker powers, …).
    case dimensionMismatch(String)

    public var description: String {
        switch self {
        case .divisionByZero:
            return "division by zero: expected a nonzero divisor"
        case let .malformedNumber(text, expected):
            let shown = text.count > 60 ? String(text.prefix(57)) + "..." : text
            return "malformed number \"\(shown)\": expected \(expected)"
        case let .nonFinite(what):
            return "non-finite value: expected a finite number (\(what))"
        case let .sizeOutOfRange(what, value, allowed):
            return "\(what) = \(value) is out of range: expected \(allowed)"
        case let .domain(what):
            return "domain error: \(what)"
        case let .dimensionMismatch(what):
            return "dimension mismatch: \(what)"
        }
    }
}

/// Hard limits on sizes that can reach GMP from user input. GMP aborts rather than fails when an
/// allocation is too large, so anything a file can make big is checked against these first.
public enum ExactLimits {
    /// Longest digit string accepted by the parsers.
    public static let maximumDigits = 100_000
    /// Largest |exponent| accepted in `1e-3` style input.
    public static let maximumDecimalExponent = 100_000
    /// Largest bit length of a power computed by `power(_:)` (about 1.25 MB of limbs).
    public static let maximumPowerBits = 10_000_000
    /// Precision range (bits) accepted for intervals.
    public static let precisionRange = 2...1_048_576
}
