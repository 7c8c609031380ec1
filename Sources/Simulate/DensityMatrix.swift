//===--- DensityMatrix.swift -------------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

import Numerics

/// A mixed state of `n ≤ 10` qubits, stored as the dense `2ⁿ × 2ⁿ` complex matrix `ρ`.
///
/// **Order.** Same qubit order as ``StateVector``: qubit 0 is the most significant bit of a row
/// or column index, so `ρ = |ψ⟩⟨ψ|` has `ρ[i, j] = ψ_i·conj(ψ_j)`. `elements` is row-major:
/// `ρ[i, j] = elements[i·2ⁿ + j]`.
///
/// **Method.** `vec(ρ)` (row-major) is a `2n`-qubit vector whose row bits are the high bits,
/// so `ρ ↦ UρU†` is `U` on the row copy of each qubit and `Ū` (entrywise conjugate) on the
/// column copy, applied with the state-vector kernels; a one-qubit channel
/// `ρ ↦ Σ_k K_k ρ K_k†` is the `4 × 4` superoperator `Σ_k K_k ⊗ K̄_k` on the (row, column)
/// copies of the qubit (Watrous, *The Theory of Quantum Information*, CUP 2018, §2.2.2,
/// natural representation). Memory is `16·4ⁿ` bytes (16 MiB at `n = 10`).
///
/// No positivity check is made on matrices supplied by the caller; the channels provided are
/// completely positive and trace preserving, so they keep a valid state valid up to rounding.
public struct DensityMatrix: QuantumRegister, Sendable, Equatable {
    /// The largest register this simulator accepts.
    public static let maximumQubitCount = 10

    /// Number of qubits `n`.
    public let qubitCount: Int
    /// `ρ` in row-major order (`4ⁿ` entries).
    public internal(set) var elements: [Complex<Double>]

    /// `2ⁿ`, the side of the matrix.
    public var dimension: Int { 1 << qubitCount }

    init(unchecked qubitCount: Int, _ elements: [Complex<Double>]) {
        self.qubitCount = qubitCount
        self.elements = elements
    }

    /// `|0…0⟩⟨0…0|` on `qubitCount` qubits (1 ≤ n ≤ 10).
    public init(qubitCount: Int) throws {
        try StateVector.validateQubitCount(qubitCount, maximum: DensityMatrix.maximumQubitCount, simulator: "DensityMatrix")
        var e = [Complex<Double>](repeating: .zero, count: 1 << (2 * qubitCount))
        e[0] = .one
        self.init(unchecked: qubitCount, e)
    }

    /// `|ψ⟩⟨ψ|` for a pure state of at most 10 qubits.
    public init(pureState psi: StateVector) throws {
        try StateVector.validateQubitCount(psi.qubitCount, maximum: DensityMatrix.maximumQubitCount, simulator: "DensityMatrix")
        let d = psi.dimension
        var e = [Complex<Double>](repeating: .zero, count: d * d)
        for i in 0..<d {
            for j in 0..<d { e[i * d + j] = psi.amplitudes[i] * psi.amplitudes[j].conjugate }
        }
        self.init(unchecked: psi.qubitCount, e)
    }

    /// The maximally mixed state `I/2ⁿ`.
    public static func maximallyMixed(qubitCount: Int) throws -> DensityMatrix {
        var rho = try DensityMatrix(qubitCount: qubitCount)
        let d = rho.dimension
        rho.elements[0] = .zero
        for i in 0..<d { rho.elements[i * d + i] = Complex(1 / Double(d), 0) }
        return rho
    }

    /// A state from an explicit `2ⁿ × 2ⁿ` matrix; throws unless it is finite, Hermitian and of
    /// unit trace within `tolerance` (entrywise). Positivity is *not* checked.
    public init(matrix: ComplexMatrix, tolerance: Double = 1e-10) throws {
        let d = matrix.rowCount
        let n = d.trailingZeroBitCount
        guard d > 1 && d == 1 << n && matrix.columnCount == d else {
            throw SimulationError.invalidSize(what: "density matrix side", value: d, expected: "a square matrix of side 2ⁿ, n ≥ 1")
        }
        try StateVector.validateQubitCount(n, maximum: DensityMatrix.maximumQubitCount, simulator: "DensityMatrix")
        let e = matrix.elements
        var worst = 0.0
        for i in 0..<d {
            for j in 0..<d { worst = max(worst, (e[i * d + j] - e[j * d + i].conjugate).length) }
        }
        guard worst <= tolerance else {
            throw SimulationError.invalidDensityMatrix(reason: "not Hermitian: max |ρ − ρ†| = \(worst), expected at most \(tolerance)")
        }
        var tr = Complex<Double>.zero
        for i in 0..<d { tr += e[i * d + i] }
        guard (tr - .one).length <= tolerance else {
            throw SimulationError.invalidDensityMatrix(reason: "trace is \(tr), expected 1 within \(tolerance)")
        }
        self.init(unchecked: n, e)
    }

    /// `ρ[row, column]`.
    public func element(row: Int, column: Int) throws -> Complex<Double> {
        guard row >= 0 && row < dimension else { throw SimulationError.indexOutOfRange(what: "row index", index: row, bound: dimension) }
        guard column >= 0 && column < dimension else {
            throw SimulationError.indexOutOfRange(what: "column index", index: column, bound: dimension)
        }
        return elements[row * dimension + column]
    }

    /// `ρ` as a ``ComplexMatrix``.
    public var matrix: ComplexMatrix { ComplexMatrix(unchecked: dimension, dimension, elements) }

    // MARK: Bit positions in vec(ρ)

    func checkQubit(_ q: Int) throws {
        guard q >= 0 && q < qubitCount else { throw SimulationError.invalidQubit(qubit: q, qubitCount: qubitCount) }
    }

    /// Bit of qubit `q` in the row index, within the `2n`-bit index of `vec(ρ)`.
    @inline(__always) func rowBit(_ q: Int) -> Int { 2 * qubitCount - 1 - q }
    /// Bit of qubit `q` in the column index, within the `2n`-bit index of `vec(ρ)`.
    @inline(__always) func columnBit(_ q: Int) -> Int { qubitCount - 1 - q }

    // MARK: Unitary gates (ρ ↦ UρU†)

    /// Applies a one-qubit gate: `ρ ↦ UρU†`.
    public mutating func apply(_ gate: SingleQubitGate, to qubit: Int) throws {
        try checkQubit(qubit)
        AmplitudeKernels.apply2x2(&elements, bit: rowBit(qubit), gate.u00, gate.u01, gate.u10, gate.u11)
        AmplitudeKernels.apply2x2(&elements, bit: columnBit(qubit),
                                  gate.u00.conjugate, gate.u01.conjugate, gate.u10.conjugate, gate.u11.conjugate)
    }

    /// Applies `gate` to `target` controlled on `control` being `|1⟩`.
    public mutating func applyControlled(_ gate: SingleQubitGate, control: Int, target: Int) throws {
        try checkQubit(control)
        try checkQubit(target)
        guard control != target else { throw SimulationError.repeatedQubit(qubit: control) }
        AmplitudeKernels.apply2x2(&elements, bit: rowBit(target), gate.u00, gate.u01, gate.u10, gate.u11,
                                  controlMask: 1 << rowBit(control))
        AmplitudeKernels.apply2x2(&elements, bit: columnBit(target),
                                  gate.u00.conjugate, gate.u01.conjugate, gate.u10.conjugate, gate.u11.conjugate,
                                  controlMask: 1 << columnBit(control))
    }

    /// Applies a two-qubit gate to the ordered pair `(first, second)`.
    public mutating func apply(_ gate: TwoQubitGate, to first: Int, _ second: Int) throws {
        try checkQubit(first)
        try checkQubit(second)
        guard first != second else { throw SimulationError.repeatedQubit(qubit: first) }
        AmplitudeKernels.apply4x4(&elements, firstBit: rowBit(first), secondBit: rowBit(second), gate.elements)
        AmplitudeKernels.apply4x4(&elements, firstBit: columnBit(first), secondBit: columnBit(second),
                                  gate.elements.map(\.conjugate))
    }

    /// SWAP of qubits `a` and `b` (entries are permuted, no arithmetic).
    public mutating func applySWAP(_ a: Int, _ b: Int) throws {
        try checkQubit(a)
        try checkQubit(b)
        guard a != b else { throw SimulationError.repeatedQubit(qubit: a) }
        AmplitudeKernels.swapBits(&elements, rowBit(a), rowBit(b))
        AmplitudeKernels.swapBits(&elements, columnBit(a), columnBit(b))
    }

    // MARK: Scalars

    /// `Tr ρ` (real part; the imaginary part of a Hermitian matrix's trace is zero).
    public var trace: Double {
        var s = 0.0
        for i in 0..<dimension { s += elements[i * dimension + i].real }
        return s
    }

    /// The purity `Tr ρ² = Σ_{ij} |ρ_ij|²` (for Hermitian ρ); 1 for a pure state, `2⁻ⁿ` for `I/2ⁿ`.
    public var purity: Double {
        var s = 0.0
        for z in elements { s += z.lengthSquared }
        return s
    }

    /// `Tr(Pρ) = Σ_c i^{#Y}(−1)^{popcount(c ∧ sign)} ρ[c, c ⊕ flip]` for a Pauli string `P`.
    public func expectation(_ pauli: PauliString) throws -> Double {
        let m = try pauli.masks(qubitCount: qubitCount)
        let d = dimension
        var sum = Complex<Double>.zero
        for c in 0..<d {
            let term = elements[c * d + (c ^ m.flip)]
            if (c & m.sign).nonzeroBitCount & 1 == 0 { sum += term } else { sum -= term }
        }
        return (sum * AmplitudeKernels.iPower(m.yCount)).real
    }

    /// `Tr(Pρ)` for a Pauli string given as text (`"XZI"`: character `k` acts on qubit `k`).
    public func expectation(_ pauliString: String) throws -> Double {
        try expectation(PauliString(pauliString))
    }

    /// `Tr(Oρ)` for a weighted sum of Pauli strings.
    public func expectation(_ observable: PauliSum) throws -> Double {
        var s = 0.0
        for term in observable.terms { s += term.coefficient * (try expectation(term.string)) }
        return s
    }

    /// The computational-basis measurement probabilities, the real diagonal `ρ[i, i]`.
    public func probabilities() -> [Double] {
        (0..<dimension).map { elements[$0 * dimension + $0].real }
    }

    /// Probability that measuring `qubit` gives `outcome` (0 or 1).
    public func marginalProbability(qubit: Int, outcome: Int) throws -> Double {
        try checkQubit(qubit)
        guard outcome == 0 || outcome == 1 else {
            throw SimulationError.invalidSize(what: "measurement outcome", value: outcome, expected: "0 or 1")
        }
        let mask = 1 << (qubitCount - 1 - qubit)
        let want = outcome == 1 ? mask : 0
        var s = 0.0
        for i in 0..<dimension where i & mask == want { s += elements[i * dimension + i].real }
        return s
    }

    /// The fidelity `⟨ψ|ρ|ψ⟩` with a pure state on the same register.
    public func fidelity(with psi: StateVector) throws -> Double {
        guard psi.qubitCount == qubitCount else {
            throw SimulationError.dimensionMismatch(what: "fidelity (qubit counts)", expected: qubitCount, actual: psi.qubitCount)
        }
        let d = dimension
        var s = Complex<Double>.zero
        for i in 0..<d {
            var row = Complex<Double>.zero
            for j in 0..<d { row += elements[i * d + j] * psi.amplitudes[j] }
            s += psi.amplitudes[i].conjugate * row
        }
        return s.real
    }
}
