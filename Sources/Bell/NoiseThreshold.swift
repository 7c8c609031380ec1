import Exact

/// The critical visibility under white noise (`bell.noise-threshold`). Mixing a strategy's
/// state with the maximally mixed state, `ρ_v = vρ + (1 − v)I/D`, scales every correlator and
/// marginal by v and leaves the constant term c₀₀; so a correlator functional's value is
/// `c₀₀ + v(Q − c₀₀)` and it exceeds the local bound L iff `v > v* = (L − c₀₀)/(Q − c₀₀)`
/// (= L/Q when c₀₀ = 0). Given an enclosure of Q, the result contains v*.
///
/// Reference: e.g. D. Kaszlikowski et al., PRL 85 (2000) 4418 (visibility thresholds); CHSH:
/// v* = 1/√2.
public enum NoiseThreshold {
    public static func criticalVisibility(local: Rational, quantum: Interval, constant: Rational = 0) throws(BellError) -> Interval {
        let gap = quantum - constant
        guard gap.isGreater(than: Rational()) == .true else {
            throw .invalid("the quantum value does not exceed the constant term: expected a violating strategy")
        }
        return try! (try! Interval(local - constant, precision: quantum.precision)) / gap
    }
}
