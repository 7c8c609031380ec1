//===--- Pauli+CustomStringConvertible.swift -------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

extension Pauli: CustomStringConvertible {
    public var description: String {
        switch self {
        case .identity: return "I"
        case .x: return "X"
        case .y: return "Y"
        case .z: return "Z"
        }
    }
}
