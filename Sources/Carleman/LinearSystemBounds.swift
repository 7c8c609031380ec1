import Exact

/// Certified upper bounds on the size and conditioning of the seed's Eq. 6 system
/// (`discrete.linear-system`, proofs/discrete.linear-system.md (b)–(d)): for the block lower
/// bidiagonal L with T + 1 block rows, I on the diagonal and −P below it, and any ρ ≥ ‖P‖
/// in a submultiplicative norm,
///
///     ‖L‖ ≤ 1 + ρ,   ‖L⁻¹‖ ≤ Σ_{k=0..T} ρ^k,   κ(L) = ‖L‖‖L⁻¹‖ ≤ (1 + ρ) Σ_{k=0..T} ρ^k.
///
/// (L = I − S⊗P with S the block shift, S^{T+1} = 0, so L⁻¹ = Σ_{k≤T} S^k⊗P^k.) Each bound is
/// an MPFR interval whose upper end is the certified bound: the sum is evaluated by Horner's
/// rule, s ← 1 + ρ·s, T times, rounded outward, so the upper end is ≥ the exact rational value.
/// The rational ρ^T itself is never formed (its size grows linearly in T).
public struct LinearSystemBounds: Sendable {
    /// Encloses 1 + ρ.
    public let norm: Interval
    /// Encloses Σ_{k=0..T} ρ^k.
    public let inverseNorm: Interval
    /// Encloses (1 + ρ)·Σ_{k=0..T} ρ^k.
    public let condition: Interval

    /// - Parameters:
    ///   - rho: an upper bound of ‖P‖ (for `gd check`, the upper end of the enclosure of ‖I + A_N‖₂).
    ///   - steps: T ≥ 0.
    public init(rho: Rational, steps: Int, precision: Int = 128) throws(ExactError) {
        guard rho.signum >= 0 else { throw .domain("ρ = \(rho): expected an upper bound of a norm, ρ ≥ 0") }
        guard steps >= 0, steps <= 1_000_000 else { throw .sizeOutOfRange(what: "steps T", value: "\(steps)", allowed: "0…1000000") }
        let one = try Interval(Rational(1), precision: precision), r = try Interval(rho, precision: precision)
        var sum = one
        for _ in 0..<steps { sum = one + r * sum }
        norm = one + r
        inverseNorm = sum
        condition = norm * sum
    }
}
