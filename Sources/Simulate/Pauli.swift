//===--- Pauli.swift ---------------------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

/// A single-qubit Pauli operator `I, X, Y, Z`.
public enum Pauli: Sendable, Hashable, CaseIterable {
    case identity, x, y, z

    /// Parses `I`, `X`, `Y`, `Z` (either case); `nil` otherwise.
    public init?(_ character: Character) {
        switch character {
        case "I", "i": self = .identity
        case "X", "x": self = .x
        case "Y", "y": self = .y
        case "Z", "z": self = .z
        default: return nil
        }
    }

    /// The operator as a gate (its matrix is exact).
    public var gate: SingleQubitGate {
        switch self {
        case .identity: return .identity
        case .x: return .pauliX
        case .y: return .pauliY
        case .z: return .pauliZ
        }
    }
}
