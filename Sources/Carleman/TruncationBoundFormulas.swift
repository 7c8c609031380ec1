import Exact

/// The closed forms of the Carleman truncation bounds, evaluated with outward-rounded
/// intervals. Each function's result contains the exact value of the formula for every choice
/// of inputs inside the given enclosures; *whether* the formula bounds the truncation error is
/// decided by the hypotheses (`CarlemanAnalysis`), not here.
public enum TruncationBoundFormulas {
    /// `E_μ(t) = ∫₀ᵗ e^{μs} ds = (e^{μt} − 1)/μ` (and `t` for μ = 0), for exact μ and t ≥ 0.
    /// Increasing in μ and in t.
    public static func growth(mu: Rational, t: Rational, precision: Int) throws(ExactError) -> Interval {
        if mu.isZero { return try Interval(t, precision: precision) }
        let e = try Interval(mu * t, precision: precision).exp()
        return try (e - (try Interval(1, precision: precision))) / (try Interval(mu, precision: precision))
    }

    static func power(_ x: Interval, _ k: Int) -> Interval {
        var r = x
        for _ in 1..<Swift.max(k, 1) { r = r * x }
        return k == 0 ? (try! Interval(1, precision: x.precision)) : r
    }

    /// `carleman.liu-corollary`: `‖u_in‖ · R^N · (1 − e^{λt})^N`, `R = ‖u_in‖‖F2‖/|λ|`, for λ < 0
    /// (λ = Re λ1). Liu et al., PNAS 118 (2021) e2026805118, Corollary 1; CarlemanLinearization.jl
    /// `error_bound_specabs`. Throws if λ's enclosure is not negative.
    public static func liuCorollary(initialNorm x: Interval, quadraticNorm f2: Interval, lambda: Interval,
                                    order n: Int, t: Rational) throws(ExactError) -> Interval {
        guard lambda.isLess(than: Rational()) == .true else { throw .domain("the Liu corollary needs Re λ1 < 0") }
        let p = x.precision
        let r = try x * f2 / (try Interval(0, precision: p) - lambda)
        let decay = try Interval(1, precision: p) - (lambda * (try Interval(t, precision: p))).exp()
        return x * power(r, n) * power(decay, n)
    }

    /// `carleman.forets-pouly-apriori` (2-norm or ∞-norm form): `α (α f₂ E_μ(t))^N`, with α an
    /// upper bound of `sup_{s≤t} ‖u(s)‖`, f₂ ≥ ‖F2‖ and μ ≥ μ(F1). For μ < 0 and α = ‖u_in‖ this is
    /// the Liu corollary with μ in place of Re λ1. Forets & Pouly, arXiv:1711.02552, Thm 4.2.
    public static func apriori(alpha: Interval, quadraticNorm f2: Rational, logNorm mu: Rational,
                               order n: Int, t: Rational) throws(ExactError) -> Interval {
        let p = alpha.precision
        let g = try growth(mu: mu, t: t, precision: p)
        return alpha * power(alpha * (try Interval(f2, precision: p)) * g, n)
    }

    /// `carleman.forets-pouly-series`: with `β₀ = x f₂/f₁`, `E = e^{f₁t}`, `z = β₀(E − 1)`:
    /// `x E z^N/(1 − z)`, valid while z < 1. Returns nil when the enclosure of z is not below 1.
    /// Forets & Pouly, arXiv:1711.02552, Thm 4.3.
    public static func series(initialNorm x: Interval, linearNorm f1: Rational, quadraticNorm f2: Rational,
                              order n: Int, t: Rational) throws(ExactError) -> Interval? {
        guard f1.signum > 0 else { throw .domain("the series bound needs ‖F1‖ > 0") }
        let p = x.precision
        let one = try Interval(1, precision: p)
        let e = try Interval(f1 * t, precision: p).exp()
        let z = try x * (try Interval(f2, precision: p)) * (e - one) / (try Interval(f1, precision: p))
        guard z.isLess(than: Rational(1)) == .true else { return nil }
        return try x * e * power(z, n) / (one - z)
    }

    /// The series bound's radius `T* = ln(1 + f₁/(x f₂))/f₁` (nil = ∞ when x f₂ = 0).
    public static func seriesRadius(initialNorm x: Interval, linearNorm f1: Rational, quadraticNorm f2: Rational) throws(ExactError) -> Interval? {
        let p = x.precision
        let xf = x * (try Interval(f2, precision: p))
        guard xf.isGreater(than: Rational()) == .true else { return nil }
        let f = try Interval(f1, precision: p)
        return try ((try Interval(1, precision: p)) + f / xf).log() / f
    }

    /// The a-priori bound's radius: the time T* where `α f̄ E_μ(T*) = 1` (beyond it the bound
    /// grows with N). `T* = ln(1 + μ/(α f̄))/μ` when `1 + μ/(α f̄) > 0` (μ ≠ 0), `1/(α f̄)` for
    /// μ = 0, and nil (= ∞) when `α f̄ ≤ −μ` (then α f̄ E_μ(t) < 1 for all t).
    public static func aprioriRadius(alpha: Interval, quadraticNorm f2: Rational, logNorm mu: Rational) throws(ExactError) -> Interval? {
        let p = alpha.precision
        let af = alpha * (try Interval(f2, precision: p))
        guard af.isGreater(than: Rational()) == .true else { return nil }
        if mu.isZero { return try (try Interval(1, precision: p)) / af }
        let m = try Interval(mu, precision: p)
        let argument = (try Interval(1, precision: p)) + (try m / af)
        guard argument.isGreater(than: Rational()) == .true else { return nil }
        return try argument.log() / m
    }

    /// An upper bound on `sup_{0≤s≤T} ‖u(s)‖` from the comparison equation `r' = μ r + f₂ r² + f₀`
    /// … for f₀ = 0: `r(t) = x e^{μt}/(1 − x f₂ E_μ(t))` (Bernoulli), valid while the denominator
    /// is positive. Returns x itself when `μ + f₂x ≤ 0` (then r never increases), r(T) when the
    /// denominator is certified positive at T, and nil when no bound can be proven.
    /// Proof: proofs/carleman.forets-pouly-apriori.md.
    public static func aprioriStateBound(initialNorm x: Interval, quadraticNorm f2: Rational, logNorm mu: Rational,
                                         horizon T: Rational) throws(ExactError) -> (alpha: Interval, method: String)? {
        let p = x.precision
        let slope = x * (try Interval(f2, precision: p)) + (try Interval(mu, precision: p))
        if slope.isLessOrEqual(to: Rational()) == .true { return (x, "‖u‖ non-increasing: μ̄ + ‖F2‖‖u_in‖ ≤ 0") }
        let g = try growth(mu: mu, t: T, precision: p)
        let denominator = try Interval(1, precision: p) - x * (try Interval(f2, precision: p)) * g
        guard denominator.isGreater(than: Rational()) == .true else { return nil }
        let r = try x * (try Interval(mu * T, precision: p)).exp() / denominator
        // α = the upper end of the enclosure of max(x, r(T)), as an exact point.
        let top = Rational.max(x.upper, r.upper)
        return (try Interval(top, precision: p), "upper end of r(T) for r' = μ̄r + ‖F2‖r², r(0) = ‖u_in‖")
    }
}
