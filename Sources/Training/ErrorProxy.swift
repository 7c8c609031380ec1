import Foundation

/// The error proxy of the seed paper's Eqs. 7–8 (statement `"discrete.error-proxy"`,
/// proofs/discrete.error-proxy.md) for a finite spectrum:
///
///   `P(t) = (1/N_c) Σ_{|a_i| ≥ cut} |1 + a_i|^t`,  `N_c = #{i : |a_i| ≥ cut}`,  cut = 0.4,
///
/// i.e. Eq. 7 with the empirical density `ρ(a) = Σ_i δ(a − a_i)` and N_c from Eq. 8, so P(0) = 1.
/// The paper defines a as the negative of a Hessian eigenvalue h; Eq. 7 has no learning rate.
/// ``init(hessianEigenvalues:scale:cut:)`` takes `a_i = −s·h_i`: s = η gives the per-step factor
/// `1 − ηh` of linearised gradient descent (what we use by default), s = 1 is Eq. 7 literally.
///
/// Behaviour (proved in the proof file): if every retained `a_i ∈ [−2, 0]`, P is non-increasing,
/// and it tends to 0 if every retained `a_i ∈ (−2, 0)`; if some retained `a_i > 0` or `a_i < −2`,
/// `P(t) ≥ ρ^t / N_c` with `ρ = max|1 + a_i| > 1` (exponential growth).
///
/// Floats explore here: this is a heuristic of the seed paper evaluated in Double, not a bound.
/// Reference: J. Liu et al., "Towards provably efficient quantum algorithms for large-scale
/// machine-learning models", Nat. Commun. 15, 434 (2024), Eqs. 7–8 and Fig. 2b.
public struct ErrorProxy: Sendable, Equatable {
    /// The statement id this type implements.
    public static let statement = "discrete.error-proxy"
    /// The seed paper's cut on |a|.
    public static let defaultCut = 0.4

    /// The cut: eigenvalues with `|a| < cut` are discarded.
    public let cut: Double
    /// The retained `a_i` (those with `|a_i| ≥ cut`), in the order given.
    public let retained: [Double]
    /// How many a_i the cut discarded.
    public let discarded: Int

    /// The proxy of the spectrum `a` (finite values).
    public init(a: [Double], cut: Double = ErrorProxy.defaultCut) throws(TrainingError) {
        guard cut.isFinite, cut >= 0 else { throw .invalid("proxy cut \(cut): expected a finite value ≥ 0") }
        guard a.allSatisfy(\.isFinite) else { throw .invalid("proxy: every a_i must be finite") }
        self.cut = cut
        retained = a.filter { abs($0) >= cut }
        discarded = a.count - retained.count
    }

    /// The proxy with `a_i = −scale · h_i` for Hessian eigenvalues `h_i` (scale = η, or 1 for Eq. 7 literally).
    public init(hessianEigenvalues h: [Double], scale: Double, cut: Double = ErrorProxy.defaultCut) throws(TrainingError) {
        guard scale.isFinite, scale > 0 else { throw .invalid("proxy scale \(scale): expected a finite value > 0") }
        try self.init(a: h.map { -scale * $0 }, cut: cut)
    }

    /// N_c, the number of retained eigenvalues.
    public var normalisation: Int { retained.count }

    /// `max_i |1 + a_i|` over the retained a_i (nil if none): `P(t)^{1/t}` tends to it.
    public var growthFactor: Double? { retained.map { abs(1 + $0) }.max() }

    /// True when every retained `a_i ∈ (−2, 0)` (all modes dissipative: P decreases to 0).
    public var isDissipative: Bool { !retained.isEmpty && retained.allSatisfy { $0 > -2 && $0 < 0 } }

    /// The retained a_i with `|1 + a_i| > 1` (`a_i > 0` or `a_i < −2`): the divergent modes.
    public var divergentCount: Int { retained.filter { abs(1 + $0) > 1 }.count }

    /// `log₁₀ P(t)` computed in the log domain (no overflow for large t); nil when no eigenvalue
    /// is retained (N_c = 0, P undefined) or t < 0; −∞ when P(t) = 0 exactly.
    public func log10Value(at t: Int) -> Double? {
        guard !retained.isEmpty, t >= 0 else { return nil }
        if t == 0 { return 0 }
        let logs = retained.map { log(abs(1 + $0)) }   // −∞ for a_i = −1
        let top = logs.max()!
        if top == -Double.infinity { return -Double.infinity }
        let tt = Double(t)
        var sum = 0.0
        for l in logs { sum += exp(tt * (l - top)) }
        return (tt * top + log(sum) - log(Double(retained.count))) / log(10.0)
    }

    /// P(t) (`+∞` if it overflows a Double); nil when N_c = 0 or t < 0. P(0) = 1.
    public func value(at t: Int) -> Double? {
        guard !retained.isEmpty, t >= 0 else { return nil }
        if t == 0 { return 1 }
        var sum = 0.0
        for a in retained { sum += pow(abs(1 + a), Double(t)) }
        let direct = sum / Double(retained.count)
        if direct.isFinite { return direct }
        return log10Value(at: t).map { pow(10, $0) }
    }
}
