/// What `StateVector` and `DensityMatrix` share: the primitive gate applications. The
/// conveniences built from them (CNOT, CZ, circuit operations, whole circuits) are written once,
/// in the extension below, so the pure-state and mixed-state simulators cannot drift apart.
public protocol QuantumRegister {
    /// Number of qubits (qubit 0 is the most significant bit of a basis index).
    var qubitCount: Int { get }
    mutating func apply(_ gate: SingleQubitGate, to qubit: Int) throws
    mutating func applyControlled(_ gate: SingleQubitGate, control: Int, target: Int) throws
    mutating func apply(_ gate: TwoQubitGate, to first: Int, _ second: Int) throws
    mutating func applySWAP(_ a: Int, _ b: Int) throws
}

extension QuantumRegister {
    /// Controlled-NOT: flips `target` where `control` is |1⟩.
    public mutating func applyCNOT(control: Int, target: Int) throws {
        try applyControlled(.pauliX, control: control, target: target)
    }

    /// Controlled-Z on `a` and `b` (symmetric in its qubits).
    public mutating func applyCZ(_ a: Int, _ b: Int) throws {
        try applyControlled(.pauliZ, control: a, target: b)
    }

    /// Applies one circuit operation.
    public mutating func apply(_ operation: CircuitOperation) throws {
        switch operation {
        case let .single(g, q): try apply(g, to: q)
        case let .controlled(g, c, t): try applyControlled(g, control: c, target: t)
        case let .twoQubit(g, a, b): try apply(g, to: a, b)
        }
    }

    /// Applies a circuit, first operation first. On a thrown error the register holds the result
    /// of the operations before the failing one.
    public mutating func apply(_ circuit: [CircuitOperation]) throws {
        for op in circuit { try apply(op) }
    }
}
