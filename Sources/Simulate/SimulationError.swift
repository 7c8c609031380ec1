//===--- SimulationError.swift -----------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

/// Every way a `Simulate` routine can refuse its input or give up on a computation.
///
/// The float core never traps on bad input: it throws one of these cases, and the
/// `description` states what was received and what was expected, so that a caller
/// (the `qbounds` command line, a property test) can report it verbatim.
public enum SimulationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A size (rows, columns, dimension, qubit count, step count) was negative or zero
    /// where a positive value is required.
    case invalidSize(what: String, value: Int, expected: String)
    /// An index lies outside its valid half-open range `0..<bound`.
    case indexOutOfRange(what: String, index: Int, bound: Int)
    /// Two operands have incompatible shapes.
    case dimensionMismatch(what: String, expected: Int, actual: Int)
    /// A product of sizes (for example `n^ℓ` or a Kronecker product) does not fit in `Int`,
    /// or exceeds a documented memory limit.
    case sizeOverflow(what: String)
    /// A NaN or an infinity was passed where a finite number is required.
    case nonFiniteValue(what: String)
    /// A real parameter is finite but outside its admissible range.
    case invalidParameter(what: String, value: Double, expected: String)
    /// A register with more qubits than the simulator supports was requested.
    case tooManyQubits(requested: Int, maximum: Int, simulator: String)
    /// A qubit index is negative or not smaller than the register size.
    case invalidQubit(qubit: Int, qubitCount: Int)
    /// A multi-qubit operation was given the same qubit twice.
    case repeatedQubit(qubit: Int)
    /// A matrix that must be unitary deviates from `U†U = I` by more than the tolerance.
    case notUnitary(deviation: Double, tolerance: Double)
    /// A set of Kraus operators deviates from `Σ K†K = I` by more than the tolerance.
    case notTracePreserving(deviation: Double, tolerance: Double)
    /// A state vector whose squared norm differs from 1 by more than the tolerance.
    case notNormalized(normSquared: Double, tolerance: Double)
    /// A density matrix that is not Hermitian with unit trace.
    case invalidDensityMatrix(reason: String)
    /// A Pauli string could not be parsed.
    case invalidPauliString(String)
    /// An ODE or map produced a NaN or an infinity at the given time (or iteration).
    case nonFiniteState(time: Double)
    /// The adaptive integrator needed a step smaller than the floating-point resolution
    /// of the time variable.
    case stepSizeUnderflow(time: Double, stepSize: Double)
    /// The adaptive integrator reached its step budget before the final time.
    case maximumStepsExceeded(time: Double, steps: Int)

    public var description: String {
        switch self {
        case let .invalidSize(what, value, expected):
            return "invalid \(what): got \(value), expected \(expected)"
        case let .indexOutOfRange(what, index, bound):
            return "\(what) \(index) is out of range: expected an index in 0..<\(bound)"
        case let .dimensionMismatch(what, expected, actual):
            return "dimension mismatch in \(what): expected \(expected), got \(actual)"
        case let .sizeOverflow(what):
            return "size overflow: \(what)"
        case let .nonFiniteValue(what):
            return "non-finite value in \(what): expected a finite number (no NaN or infinity)"
        case let .invalidParameter(what, value, expected):
            return "invalid \(what): got \(value), expected \(expected)"
        case let .tooManyQubits(requested, maximum, simulator):
            return "\(simulator) supports at most \(maximum) qubits, \(requested) were requested"
        case let .invalidQubit(qubit, qubitCount):
            return "qubit \(qubit) does not exist: expected a qubit index in 0..<\(qubitCount)"
        case let .repeatedQubit(qubit):
            return "qubit \(qubit) was given twice: expected distinct qubits for a multi-qubit operation"
        case let .notUnitary(deviation, tolerance):
            return "matrix is not unitary: max |U†U − I| = \(deviation), expected at most \(tolerance)"
        case let .notTracePreserving(deviation, tolerance):
            return "Kraus operators are not trace preserving: max |Σ K†K − I| = \(deviation), expected at most \(tolerance)"
        case let .notNormalized(normSquared, tolerance):
            return "state is not normalized: ⟨ψ|ψ⟩ = \(normSquared), expected 1 within \(tolerance)"
        case let .invalidDensityMatrix(reason):
            return "invalid density matrix: \(reason)"
        case let .invalidPauliString(text):
            return "invalid Pauli string \"\(text)\": expected only the letters I, X, Y, Z"
        case let .nonFiniteState(time):
            return "the state became non-finite (NaN or infinity) at t = \(time)"
        case let .stepSizeUnderflow(time, stepSize):
            return "step size underflow at t = \(time): h = \(stepSize) is below the resolution of t; the solution may blow up or the problem may be stiff"
        case let .maximumStepsExceeded(time, steps):
            return "gave up at t = \(time) after \(steps) steps: raise maximumSteps or loosen the tolerances"
        }
    }
}
