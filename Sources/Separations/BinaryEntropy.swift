import Exact

/// Binary entropy and the information-theoretic one-way bounds built on it (statements
/// `"comm.index"` and `"comm.vc"`).
///
/// `H₂(ε) = −ε log₂ ε − (1 − ε) log₂(1 − ε)`, enclosed with MPFR intervals rounded outward.
/// INDEX_n: Alice holds x ∈ {0,1}ⁿ, Bob i ∈ [n], Bob must output xᵢ with error ≤ ε. Any one-way
/// randomized protocol, and any one-way quantum message (Nayak, FOCS 1999; Ambainis–Nayak–
/// Ta-Shma–Vazirani, J. ACM 49 (2002)), needs `(1 − H₂(ε))·n` (qu)bits; with shared entanglement
/// `(1 − H₂(ε))·n/2` (Klauck, Nayak, Ta-Shma, Zuckerman 2007).
public enum BinaryEntropy {
    /// Encloses H₂(ε) for a rational 0 ≤ ε ≤ 1 (H₂(0) = H₂(1) = 0 exactly).
    public static func h2(_ eps: Rational, precision: Int = 128) throws -> Interval {
        guard eps.signum >= 0, eps <= Rational(1) else { throw SeparationError.invalidArgument("expected 0 ≤ ε ≤ 1, got \(eps)") }
        if eps.isZero || eps == Rational(1) { return try Interval(0, precision: precision) }
        let e = try Interval(eps, precision: precision), f = try Interval(Rational(1) - eps, precision: precision)
        let ln2 = try Interval(2, precision: precision).log()
        return try (-(e * e.log()) - f * f.log()) / ln2
    }

    /// Encloses `(1 − H₂(ε))·n / sharing` where sharing = 1 (randomized or quantum one-way) or 2
    /// (with shared entanglement); requires 0 ≤ ε ≤ 1/2.
    public static func indexBound(n: Int, epsilon: Rational, entanglement: Bool = false, precision: Int = 128) throws -> Interval {
        guard n >= 1 else { throw SeparationError.invalidArgument("expected n ≥ 1") }
        guard epsilon <= (try Rational(1, 2)) else { throw SeparationError.invalidArgument("expected ε ≤ 1/2") }
        let one = try Interval(1, precision: precision)
        let v = (one - (try h2(epsilon, precision: precision))) * Rational(n)
        return entanglement ? try v / Rational(2) : v
    }
}
