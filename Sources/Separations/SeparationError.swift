/// Errors thrown by the separation kernels and their file readers.
///
/// Every message names what was expected; errors from a file carry `file:line:` so the CLI can
/// print `file:line: error: … expected …` and exit 2.
public enum SeparationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A malformed line of an input file (1-based line number).
    case badInput(file: String, line: Int, message: String)
    /// A size past a memory or time cap.
    case tooLarge(what: String, value: Int, maximum: Int)
    /// An argument outside the domain of a kernel.
    case invalidArgument(String)
    /// A computation whose work, known before it starts, passes its cap (the message says how
    /// much work and the cap).
    case capExceeded(String)

    public var description: String {
        switch self {
        case let .badInput(file, line, message): return "\(file):\(line): error: \(message)"
        case let .tooLarge(what, value, maximum): return "\(what) = \(value) is too large: expected at most \(maximum)"
        case let .invalidArgument(m): return "invalid argument: \(m)"
        case let .capExceeded(m): return "too large: \(m)"
        }
    }
}
