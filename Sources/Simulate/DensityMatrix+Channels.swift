//===--- DensityMatrix+Channels.swift ----------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

import Numerics

/// Noise channels (Nielsen & Chuang §8.3; Kraus, *States, Effects, and Operations*, 1983).
///
/// **Depolarizing convention.** The one-qubit depolarizing channel with parameter `p` is
///
///     ρ ↦ (1 − p) ρ + (p/3) (XρX + YρY + ZρZ),
///
/// i.e. each Pauli error with probability `p/3` (N&C eq. (8.102)). It multiplies every
/// one-qubit Bloch component by `1 − 4p/3`: `⟨Z⟩ ↦ (1 − 4p/3)⟨Z⟩`; `p = 3/4` gives `I/2`.
/// (Some papers write `(1 − λ)ρ + λ I/2`; then `λ = 4p/3`.)
///
/// The two-qubit depolarizing channel is `ρ ↦ (1 − p) ρ + (p/15) Σ_{P ≠ II} PρP`, each of
/// the 15 non-identity two-qubit Paulis with probability `p/15`; it multiplies every
/// non-identity two-qubit Pauli expectation by `1 − 16p/15`.
extension DensityMatrix {
    /// Default tolerance on `max |Σ K†K − I|` for caller-supplied Kraus operators.
    public static let defaultKrausTolerance = 1e-10

    static func checkProbability(_ p: Double, _ what: String) throws {
        guard p.isFinite else { throw SimulationError.nonFiniteValue(what: what) }
        guard p >= 0 && p <= 1 else {
            throw SimulationError.invalidParameter(what: what, value: p, expected: "a probability in [0, 1]")
        }
    }

    /// Applies the one-qubit channel `ρ ↦ Σ_k w_k K_k ρ K_k†` through its superoperator
    /// `S = Σ_k w_k K_k ⊗ K̄_k` on the (row, column) copies of `qubit`. Weights avoid the
    /// rounding of `√w` in the Kraus operators.
    mutating func applyWeightedKraus(_ ops: [(weight: Double, k: [Complex<Double>])], to qubit: Int) {
        var s = [Complex<Double>](repeating: .zero, count: 16)
        for (w, k) in ops where w != 0 {
            for a in 0..<2 {
                for b in 0..<2 {
                    for c in 0..<2 {
                        for d in 0..<2 {
                            // (K ⊗ K̄)[(a,b),(c,d)] = K[a,c]·conj(K[b,d])
                            s[(2 * a + b) * 4 + (2 * c + d)] += (k[2 * a + c] * k[2 * b + d].conjugate).multiplied(by: w)
                        }
                    }
                }
            }
        }
        AmplitudeKernels.apply4x4(&elements, firstBit: rowBit(qubit), secondBit: columnBit(qubit), s)
    }

    /// Applies the two-qubit channel `ρ ↦ Σ_k w_k K_k ρ K_k†` by summing conjugated copies.
    mutating func applyWeightedKraus(_ ops: [(weight: Double, k: [Complex<Double>])], to first: Int, _ second: Int) {
        var accumulated = [Complex<Double>](repeating: .zero, count: elements.count)
        for (w, k) in ops where w != 0 {
            var copy = elements
            AmplitudeKernels.apply4x4(&copy, firstBit: rowBit(first), secondBit: rowBit(second), k)
            AmplitudeKernels.apply4x4(&copy, firstBit: columnBit(first), secondBit: columnBit(second), k.map(\.conjugate))
            for i in 0..<copy.count { accumulated[i] += copy[i].multiplied(by: w) }
        }
        elements = accumulated
    }

    static func pauliMatrix(_ p: Pauli) -> [Complex<Double>] {
        let g = p.gate
        return [g.u00, g.u01, g.u10, g.u11]
    }

    /// The Pauli channel `ρ ↦ (1 − px − py − pz) ρ + px XρX + py YρY + pz ZρZ` on `qubit`.
    /// Each probability must lie in `[0, 1]` and `px + py + pz ≤ 1` (up to `1e−12`).
    public mutating func applyPauliChannel(px: Double, py: Double, pz: Double, to qubit: Int) throws {
        try checkQubit(qubit)
        try DensityMatrix.checkProbability(px, "Pauli channel probability px")
        try DensityMatrix.checkProbability(py, "Pauli channel probability py")
        try DensityMatrix.checkProbability(pz, "Pauli channel probability pz")
        let total = px + py + pz
        guard total <= 1 + 1e-12 else {
            throw SimulationError.invalidParameter(what: "px + py + pz", value: total, expected: "at most 1")
        }
        applyWeightedKraus([(max(0, 1 - total), DensityMatrix.pauliMatrix(.identity)),
                            (px, DensityMatrix.pauliMatrix(.x)),
                            (py, DensityMatrix.pauliMatrix(.y)),
                            (pz, DensityMatrix.pauliMatrix(.z))], to: qubit)
    }

    /// The one-qubit depolarizing channel `ρ ↦ (1 − p)ρ + (p/3)(XρX + YρY + ZρZ)`, `p ∈ [0, 1]`
    /// (see the convention above: `⟨Z⟩ ↦ (1 − 4p/3)⟨Z⟩`).
    public mutating func applyDepolarizing(probability p: Double, to qubit: Int) throws {
        try DensityMatrix.checkProbability(p, "depolarizing probability")
        try applyPauliChannel(px: p / 3, py: p / 3, pz: p / 3, to: qubit)
    }

    /// The dephasing (phase-flip) channel `ρ ↦ (1 − p)ρ + p ZρZ`: off-diagonal entries in
    /// `qubit` shrink by `1 − 2p`.
    public mutating func applyDephasing(probability p: Double, to qubit: Int) throws {
        try applyPauliChannel(px: 0, py: 0, pz: p, to: qubit)
    }

    /// Amplitude damping with decay probability `γ ∈ [0, 1]` (N&C eq. (8.108)): Kraus operators
    /// `K0 = [[1, 0], [0, √(1−γ)]]`, `K1 = [[0, √γ], [0, 0]]`. The excited population shrinks by
    /// `1 − γ` and coherences by `√(1 − γ)`.
    public mutating func applyAmplitudeDamping(gamma: Double, to qubit: Int) throws {
        try checkQubit(qubit)
        try DensityMatrix.checkProbability(gamma, "amplitude-damping γ")
        let k0: [Complex<Double>] = [.one, .zero, .zero, Complex((1 - gamma).squareRoot(), 0)]
        let k1: [Complex<Double>] = [.zero, Complex(gamma.squareRoot(), 0), .zero, .zero]
        applyWeightedKraus([(1, k0), (1, k1)], to: qubit)
    }

    /// The two-qubit depolarizing channel `ρ ↦ (1 − p)ρ + (p/15) Σ_{P≠II} PρP` on `(first, second)`.
    public mutating func applyTwoQubitDepolarizing(probability p: Double, to first: Int, _ second: Int) throws {
        try checkQubit(first)
        try checkQubit(second)
        guard first != second else { throw SimulationError.repeatedQubit(qubit: first) }
        try DensityMatrix.checkProbability(p, "two-qubit depolarizing probability")
        var ops: [(weight: Double, k: [Complex<Double>])] = []
        for a in Pauli.allCases {
            for b in Pauli.allCases {
                let k = ComplexMatrix.kron(a.gate.matrix, b.gate.matrix).elements
                let weight = (a == .identity && b == .identity) ? 1 - p : p / 15
                ops.append((weight, k))
            }
        }
        applyWeightedKraus(ops, to: first, second)
    }

    static func krausDeviation(_ operators: [ComplexMatrix], side: Int) throws -> Double {
        var sum = try ComplexMatrix(rowCount: side, columnCount: side,
                                    elements: [Complex<Double>](repeating: .zero, count: side * side))
        for k in operators {
            guard k.rowCount == side && k.columnCount == side else {
                throw SimulationError.dimensionMismatch(what: "Kraus operator size (side)", expected: side, actual: k.rowCount)
            }
            sum = try sum.adding(try k.adjoint.multiplied(by: k))
        }
        var worst = 0.0
        for i in 0..<side {
            for j in 0..<side {
                worst = max(worst, (sum.elements[i * side + j] - (i == j ? .one : .zero)).length)
            }
        }
        return worst
    }

    /// A general one-qubit channel `ρ ↦ Σ_k K_k ρ K_k†` from `2 × 2` Kraus operators, which must
    /// satisfy `Σ K_k†K_k = I` within `tolerance` (entrywise).
    public mutating func applyKrausChannel(_ operators: [ComplexMatrix], to qubit: Int,
                                           tolerance: Double = DensityMatrix.defaultKrausTolerance) throws {
        try checkQubit(qubit)
        let deviation = try DensityMatrix.krausDeviation(operators, side: 2)
        guard deviation <= tolerance else { throw SimulationError.notTracePreserving(deviation: deviation, tolerance: tolerance) }
        applyWeightedKraus(operators.map { (1, $0.elements) }, to: qubit)
    }

    /// A general two-qubit channel from `4 × 4` Kraus operators on the ordered pair
    /// `(first, second)` (local basis `|ab⟩ ↦ 2a + b`, as for ``TwoQubitGate``).
    public mutating func applyKrausChannel(_ operators: [ComplexMatrix], to first: Int, _ second: Int,
                                           tolerance: Double = DensityMatrix.defaultKrausTolerance) throws {
        try checkQubit(first)
        try checkQubit(second)
        guard first != second else { throw SimulationError.repeatedQubit(qubit: first) }
        let deviation = try DensityMatrix.krausDeviation(operators, side: 4)
        guard deviation <= tolerance else { throw SimulationError.notTracePreserving(deviation: deviation, tolerance: tolerance) }
        applyWeightedKraus(operators.map { (1, $0.elements) }, to: first, second)
    }
}
