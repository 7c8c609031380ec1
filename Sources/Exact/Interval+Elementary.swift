import _ExactShims

// Elementary functions with outward rounding. MPFR computes each function correctly rounded in
// the requested direction (Fousse et al., ACM TOMS 33(2), 2007), so applying the function to an
// endpoint with RNDD (resp. RNDU) gives a valid lower (resp. upper) bound of its value there.
// On monotone functions the endpoint values bound the range; sin and cos need the extrema
// inside the interval, located with an enclosure of π (see `sin`).

extension Interval {
    private func monotoneIncreasing(_ f: (UnsafeMutablePointer<__mpfr_struct>, UnsafeMutablePointer<__mpfr_struct>, mpfr_rnd_t) -> Int32) -> Interval {
        let (l, h) = Interval.boxes(precision)
        _ = f(l.p, lo.p, qb_rndd()); _ = f(h.p, hi.p, qb_rndu())
        return Interval(lo: l, hi: h)
    }

    /// Contains √x for every x ≥ 0 in self. Throws if self is entirely negative. An interval
    /// that dips below 0 (typically from rounding) is treated as its nonnegative part.
    public func squareRoot() throws(ExactError) -> Interval {
        guard qb_mpfr_sgn(hi.p) >= 0 else { throw .domain("square root of the negative interval \(self)") }
        if qb_mpfr_sgn(lo.p) < 0 {
            let (l, h) = Interval.boxes(precision)
            qb_mpfr_set_zero(l.p, 1); _ = qb_mpfr_sqrt(h.p, hi.p, qb_rndu())
            return Interval(lo: l, hi: h)
        }
        return monotoneIncreasing { qb_mpfr_sqrt($0, $1, $2) }
    }

    /// Contains e^x for every x in self.
    public func exp() -> Interval { monotoneIncreasing { qb_mpfr_exp($0, $1, $2) } }

    /// Contains ln x for every x in self; throws unless self > 0.
    public func log() throws(ExactError) -> Interval {
        guard qb_mpfr_sgn(lo.p) > 0 else { throw .domain("logarithm needs a positive interval, got \(self)") }
        return monotoneIncreasing { qb_mpfr_log($0, $1, $2) }
    }

    /// Contains x^(p/q) for every x ≥ 0 in self, for a rational exponent with q > 0.
    /// Computed as (x^(1/q))^p with `mpfr_rootn_ui`, monotone on x ≥ 0.
    public func power(_ r: Rational) throws(ExactError) -> Interval {
        if r.isInteger, let n = r.numerator.intValue { return try power(n) }
        guard let q = r.denominator.intValue, let p = r.numerator.intValue,
              abs(p) <= 1_000_000, q <= 1_000_000 else {
            throw .sizeOutOfRange(what: "rational exponent", value: r.description,
                                  allowed: "numerator and denominator of at most 10^6")
        }
        guard qb_mpfr_sgn(hi.p) >= 0 else { throw .domain("fractional power of the negative interval \(self)") }
        let (l, h) = Interval.boxes(precision)
        if qb_mpfr_sgn(lo.p) < 0 { qb_mpfr_set_zero(l.p, 1) } else { _ = qb_mpfr_rootn_ui(l.p, lo.p, UInt(q), qb_rndd()) }
        _ = qb_mpfr_rootn_ui(h.p, hi.p, UInt(q), qb_rndu())
        return try Interval(lo: l, hi: h).power(p)
    }

    /// Contains sin x for every x in self.
    ///
    /// On a piece without interior extrema sin is monotone, so the endpoint values bound it. The
    /// maxima of sin sit at π/2 + 2kπ and the minima at −π/2 + 2kπ. With Π an enclosure of π, an
    /// integer k in the enclosure of (self − π/2)/(2π) means a maximum may lie inside, and the
    /// upper bound becomes 1; likewise for the minima. Deciding "may lie inside" with enclosures
    /// can only add extrema that are not there, which widens the result and never loses a value.
    public func sin() -> Interval {
        sinusoid(shift: 0) { qb_mpfr_sin($0, $1, $2) }
    }

    /// Contains cos x for every x in self (cos x = sin(x + π/2); extrema at kπ).
    public func cos() -> Interval {
        sinusoid(shift: 1) { qb_mpfr_cos($0, $1, $2) }
    }

    /// `shift` is 0 for sin (maxima at π/2 + 2kπ) and 1 for cos (maxima at 2kπ): maxima sit at
    /// (1 − shift)·π/2 + 2kπ and minima π further on.
    private func sinusoid(shift: Int, _ f: (UnsafeMutablePointer<__mpfr_struct>, UnsafeMutablePointer<__mpfr_struct>, mpfr_rnd_t) -> Int32) -> Interval {
        let p = precision + 16
        let pi = try! Interval.pi(precision: p)
        let twoPi = pi * (try! Interval(2, precision: p))
        let halfPi = try! pi / Rational(2)
        let x = self
        // t = (x − c)/(2π) for the maximum offset c; a maximum lies in x iff t contains an integer.
        func containsExtremum(offset: Interval) -> Bool {
            let t = try! (x - offset) / twoPi
            // Does [t.lo, t.hi] contain an integer? Yes iff ⌊t.hi⌋ ≥ ⌈t.lo⌉.
            return t.upper.floor >= t.lower.ceiling
        }
        let maxOffset = shift == 0 ? halfPi : (try! Interval(0, precision: p))
        let minOffset = maxOffset + pi
        // A wide interval contains a whole period: the range is [−1, 1].
        let hasMax = containsExtremum(offset: maxOffset)
        let hasMin = containsExtremum(offset: minOffset)
        let (l, h) = Interval.boxes(precision)
        let (a, b) = Interval.boxes(precision)
        _ = f(a.p, lo.p, qb_rndd()); _ = f(b.p, hi.p, qb_rndd())
        _ = qb_mpfr_min(l.p, a.p, b.p, qb_rndd())
        _ = f(a.p, lo.p, qb_rndu()); _ = f(b.p, hi.p, qb_rndu())
        _ = qb_mpfr_max(h.p, a.p, b.p, qb_rndu())
        if hasMax { _ = qb_mpfr_set_si(h.p, 1, qb_rndu()) }
        if hasMin { _ = qb_mpfr_set_si(l.p, -1, qb_rndd()) }
        // sin and cos never leave [−1, 1]; clamp the rounded endpoints there.
        if qb_mpfr_cmp_si(h.p, 1) > 0 { _ = qb_mpfr_set_si(h.p, 1, qb_rndu()) }
        if qb_mpfr_cmp_si(l.p, -1) < 0 { _ = qb_mpfr_set_si(l.p, -1, qb_rndd()) }
        return Interval(lo: l, hi: h)
    }

    /// An interval at a new precision that contains self (rounding outward if it shrinks).
    public func withPrecision(_ bits: Int) throws(ExactError) -> Interval {
        let p = try Interval.checkedPrecision(bits)
        let (l, h) = Interval.boxes(p)
        _ = qb_mpfr_set(l.p, lo.p, qb_rndd()); _ = qb_mpfr_set(h.p, hi.p, qb_rndu())
        return Interval(lo: l, hi: h)
    }
}
