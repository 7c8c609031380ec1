/// Errors thrown by the Bell module. Every message says what was expected, so a command-line
/// front end can print it after `file:line: error:` unchanged. Nothing in this module traps on
/// bad input.
public enum BellError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A scenario, coefficient array or strategy whose shape does not fit.
    case shape(String)
    /// A value that is outside what the statement allows (a non-binary scenario for a
    /// correlator functional, a negative input count, an unknown name, …).
    case invalid(String)
    /// An enumeration or simulation that would not end in reasonable time; `--force` (or
    /// `force: true`) runs it anyway.
    case tooLarge(what: String, estimate: String, limit: String)

    public var description: String {
        switch self {
        case let .shape(s): return "wrong shape: \(s)"
        case let .invalid(s): return s
        case let .tooLarge(what, estimate, limit):
            return "\(what) would take about \(estimate) elementary steps: expected at most \(limit) (use --force to run it anyway)"
        }
    }
}
