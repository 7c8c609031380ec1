//===--- TwoQubitGate.swift --------------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

import Numerics

/// A two-qubit unitary, a `4 × 4` matrix acting on an ordered pair of qubits `(first, second)`.
///
/// **Local basis order.** Row/column index `2a + b` is the basis state `|a b⟩` with `a` the
/// bit of the *first* qubit and `b` the bit of the *second*: `|00⟩, |01⟩, |10⟩, |11⟩`. This is
/// the same "first factor most significant" rule as the register order and the Kronecker
/// product, so `TwoQubitGate.tensor(A, B)` applied to `(p, q)` equals `A` on `p` then `B`
/// on `q`. ``cnot`` uses the first qubit as control (Nielsen & Chuang eq. (1.18) layout).
public struct TwoQubitGate: Sendable, Equatable {
    /// The 16 entries, row-major.
    public let elements: [Complex<Double>]
    /// A short name for printing; not part of the gate's identity.
    public let name: String

    /// Two gates are equal when their matrices are equal entry by entry (names are ignored).
    public static func == (a: TwoQubitGate, b: TwoQubitGate) -> Bool {
        a.elements == b.elements
    }

    init(unchecked elements: [Complex<Double>], name: String) {
        self.elements = elements
        self.name = name
    }

    /// An arbitrary two-qubit gate from a `4 × 4` matrix; throws unless it is finite and
    /// unitary within `tolerance` (entrywise `max |U†U − I|`).
    public init(matrix: ComplexMatrix, tolerance: Double = SingleQubitGate.defaultUnitarityTolerance, name: String = "U4") throws {
        guard matrix.rowCount == 4 && matrix.columnCount == 4 else {
            throw SimulationError.dimensionMismatch(what: "two-qubit gate matrix size (must be 4 × 4; rows)", expected: 4, actual: matrix.rowCount)
        }
        let deviation = try matrix.unitarityDeviation()
        guard deviation <= tolerance else { throw SimulationError.notUnitary(deviation: deviation, tolerance: tolerance) }
        self.init(unchecked: matrix.elements, name: name)
    }

    /// The gate as a `4 × 4` matrix.
    public var matrix: ComplexMatrix { ComplexMatrix(unchecked: 4, 4, elements) }

    /// The inverse gate `U†`.
    public var adjoint: TwoQubitGate {
        TwoQubitGate(unchecked: matrix.adjoint.elements, name: name + "†")
    }

    private static func real(_ rows: [[Double]], _ name: String) -> TwoQubitGate {
        TwoQubitGate(unchecked: rows.flatMap { $0.map { Complex($0, 0) } }, name: name)
    }

    /// Controlled-NOT, control = first qubit, target = second: `|a b⟩ ↦ |a, a⊕b⟩`.
    public static let cnot = real([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0]], "CNOT")
    /// Controlled-Z `diag(1, 1, 1, −1)` (symmetric in the two qubits).
    public static let cz = real([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, -1]], "CZ")
    /// SWAP `|a b⟩ ↦ |b a⟩`.
    public static let swap = real([[1, 0, 0, 0], [0, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 1]], "SWAP")

    /// Controlled-`U`, control = first qubit: `diag(I, U)` in the local basis.
    public static func controlled(_ u: SingleQubitGate) -> TwoQubitGate {
        TwoQubitGate(unchecked: [.one, .zero, .zero, .zero,
                                 .zero, .one, .zero, .zero,
                                 .zero, .zero, u.u00, u.u01,
                                 .zero, .zero, u.u10, u.u11], name: "C" + u.name)
    }

    /// The product gate `A ⊗ B`: `A` on the first qubit, `B` on the second.
    public static func tensor(_ a: SingleQubitGate, _ b: SingleQubitGate) -> TwoQubitGate {
        TwoQubitGate(unchecked: ComplexMatrix.kron(a.matrix, b.matrix).elements, name: a.name + "⊗" + b.name)
    }
}
