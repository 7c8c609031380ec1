/// The vector norm in which a Carleman bound is stated (matrices get the induced norm).
///
/// Every bound QBounds certifies holds in either: the proofs use only `‖x ⊗ y‖ = ‖x‖‖y‖`,
/// `‖I ⊗ F ⊗ I‖ = ‖F‖`, subadditivity of the logarithmic norm over Kronecker sums, and
/// `‖e^{At}‖ ≤ e^{μ(A)t}` — all true for the 2-norm and for the ∞-norm.
/// - `.two`: `‖F‖₂ = σ_max`, `μ₂(F) = λ_max((F + Fᵀ)/2)` — the papers' norm (Liu et al. 2021).
/// - `.infinity`: `‖F‖_∞` = largest absolute row sum, `μ_∞(F) = maxᵢ (Fᵢᵢ + Σ_{j≠i} |Fᵢⱼ|)` —
///   exact rationals, the norm of CarlemanLinearization.jl's test vectors (Forets & Pouly 2017).
public enum CarlemanNorm: String, Sendable, Hashable, Codable, CaseIterable {
    case two = "2"
    case infinity = "inf"
}
