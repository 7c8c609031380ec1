//===--- SingleQubitGate.swift -----------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

import Numerics

/// A one-qubit unitary `U = [[u00, u01], [u10, u11]]` in the computational basis `{|0⟩, |1⟩}`.
///
/// Conventions follow Nielsen & Chuang, *Quantum Computation and Quantum Information*,
/// 10th anniversary ed., CUP 2010, §4.2: `Rx(θ) = exp(−iθX/2)`, `Ry(θ) = exp(−iθY/2)`,
/// `Rz(θ) = exp(−iθZ/2)` (so `Rz` has determinant 1 and differs from ``phase(_:)`` by a
/// global phase), `S = diag(1, i)`, `T = diag(1, e^{iπ/4})`, `H = (X + Z)/√2`. The entries of
/// the named constant gates are exact up to the rounding of `1/√2` and `cos(π/4)`.
public struct SingleQubitGate: Sendable, Equatable {
    /// Row 0, column 0.
    public let u00: Complex<Double>
    /// Row 0, column 1.
    public let u01: Complex<Double>
    /// Row 1, column 0.
    public let u10: Complex<Double>
    /// Row 1, column 1.
    public let u11: Complex<Double>
    /// A short name for printing ("H", "Rx(0.5)", "U"); not part of the gate's identity.
    public let name: String

    /// Two gates are equal when their matrices are equal entry by entry (names are ignored).
    public static func == (a: SingleQubitGate, b: SingleQubitGate) -> Bool {
        a.u00 == b.u00 && a.u01 == b.u01 && a.u10 == b.u10 && a.u11 == b.u11
    }

    init(unchecked u00: Complex<Double>, _ u01: Complex<Double>, _ u10: Complex<Double>, _ u11: Complex<Double>, name: String) {
        self.u00 = u00; self.u01 = u01; self.u10 = u10; self.u11 = u11
        self.name = name
    }

    /// Default tolerance on `max |U†U − I|` when a gate is built from a matrix.
    public static let defaultUnitarityTolerance = 1e-10

    /// An arbitrary one-qubit gate from a `2 × 2` matrix; throws unless the matrix is finite and
    /// unitary within `tolerance` (entrywise `max |U†U − I| ≤ tolerance`).
    public init(matrix: ComplexMatrix, tolerance: Double = SingleQubitGate.defaultUnitarityTolerance, name: String = "U") throws {
        guard matrix.rowCount == 2 && matrix.columnCount == 2 else {
            throw SimulationError.dimensionMismatch(what: "one-qubit gate matrix size (must be 2 × 2; rows)", expected: 2, actual: matrix.rowCount)
        }
        let deviation = try matrix.unitarityDeviation()
        guard deviation <= tolerance else { throw SimulationError.notUnitary(deviation: deviation, tolerance: tolerance) }
        let e = matrix.elements
        self.init(unchecked: e[0], e[1], e[2], e[3], name: name)
    }

    /// An arbitrary one-qubit gate from its four entries (row-major); throws unless unitary.
    public init(_ u00: Complex<Double>, _ u01: Complex<Double>, _ u10: Complex<Double>, _ u11: Complex<Double>,
                tolerance: Double = SingleQubitGate.defaultUnitarityTolerance, name: String = "U") throws {
        try self.init(matrix: ComplexMatrix(rowCount: 2, columnCount: 2, elements: [u00, u01, u10, u11]),
                      tolerance: tolerance, name: name)
    }

    /// The gate as a `2 × 2` matrix.
    public var matrix: ComplexMatrix { ComplexMatrix(unchecked: 2, 2, [u00, u01, u10, u11]) }

    /// The inverse gate `U†`.
    public var adjoint: SingleQubitGate {
        SingleQubitGate(unchecked: u00.conjugate, u10.conjugate, u01.conjugate, u11.conjugate, name: name + "†")
    }

    /// The product `self · other` (apply `other` first).
    public func after(_ other: SingleQubitGate) -> SingleQubitGate {
        SingleQubitGate(unchecked: u00 * other.u00 + u01 * other.u10, u00 * other.u01 + u01 * other.u11,
                        u10 * other.u00 + u11 * other.u10, u10 * other.u01 + u11 * other.u11,
                        name: name + "·" + other.name)
    }

    /// `true` when the off-diagonal entries are exactly zero (a phase gate); the simulators
    /// use a cheaper kernel for these.
    var isDiagonal: Bool { u01 == .zero && u10 == .zero }

    // MARK: Named gates

    private static let r = 0.5.squareRoot() // 1/√2, correctly rounded

    /// The identity `I`.
    public static let identity = SingleQubitGate(unchecked: .one, .zero, .zero, .one, name: "I")
    /// Pauli `X = [[0, 1], [1, 0]]` (NOT).
    public static let pauliX = SingleQubitGate(unchecked: .zero, .one, .one, .zero, name: "X")
    /// Pauli `Y = [[0, −i], [i, 0]]`.
    public static let pauliY = SingleQubitGate(unchecked: .zero, Complex(0, -1), Complex(0, 1), .zero, name: "Y")
    /// Pauli `Z = diag(1, −1)`.
    public static let pauliZ = SingleQubitGate(unchecked: .one, .zero, .zero, Complex(-1, 0), name: "Z")
    /// Hadamard `H = [[1, 1], [1, −1]]/√2`.
    public static let hadamard = SingleQubitGate(unchecked: Complex(r, 0), Complex(r, 0), Complex(r, 0), Complex(-r, 0), name: "H")
    /// Phase gate `S = diag(1, i) = √Z`.
    public static let s = SingleQubitGate(unchecked: .one, .zero, .zero, Complex(0, 1), name: "S")
    /// `S† = diag(1, −i)`.
    public static let sDagger = SingleQubitGate(unchecked: .one, .zero, .zero, Complex(0, -1), name: "S†")
    /// `T = diag(1, e^{iπ/4}) = √S`.
    public static let t = SingleQubitGate(unchecked: .one, .zero, .zero, Complex(r, r), name: "T")
    /// `T† = diag(1, e^{−iπ/4})`.
    public static let tDagger = SingleQubitGate(unchecked: .one, .zero, .zero, Complex(r, -r), name: "T†")

    /// Alias of ``pauliX``.
    public static var x: SingleQubitGate { pauliX }
    /// Alias of ``pauliY``.
    public static var y: SingleQubitGate { pauliY }
    /// Alias of ``pauliZ``.
    public static var z: SingleQubitGate { pauliZ }
    /// Alias of ``hadamard``.
    public static var h: SingleQubitGate { hadamard }

    /// `Rx(θ) = exp(−iθX/2) = [[cos θ/2, −i sin θ/2], [−i sin θ/2, cos θ/2]]`; throws on non-finite θ.
    public static func rx(_ theta: Double) throws -> SingleQubitGate {
        guard theta.isFinite else { throw SimulationError.nonFiniteValue(what: "Rx angle") }
        let c = Double.cos(theta / 2), s = Double.sin(theta / 2)
        return SingleQubitGate(unchecked: Complex(c, 0), Complex(0, -s), Complex(0, -s), Complex(c, 0), name: "Rx(\(theta))")
    }

    /// `Ry(θ) = exp(−iθY/2) = [[cos θ/2, −sin θ/2], [sin θ/2, cos θ/2]]`; throws on non-finite θ.
    public static func ry(_ theta: Double) throws -> SingleQubitGate {
        guard theta.isFinite else { throw SimulationError.nonFiniteValue(what: "Ry angle") }
        let c = Double.cos(theta / 2), s = Double.sin(theta / 2)
        return SingleQubitGate(unchecked: Complex(c, 0), Complex(-s, 0), Complex(s, 0), Complex(c, 0), name: "Ry(\(theta))")
    }

    /// `Rz(θ) = exp(−iθZ/2) = diag(e^{−iθ/2}, e^{iθ/2})`; throws on non-finite θ.
    public static func rz(_ theta: Double) throws -> SingleQubitGate {
        guard theta.isFinite else { throw SimulationError.nonFiniteValue(what: "Rz angle") }
        let c = Double.cos(theta / 2), s = Double.sin(theta / 2)
        return SingleQubitGate(unchecked: Complex(c, -s), .zero, .zero, Complex(c, s), name: "Rz(\(theta))")
    }

    /// The phase gate `P(φ) = diag(1, e^{iφ})`; throws on non-finite φ.
    public static func phase(_ phi: Double) throws -> SingleQubitGate {
        guard phi.isFinite else { throw SimulationError.nonFiniteValue(what: "phase angle") }
        return SingleQubitGate(unchecked: .one, .zero, .zero, Complex(Double.cos(phi), Double.sin(phi)), name: "P(\(phi))")
    }
}
