//===--- StateVector.swift ---------------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

import Numerics

/// A pure state of `n` qubits, stored as its `2ⁿ` complex amplitudes in the computational basis.
///
/// **Qubit order.** Qubit 0 is the *most significant* bit of the basis index, so the ket
/// `|q0 q1 … q_{n−1}⟩` is read left to right as a binary number: for `n = 3`, `|011⟩` (qubit 0
/// in `|0⟩`, qubits 1 and 2 in `|1⟩`) is amplitude index 3, and `amplitudes[i]` is `⟨i|ψ⟩`.
/// Consequently the state of a register `A` followed by `B` is the Kronecker product
/// `|ψ_A⟩ ⊗ |ψ_B⟩` with the usual "left factor most significant" index rule, exactly as in
/// Nielsen & Chuang and in `SparseMatrix.kron`. (Qiskit uses the opposite, little-endian order.)
///
/// **Size.** `n ≤ 26` (`2²⁶` amplitudes = 1 GiB); larger registers are rejected with a thrown
/// error. `n = 24` needs 256 MiB.
///
/// **Numerics.** Gates are applied in place by the pair/quadruple kernels of
/// `AmplitudeKernels` (O(2ⁿ) per gate, no `2ⁿ × 2ⁿ` matrix is formed); each gate changes the
/// norm by O(ε). Expectation values are exact sums of rounded products, accurate to about
/// `2ⁿ·ε` in the worst case (typically `√(2ⁿ)·ε`). These numbers explore; verdicts are
/// decided by the exact kernels.
///
/// Every operation that receives a qubit index, an angle, or a matrix validates it and
/// throws ``SimulationError`` rather than trapping.
public struct StateVector: QuantumRegister, Sendable, Equatable {
    /// The largest register this simulator accepts.
    public static let maximumQubitCount = 26

    /// Number of qubits `n`.
    public let qubitCount: Int
    /// The `2ⁿ` amplitudes `⟨i|ψ⟩`, qubit 0 most significant in `i`.
    public internal(set) var amplitudes: [Complex<Double>]

    /// `2ⁿ`.
    public var dimension: Int { amplitudes.count }

    static func validateQubitCount(_ n: Int, maximum: Int, simulator: String) throws {
        guard n >= 1 else {
            throw SimulationError.invalidSize(what: "qubit count", value: n, expected: "a positive integer")
        }
        guard n <= maximum else {
            throw SimulationError.tooManyQubits(requested: n, maximum: maximum, simulator: simulator)
        }
    }

    init(unchecked qubitCount: Int, _ amplitudes: [Complex<Double>]) {
        self.qubitCount = qubitCount
        self.amplitudes = amplitudes
    }

    /// The all-zero state `|0…0⟩` on `qubitCount` qubits (1 ≤ n ≤ 26).
    public init(qubitCount: Int) throws {
        try self.init(qubitCount: qubitCount, basisState: 0)
    }

    /// The computational basis state `|i⟩` (qubit 0 is the most significant bit of `i`).
    public init(qubitCount: Int, basisState: Int) throws {
        try StateVector.validateQubitCount(qubitCount, maximum: StateVector.maximumQubitCount, simulator: "StateVector")
        let dim = 1 << qubitCount
        guard basisState >= 0 && basisState < dim else {
            throw SimulationError.indexOutOfRange(what: "basis state", index: basisState, bound: dim)
        }
        var a = [Complex<Double>](repeating: .zero, count: dim)
        a[basisState] = .one
        self.init(unchecked: qubitCount, a)
    }

    /// A state from explicit amplitudes; the count must be `2ⁿ` (n ≤ 26), every amplitude
    /// finite, and `|⟨ψ|ψ⟩ − 1| ≤ normalizationTolerance`.
    public init(amplitudes: [Complex<Double>], normalizationTolerance: Double = 1e-10) throws {
        let n = amplitudes.count.trailingZeroBitCount
        guard amplitudes.count > 1 && amplitudes.count == 1 << n else {
            throw SimulationError.invalidSize(what: "number of amplitudes", value: amplitudes.count, expected: "a power of two 2ⁿ with n ≥ 1")
        }
        try StateVector.validateQubitCount(n, maximum: StateVector.maximumQubitCount, simulator: "StateVector")
        for z in amplitudes where !z.isFinite { throw SimulationError.nonFiniteValue(what: "state amplitudes") }
        let s = StateVector(unchecked: n, amplitudes)
        let nsq = s.normSquared
        guard abs(nsq - 1) <= normalizationTolerance else {
            throw SimulationError.notNormalized(normSquared: nsq, tolerance: normalizationTolerance)
        }
        self = s
    }

    /// The state `v/‖v‖` for a nonzero, finite vector `v` of length `2ⁿ`.
    public init(normalizing amplitudes: [Complex<Double>]) throws {
        let n = amplitudes.count.trailingZeroBitCount
        guard amplitudes.count > 1 && amplitudes.count == 1 << n else {
            throw SimulationError.invalidSize(what: "number of amplitudes", value: amplitudes.count, expected: "a power of two 2ⁿ with n ≥ 1")
        }
        try StateVector.validateQubitCount(n, maximum: StateVector.maximumQubitCount, simulator: "StateVector")
        for z in amplitudes where !z.isFinite { throw SimulationError.nonFiniteValue(what: "state amplitudes") }
        let norm = StateVector(unchecked: n, amplitudes).norm
        guard norm > 0 && norm.isFinite else {
            throw SimulationError.invalidParameter(what: "vector norm", value: norm, expected: "a finite positive norm (the zero vector is not a state)")
        }
        self.init(unchecked: n, amplitudes.map { $0.divided(by: norm) })
    }

    /// A Bell pair on two qubits (default `|Φ+⟩ = (|00⟩ + |11⟩)/√2`).
    public static func bellPair(_ kind: BellState = .phiPlus) -> StateVector {
        let r = Complex<Double>(0.5.squareRoot(), 0)
        var a = [Complex<Double>](repeating: .zero, count: 4)
        switch kind {
        case .phiPlus: a[0] = r; a[3] = r
        case .phiMinus: a[0] = r; a[3] = -r
        case .psiPlus: a[1] = r; a[2] = r
        case .psiMinus: a[1] = r; a[2] = -r
        }
        return StateVector(unchecked: 2, a)
    }

    /// The GHZ state `(|0…0⟩ + |1…1⟩)/√2` on `qubitCount ≥ 1` qubits
    /// (Greenberger, Horne & Zeilinger, 1989).
    public static func ghz(qubitCount: Int) throws -> StateVector {
        var s = try StateVector(qubitCount: qubitCount)
        let r = Complex<Double>(0.5.squareRoot(), 0)
        s.amplitudes[0] = r
        s.amplitudes[s.dimension - 1] = r
        return s
    }

    /// A Haar-random pure state: i.i.d. standard complex Gaussian amplitudes (Box–Muller),
    /// normalized — the standard construction of the unitarily invariant measure
    /// (Życzkowski & Sommers, J. Phys. A 34 (2001) 7111).
    public static func random(qubitCount: Int, using rng: inout some RandomNumberGenerator) throws -> StateVector {
        try validateQubitCount(qubitCount, maximum: maximumQubitCount, simulator: "StateVector")
        let dim = 1 << qubitCount
        var a = [Complex<Double>](repeating: .zero, count: dim)
        for i in 0..<dim {
            // u1 ∈ (0, 1] so that log(u1) is finite.
            let u1 = 1 - Double.random(in: 0..<1, using: &rng)
            let u2 = Double.random(in: 0..<1, using: &rng)
            let radius = (-2 * Double.log(u1)).squareRoot()
            a[i] = Complex(radius * Double.cos(2 * .pi * u2), radius * Double.sin(2 * .pi * u2))
        }
        return try StateVector(normalizing: a)
    }

    // MARK: Validation

    func checkQubit(_ q: Int) throws {
        guard q >= 0 && q < qubitCount else { throw SimulationError.invalidQubit(qubit: q, qubitCount: qubitCount) }
    }

    /// Bit position of qubit `q` in a basis index (qubit 0 is the most significant bit).
    @inline(__always)
    func bit(_ q: Int) -> Int { qubitCount - 1 - q }

    // MARK: Gates

    /// Applies a one-qubit gate to `qubit`.
    public mutating func apply(_ gate: SingleQubitGate, to qubit: Int) throws {
        try checkQubit(qubit)
        AmplitudeKernels.apply2x2(&amplitudes, bit: bit(qubit), gate.u00, gate.u01, gate.u10, gate.u11)
    }

    /// Applies `gate` to `target` on the subspace where `control` is `|1⟩`.
    public mutating func applyControlled(_ gate: SingleQubitGate, control: Int, target: Int) throws {
        try checkQubit(control)
        try checkQubit(target)
        guard control != target else { throw SimulationError.repeatedQubit(qubit: control) }
        AmplitudeKernels.apply2x2(&amplitudes, bit: bit(target), gate.u00, gate.u01, gate.u10, gate.u11,
                                  controlMask: 1 << bit(control))
    }

    /// Applies a two-qubit gate to the ordered pair `(first, second)`.
    public mutating func apply(_ gate: TwoQubitGate, to first: Int, _ second: Int) throws {
        try checkQubit(first)
        try checkQubit(second)
        guard first != second else { throw SimulationError.repeatedQubit(qubit: first) }
        AmplitudeKernels.apply4x4(&amplitudes, firstBit: bit(first), secondBit: bit(second), gate.elements)
    }

    /// Exchanges qubits `a` and `b` (amplitudes are permuted, no arithmetic).
    public mutating func applySWAP(_ a: Int, _ b: Int) throws {
        try checkQubit(a)
        try checkQubit(b)
        guard a != b else { throw SimulationError.repeatedQubit(qubit: a) }
        AmplitudeKernels.swapBits(&amplitudes, bit(a), bit(b))
    }

    // MARK: Linear algebra

    /// `⟨ψ|ψ⟩ = Σ|a_i|²`.
    public var normSquared: Double {
        var s = 0.0
        amplitudes.withUnsafeBufferPointer { a in
            for z in a { s += z.real * z.real + z.imaginary * z.imaginary }
        }
        return s
    }

    /// `‖ψ‖ = √⟨ψ|ψ⟩`.
    public var norm: Double { normSquared.squareRoot() }

    /// The inner product `⟨self|other⟩ = Σ conj(self_i)·other_i` (antilinear in `self`).
    public func innerProduct(with other: StateVector) throws -> Complex<Double> {
        guard other.qubitCount == qubitCount else {
            throw SimulationError.dimensionMismatch(what: "inner product (qubit counts)", expected: qubitCount, actual: other.qubitCount)
        }
        var s = Complex<Double>.zero
        for i in 0..<dimension { s += amplitudes[i].conjugate * other.amplitudes[i] }
        return s
    }

    /// The fidelity `|⟨self|other⟩|²` of two pure states.
    public func fidelity(with other: StateVector) throws -> Double {
        try innerProduct(with: other).lengthSquared
    }

    /// The product state `self ⊗ other`: `self`'s qubits become qubits `0…n₁−1`, `other`'s
    /// become `n₁…n₁+n₂−1`. Amplitude `(i, j) ↦ i·2^{n₂} + j` is the single product `a_i·b_j`.
    public func tensorProduct(_ other: StateVector) throws -> StateVector {
        let n = qubitCount + other.qubitCount
        try StateVector.validateQubitCount(n, maximum: StateVector.maximumQubitCount, simulator: "StateVector")
        var a = [Complex<Double>](repeating: .zero, count: 1 << n)
        let d2 = other.dimension
        for i in 0..<dimension {
            let x = amplitudes[i]
            for j in 0..<d2 { a[i * d2 + j] = x * other.amplitudes[j] }
        }
        return StateVector(unchecked: n, a)
    }

    // MARK: Observables

    /// `⟨ψ|P|ψ⟩` for a Pauli string `P` (real part; the imaginary part is rounding noise for a
    /// Hermitian `P`). Cost O(2ⁿ), no matrix is formed. Throws if `P` acts outside the register.
    public func expectation(_ pauli: PauliString) throws -> Double {
        let m = try pauli.masks(qubitCount: qubitCount)
        return AmplitudeKernels.pauliExpectation(amplitudes, flip: m.flip, sign: m.sign, yCount: m.yCount).real
    }

    /// `⟨ψ|P|ψ⟩` for a Pauli string given as text (`"XZI"`: character `k` acts on qubit `k`).
    public func expectation(_ pauliString: String) throws -> Double {
        try expectation(PauliString(pauliString))
    }

    /// `⟨ψ|O|ψ⟩ = Σ_k c_k ⟨ψ|P_k|ψ⟩` for a weighted sum of Pauli strings.
    public func expectation(_ observable: PauliSum) throws -> Double {
        var s = 0.0
        for term in observable.terms { s += term.coefficient * (try expectation(term.string)) }
        return s
    }
}
