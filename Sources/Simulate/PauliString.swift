//===--- PauliString.swift ---------------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

/// A tensor product of Pauli operators, `P = ⊗_q σ_q`, with identity on every qubit not listed.
///
/// Written as text, character `k` acts on qubit `k`: `"XZI"` is `X` on qubit 0, `Z` on
/// qubit 1, identity on qubit 2 — the same left-to-right order as the ket `|q0 q1 q2⟩`
/// (qubit 0 is the most significant bit of a basis index; see ``StateVector``).
///
/// The simulators apply `P` to a basis state by bit operations,
/// `P|b⟩ = i^{#Y} · (−1)^{popcount(b ∧ (Zmask ∨ Ymask))} · |b ⊕ (Xmask ∨ Ymask)⟩`,
/// which follows from `X|b⟩ = |1−b⟩`, `Z|b⟩ = (−1)^b|b⟩`, `Y|b⟩ = i(−1)^b|1−b⟩`
/// (Aaronson & Gottesman, Phys. Rev. A 70 (2004) 052328, for the symplectic form).
public struct PauliString: Sendable, Hashable {
    /// The non-identity factors, keyed by qubit.
    public let operators: [Int: Pauli]

    /// The identity string (expectation value 1 in every normalized state).
    public static let identity = PauliString(unchecked: [:])

    init(unchecked operators: [Int: Pauli]) {
        self.operators = operators
    }

    /// Parses a string of `I`, `X`, `Y`, `Z` (character `k` acts on qubit `k`).
    public init(_ text: String) throws {
        var ops: [Int: Pauli] = [:]
        for (k, ch) in text.enumerated() {
            guard let p = Pauli(ch) else { throw SimulationError.invalidPauliString(text) }
            if p != .identity { ops[k] = p }
        }
        operators = ops
    }

    /// Builds a string from `(qubit, Pauli)` factors; throws on a negative or repeated qubit.
    public init(_ factors: [(qubit: Int, pauli: Pauli)]) throws {
        var ops: [Int: Pauli] = [:]
        var seen = Set<Int>()
        for (q, p) in factors {
            guard q >= 0 else {
                throw SimulationError.invalidSize(what: "qubit index in a Pauli string", value: q, expected: "a non-negative integer")
            }
            guard seen.insert(q).inserted else { throw SimulationError.repeatedQubit(qubit: q) }
            if p != .identity { ops[q] = p }
        }
        operators = ops
    }

    /// Number of non-identity factors.
    public var weight: Int { operators.count }

    /// The Pauli acting on `qubit` (identity if not listed).
    public func pauli(on qubit: Int) -> Pauli { operators[qubit] ?? .identity }

    /// Bit masks for a register of `qubitCount` qubits: `flip` = X∨Y positions,
    /// `sign` = Z∨Y positions, and the number of `Y` factors. Throws if a factor acts on a
    /// qubit outside the register.
    func masks(qubitCount: Int) throws -> (flip: Int, sign: Int, yCount: Int) {
        var flip = 0, sign = 0, ys = 0
        for (q, p) in operators {
            guard q < qubitCount else { throw SimulationError.invalidQubit(qubit: q, qubitCount: qubitCount) }
            let bit = 1 << (qubitCount - 1 - q)
            switch p {
            case .identity: break
            case .x: flip |= bit
            case .z: sign |= bit
            case .y: flip |= bit; sign |= bit; ys += 1
            }
        }
        return (flip, sign, ys)
    }
}
