//===--- BellState.swift -----------------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

/// The four maximally entangled two-qubit Bell states (Nielsen & Chuang eq. (1.29)):
/// `|Φ±⟩ = (|00⟩ ± |11⟩)/√2`, `|Ψ±⟩ = (|01⟩ ± |10⟩)/√2`.
public enum BellState: Sendable, Hashable, CaseIterable {
    case phiPlus, phiMinus, psiPlus, psiMinus
}
