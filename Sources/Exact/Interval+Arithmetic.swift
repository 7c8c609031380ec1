import _ExactShims

// Interval arithmetic with outward rounding (Moore, Kearfott & Cloud 2009, §4.1).
// Lower endpoints are computed with MPFR_RNDD and upper endpoints with MPFR_RNDU, so each result
// contains the exact result for every pair of points of the operands.

extension Interval {
    @inlinable @inline(__always)
    static func boxes(_ p: Int) -> (Endpoint, Endpoint) {
        let b = IntervalBox.make(precision: p)
        return (Endpoint(box: b, p: b.lo), Endpoint(box: b, p: b.hi))
    }

    /// [a.lo + b.lo ↓, a.hi + b.hi ↑]; contains x + y for all x ∈ a, y ∈ b.
    @inlinable public static func + (a: Interval, b: Interval) -> Interval {
        let (l, h) = boxes(Swift.max(a.precision, b.precision))
        _ = qb_mpfr_add(l.p, a.lo.p, b.lo.p, qb_rndd())
        _ = qb_mpfr_add(h.p, a.hi.p, b.hi.p, qb_rndu())
        return Interval(lo: l, hi: h)
    }
    /// [a.lo − b.hi ↓, a.hi − b.lo ↑]; contains x − y for all x ∈ a, y ∈ b.
    @inlinable public static func - (a: Interval, b: Interval) -> Interval {
        let (l, h) = boxes(Swift.max(a.precision, b.precision))
        _ = qb_mpfr_sub(l.p, a.lo.p, b.hi.p, qb_rndd())
        _ = qb_mpfr_sub(h.p, a.hi.p, b.lo.p, qb_rndu())
        return Interval(lo: l, hi: h)
    }
    /// [−hi, −lo] (exact).
    @inlinable public static prefix func - (a: Interval) -> Interval {
        let (l, h) = boxes(a.precision)
        _ = qb_mpfr_neg(l.p, a.hi.p, qb_rndd())
        _ = qb_mpfr_neg(h.p, a.lo.p, qb_rndu())
        return Interval(lo: l, hi: h)
    }

    /// Contains x·y for all x ∈ a, y ∈ b. Uses the sign cases of the endpoints so that only two
    /// products are rounded in the usual cases and four only when both operands straddle zero.
    @inlinable public static func * (a: Interval, b: Interval) -> Interval {
        let (l, h) = boxes(Swift.max(a.precision, b.precision))
        multiply(a, b, l, h)
        return Interval(lo: l, hi: h)
    }
    /// self = a · b, reusing self's storage when it is unshared, of the right precision and
    /// not an operand.
    @inlinable public mutating func setProduct(_ a: Interval, _ b: Interval) {
        let p = Swift.max(a.precision, b.precision)
        if !isKnownUniquelyReferenced(&box) || box === a.box || box === b.box || precision != p {
            box = IntervalBox.make(precision: p)
        }
        Interval.multiply(a, b, lo, hi)
    }
    @inlinable @inline(__always)
    static func multiply(_ a: Interval, _ b: Interval, _ l: Endpoint, _ h: Endpoint) {
        let al = a.lo.p, ah = a.hi.p, bl = b.lo.p, bh = b.hi.p
        let sal = qb_mpfr_sgn(al), sah = qb_mpfr_sgn(ah), sbl = qb_mpfr_sgn(bl), sbh = qb_mpfr_sgn(bh)
        let d = qb_rndd(), u = qb_rndu()
        if sal >= 0 {                       // a ≥ 0
            if sbl >= 0 { _ = qb_mpfr_mul(l.p, al, bl, d); _ = qb_mpfr_mul(h.p, ah, bh, u) }
            else if sbh <= 0 { _ = qb_mpfr_mul(l.p, ah, bl, d); _ = qb_mpfr_mul(h.p, al, bh, u) }
            else { _ = qb_mpfr_mul(l.p, ah, bl, d); _ = qb_mpfr_mul(h.p, ah, bh, u) }
        } else if sah <= 0 {                // a ≤ 0
            if sbl >= 0 { _ = qb_mpfr_mul(l.p, al, bh, d); _ = qb_mpfr_mul(h.p, ah, bl, u) }
            else if sbh <= 0 { _ = qb_mpfr_mul(l.p, ah, bh, d); _ = qb_mpfr_mul(h.p, al, bl, u) }
            else { _ = qb_mpfr_mul(l.p, al, bh, d); _ = qb_mpfr_mul(h.p, al, bl, u) }
        } else {                            // a straddles 0
            if sbl >= 0 { _ = qb_mpfr_mul(l.p, al, bh, d); _ = qb_mpfr_mul(h.p, ah, bh, u) }
            else if sbh <= 0 { _ = qb_mpfr_mul(l.p, ah, bl, d); _ = qb_mpfr_mul(h.p, al, bl, u) }
            else {
                let (t, s) = boxes(Swift.max(a.precision, b.precision))
                _ = qb_mpfr_mul(l.p, al, bh, d); _ = qb_mpfr_mul(t.p, ah, bl, d)
                _ = qb_mpfr_min(l.p, l.p, t.p, d)
                _ = qb_mpfr_mul(h.p, al, bl, u); _ = qb_mpfr_mul(s.p, ah, bh, u)
                _ = qb_mpfr_max(h.p, h.p, s.p, u)
            }
        }
    }

    /// Contains x/y for all x ∈ a, y ∈ b. Throws `ExactError.divisionByZero` when b contains 0.
    public static func / (a: Interval, b: Interval) throws(ExactError) -> Interval {
        guard !b.containsZero else { throw .divisionByZero }
        return a * (try b.reciprocal())
    }

    /// [1/hi ↓, 1/lo ↑] for an interval not containing 0; throws otherwise.
    public func reciprocal() throws(ExactError) -> Interval {
        guard !containsZero else { throw .divisionByZero }
        let (l, h) = Interval.boxes(precision)
        let one = MPFRBox.make(precision: 2); _ = qb_mpfr_set_si(one.p, 1, qb_rndn())
        _ = qb_mpfr_div(l.p, one.p, hi.p, qb_rndd())
        _ = qb_mpfr_div(h.p, one.p, lo.p, qb_rndu())
        return Interval(lo: l, hi: h)
    }

    @inlinable public static func += (a: inout Interval, b: Interval) { a = a + b }
    @inlinable public static func -= (a: inout Interval, b: Interval) { a = a - b }
    @inlinable public static func *= (a: inout Interval, b: Interval) { a = a * b }

    /// Mixed operations with exact rationals: the rational is first enclosed at the interval's precision.
    public static func + (a: Interval, q: Rational) -> Interval { a + (try! Interval(q, precision: a.precision)) }
    public static func - (a: Interval, q: Rational) -> Interval { a - (try! Interval(q, precision: a.precision)) }
    public static func * (a: Interval, q: Rational) -> Interval { a * (try! Interval(q, precision: a.precision)) }
    public static func / (a: Interval, q: Rational) throws(ExactError) -> Interval {
        try a / (try! Interval(q, precision: a.precision))
    }

    /// {|x| : x ∈ self}.
    public var magnitude: Interval {
        if qb_mpfr_sgn(lo.p) >= 0 { return self }
        if qb_mpfr_sgn(hi.p) <= 0 { return -self }
        let (l, h) = Interval.boxes(precision)
        qb_mpfr_set_zero(l.p, 1)
        let n = MPFRBox.make(precision: precision); _ = qb_mpfr_neg(n.p, lo.p, qb_rndu())
        _ = qb_mpfr_max(h.p, n.p, hi.p, qb_rndu())
        return Interval(lo: l, hi: h)
    }

    /// self^n for an integer n. Even powers of an interval that straddles 0 start at 0;
    /// negative n needs an interval without 0. Contains x^n for every x in self.
    public func power(_ n: Int) throws(ExactError) -> Interval {
        if n < 0 { return try reciprocal().power(-n) }
        if n == 0 { return try Interval(1, precision: precision) }
        let (l, h) = Interval.boxes(precision)
        let e = UInt(n)
        if n % 2 == 1 || qb_mpfr_sgn(lo.p) >= 0 {
            // Monotone increasing on the interval.
            _ = qb_mpfr_pow_ui(l.p, lo.p, e, qb_rndd()); _ = qb_mpfr_pow_ui(h.p, hi.p, e, qb_rndu())
        } else if qb_mpfr_sgn(hi.p) <= 0 {
            // Even power on x ≤ 0: decreasing.
            _ = qb_mpfr_pow_ui(l.p, hi.p, e, qb_rndd()); _ = qb_mpfr_pow_ui(h.p, lo.p, e, qb_rndu())
        } else {
            let m = magnitude
            qb_mpfr_set_zero(l.p, 1); _ = qb_mpfr_pow_ui(h.p, m.hi.p, e, qb_rndu())
        }
        return Interval(lo: l, hi: h)
    }
}
