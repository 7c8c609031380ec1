/// Bad input to the training, pruning or proxy code (sizes out of range, non-finite values,
/// an empty mask). The message says what was expected; callers (the CLI) exit with status 2.
public enum TrainingError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalid(String)
    /// A spectrum could not be computed.
    case eigen(SymmetricEigenError)

    public var description: String {
        switch self {
        case .invalid(let m): return m
        case .eigen(let e): return "Hessian spectrum: \(e)"
        }
    }
}
