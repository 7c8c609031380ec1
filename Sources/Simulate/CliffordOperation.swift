/// One operation of a noisy Clifford circuit for `StabilizerTableau` and `PauliFrameSampler`.
/// Qubit 0 is the first qubit (the most significant bit of a basis index, as elsewhere in
/// Simulate). `depolarize1(q, p)` applies X, Y or Z to qubit q, each with probability p/3
/// (the single-qubit depolarizing channel of `DensityMatrix`); the tableau ignores it (it is
/// the noiseless reference), the frame sampler samples it.
public enum CliffordOperation: Sendable, Hashable {
    case h(Int)
    case s(Int)
    case x(Int)
    case z(Int)
    case cnot(control: Int, target: Int)
    case cz(Int, Int)
    case swap(Int, Int)
    case depolarize1(Int, probability: Double)

    /// The qubits the operation touches.
    public var qubits: [Int] {
        switch self {
        case .h(let q), .s(let q), .x(let q), .z(let q), .depolarize1(let q, _): return [q]
        case let .cnot(c, t): return [c, t]
        case let .cz(a, b), let .swap(a, b): return [a, b]
        }
    }

    /// Checks qubit indices (distinct, in range) and probabilities (in [0, 1]).
    public func validate(qubitCount n: Int) throws {
        for q in qubits where q < 0 || q >= n { throw SimulationError.invalidQubit(qubit: q, qubitCount: n) }
        if qubits.count == 2 && qubits[0] == qubits[1] { throw SimulationError.repeatedQubit(qubit: qubits[0]) }
        if case .depolarize1(_, let p) = self, !(p >= 0 && p <= 1) {
            throw SimulationError.invalidParameter(what: "depolarizing probability", value: p, expected: "a probability in [0, 1]")
        }
    }
}
