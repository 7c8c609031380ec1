import _ExactShims

/// A closed real interval [lo, hi] with MPFR endpoints at a stated precision, computed with
/// outward rounding: every operation rounds its lower endpoint toward −∞ and its upper endpoint
/// toward +∞, so **the result contains the exact value of the operation applied to any points
/// of the operands** (the inclusion property of interval arithmetic; Moore, Kearfott & Cloud,
/// *Introduction to Interval Analysis*, SIAM 2009, ch. 4; the same contract as Arb's balls).
///
/// Endpoints are finite (MPFR's exponent range is about ±2^62, so overflow cannot occur in
/// practice) and `lo ≤ hi` always holds. Results take the larger precision of their operands.
/// No global MPFR state is used: precision is carried by the value and rounding is passed to
/// every call, so intervals are safe across tasks and threads.
public struct Interval: @unchecked Sendable {
    @usableFromInline var box: IntervalBox
    @inlinable var lo: Endpoint { Endpoint(box: box, p: box.lo) }
    @inlinable var hi: Endpoint { Endpoint(box: box, p: box.hi) }

    /// Both endpoints must come from one `Interval.boxes(_:)` call (one storage block).
    @inlinable init(lo: Endpoint, hi: Endpoint) {
        assert(lo.box === hi.box, "interval endpoints must share one storage block")
        self.box = lo.box
    }

    /// The working precision in bits.
    @inlinable public var precision: Int { Int(qb_mpfr_get_prec(box.lo)) }   // both endpoints share it

    @usableFromInline static func checkedPrecision(_ p: Int) throws(ExactError) -> Int {
        guard ExactLimits.precisionRange.contains(p) else {
            throw .sizeOutOfRange(what: "precision", value: "\(p)",
                                  allowed: "\(ExactLimits.precisionRange.lowerBound)…\(ExactLimits.precisionRange.upperBound) bits")
        }
        return p
    }

    /// The smallest interval at `precision` bits that contains the rational `q`.
    public init(_ q: Rational, precision: Int = 128) throws(ExactError) {
        let p = try Interval.checkedPrecision(precision)
        let (l, h) = Interval.boxes(p)
        _ = qb_mpfr_set_q(l.p, q.box.p, qb_rndd())
        _ = qb_mpfr_set_q(h.p, q.box.p, qb_rndu())
        self.init(lo: l, hi: h)
    }

    /// The interval containing the integer `n`.
    public init(_ n: Int, precision: Int = 128) throws(ExactError) {
        try self.init(Rational(n), precision: precision)
    }

    /// The smallest interval at `precision` bits containing the exact value of the double `x`
    /// (a point when precision ≥ 53). Throws for NaN and ±∞.
    public init(_ x: Double, precision: Int = 128) throws(ExactError) {
        try self.init(Rational(exactly: x), precision: precision)
    }

    /// The smallest interval at `precision` bits containing [lower, upper]. Throws if lower > upper.
    public init(lower: Rational, upper: Rational, precision: Int = 128) throws(ExactError) {
        guard lower <= upper else {
            throw .domain("interval endpoints must satisfy lower ≤ upper, got [\(lower), \(upper)]")
        }
        let p = try Interval.checkedPrecision(precision)
        let (l, h) = Interval.boxes(p)
        _ = qb_mpfr_set_q(l.p, lower.box.p, qb_rndd())
        _ = qb_mpfr_set_q(h.p, upper.box.p, qb_rndu())
        self.init(lo: l, hi: h)
    }

    /// An enclosure of π at `precision` bits (MPFR's correctly rounded constant, rounded both ways).
    public static func pi(precision: Int = 128) throws(ExactError) -> Interval {
        let p = try checkedPrecision(precision)
        let (l, h) = Interval.boxes(p)
        _ = qb_mpfr_const_pi(l.p, qb_rndd()); _ = qb_mpfr_const_pi(h.p, qb_rndu())
        return Interval(lo: l, hi: h)
    }

    // MARK: Endpoints

    /// The lower endpoint, exactly (an MPFR number is a dyadic rational).
    public var lower: Rational { Interval.rational(lo) }
    /// The upper endpoint, exactly.
    public var upper: Rational { Interval.rational(hi) }
    /// hi − lo, exactly.
    public var width: Rational { upper - lower }
    /// (lo + hi)/2, exactly.
    public var midpoint: Rational { (lower + upper).timesPowerOfTwo(-1) }
    /// The lower endpoint rounded down to a Double (a valid lower bound).
    public var lowerDouble: Double { qb_mpfr_get_d(lo.p, qb_rndd()) }
    /// The upper endpoint rounded up to a Double (a valid upper bound).
    public var upperDouble: Double { qb_mpfr_get_d(hi.p, qb_rndu()) }
    /// True when both endpoints are MPFR numbers (neither infinite nor NaN): the interval is a
    /// bounded enclosure. Decided on the MPFR values, never through a Double (a bounded
    /// interval may still be wider than Double's range).
    public var isBounded: Bool { qb_mpfr_number_p(lo.p) != 0 && qb_mpfr_number_p(hi.p) != 0 }

    @usableFromInline static func rational(_ x: Endpoint) -> Rational {
        let q = MPQBox.make()
        _ = qb_mpfr_get_q_checked(q.p, x.p)   // endpoints are finite by construction
        return Rational(box: q)
    }

    /// True when the interval contains the rational q.
    public func contains(_ q: Rational) -> Bool { lower <= q && q <= upper }
    /// True when `other` lies inside self.
    public func contains(_ other: Interval) -> Bool {
        qb_mpfr_cmp(lo.p, other.lo.p) <= 0 && qb_mpfr_cmp(other.hi.p, hi.p) <= 0
    }
    /// True when the intervals share a point.
    public func overlaps(_ other: Interval) -> Bool {
        qb_mpfr_cmp(lo.p, other.hi.p) <= 0 && qb_mpfr_cmp(other.lo.p, hi.p) <= 0
    }
    /// True when 0 is in the interval.
    public var containsZero: Bool { qb_mpfr_sgn(lo.p) <= 0 && qb_mpfr_sgn(hi.p) >= 0 }

    /// The smallest interval containing both (the convex hull).
    public func hull(_ other: Interval) -> Interval {
        let p = Swift.max(precision, other.precision)
        let (l, h) = Interval.boxes(p)
        _ = qb_mpfr_min(l.p, lo.p, other.lo.p, qb_rndd())
        _ = qb_mpfr_max(h.p, hi.p, other.hi.p, qb_rndu())
        return Interval(lo: l, hi: h)
    }

    // MARK: Three-valued comparisons

    /// Whether every point of self is < every point of other (.true), every point ≥ (.false),
    /// or neither can be said (.undecided).
    public func isLess(than other: Interval) -> Decision {
        if qb_mpfr_cmp(hi.p, other.lo.p) < 0 { return .true }
        if qb_mpfr_cmp(lo.p, other.hi.p) >= 0 { return .false }
        return .undecided
    }
    /// Whether x ≤ y for all points x of self, y of other (.true), x > y for all (.false), else undecided.
    public func isLessOrEqual(to other: Interval) -> Decision {
        if qb_mpfr_cmp(hi.p, other.lo.p) <= 0 { return .true }
        if qb_mpfr_cmp(lo.p, other.hi.p) > 0 { return .false }
        return .undecided
    }
    public func isLess(than q: Rational) -> Decision {
        if upper < q { return .true }
        if lower >= q { return .false }
        return .undecided
    }
    public func isLessOrEqual(to q: Rational) -> Decision {
        if upper <= q { return .true }
        if lower > q { return .false }
        return .undecided
    }
    public func isGreater(than q: Rational) -> Decision {
        if lower > q { return .true }
        if upper <= q { return .false }
        return .undecided
    }
    public func isGreaterOrEqual(to q: Rational) -> Decision {
        if lower >= q { return .true }
        if upper < q { return .false }
        return .undecided
    }
    /// .true only for the point interval [q, q]; .false when q is outside; else undecided.
    public func isEqual(to q: Rational) -> Decision {
        let l = lower, u = upper
        if q < l || q > u { return .false }
        return l == u ? .true : .undecided
    }
}
