//===--- PauliSum.swift ------------------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

/// A Hermitian observable written as a real linear combination of Pauli strings,
/// `O = Σ_k c_k P_k` (for example a Hamiltonian, or a Bell operator such as
/// `A0⊗B0 + A0⊗B1 + A1⊗B0 − A1⊗B1`).
///
/// Its expectation value is `Σ_k c_k ⟨P_k⟩`, accumulated in the order of `terms`.
public struct PauliSum: Sendable, Hashable {
    /// One term `coefficient · string`.
    public struct Term: Sendable, Hashable {
        public let coefficient: Double
        public let string: PauliString
    }

    /// The terms, in the order given (not merged).
    public let terms: [Term]

    /// A sum of `(coefficient, Pauli string)` terms; throws on a non-finite coefficient.
    public init(_ terms: [(coefficient: Double, string: PauliString)]) throws {
        for t in terms where !t.coefficient.isFinite {
            throw SimulationError.nonFiniteValue(what: "Pauli-sum coefficient of \(t.string)")
        }
        self.terms = terms.map { Term(coefficient: $0.coefficient, string: $0.string) }
    }

    /// A sum of `(coefficient, text)` terms, each text parsed as a ``PauliString``.
    public init(_ terms: [(coefficient: Double, string: String)]) throws {
        try self.init(try terms.map { (coefficient: $0.coefficient, string: try PauliString($0.string)) })
    }
}
