//===--- PauliString+CustomStringConvertible.swift -------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

extension PauliString: CustomStringConvertible {
    /// Text form over qubits `0…max` (for example `"XIZ"`), or `"I"` for the identity.
    public var description: String {
        guard let top = operators.keys.max() else { return "I" }
        return (0...top).map { pauli(on: $0).description }.joined()
    }
}
