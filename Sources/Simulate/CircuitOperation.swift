//===--- CircuitOperation.swift ----------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

/// One gate of a circuit, addressed to qubits. A circuit is a `[CircuitOperation]` applied
/// left to right (the first element acts first) by `StateVector.apply(_:)` or
/// `DensityMatrix.apply(_:)`; the same list drives both simulators, which is how they are
/// cross-checked.
public enum CircuitOperation: Sendable, Equatable {
    /// A one-qubit gate on `qubit`.
    case single(SingleQubitGate, qubit: Int)
    /// A one-qubit gate on `target`, applied only where `control` is `|1⟩`.
    case controlled(SingleQubitGate, control: Int, target: Int)
    /// A two-qubit gate on the ordered pair `(first, second)` (see ``TwoQubitGate`` for the
    /// local basis order).
    case twoQubit(TwoQubitGate, first: Int, second: Int)
}
