import _ExactShims

extension Rational {
    /// The exact value of a finite `Double` (every finite double is a dyadic rational).
    /// Throws `ExactError.nonFinite` for NaN and ±∞.
    public init(exactly value: Double) throws(ExactError) {
        guard value.isFinite else { throw .nonFinite("\(value)") }
        let b = MPQBox.make(); qb_mpq_set_d(b.p, value); self.init(box: b)
    }

    /// The `Double` obtained by rounding `self` with `rule`.
    ///
    /// `.down` returns the largest double ≤ self (−∞ only if self is below −Double.greatestFiniteMagnitude),
    /// `.up` the smallest double ≥ self, `.towardZero` and `.awayFromZero` accordingly, and
    /// `.toNearestOrEven` the nearest double with ties to even (IEEE 754 round-to-nearest,
    /// including overflow to ±∞ at and beyond 2^1024 − 2^970). Subnormal results are correctly
    /// rounded.
    ///
    /// Directed roundings go through MPFR: `mpfr_set_q` at 53 bits in the wanted direction and
    /// then `mpfr_get_d` in the same direction. Rounding twice in one direction onto nested grids
    /// (the subnormal grid is a subset of the 53-bit grid) equals rounding once, so the result is
    /// correctly rounded. Round-to-nearest is decided exactly between the two directed results.
    public func double(rounding rule: FloatingPointRoundingRule = .toNearestOrEven) -> Double {
        switch rule {
        case .down: return directed(qb_rndd())
        case .up: return directed(qb_rndu())
        case .towardZero: return signum >= 0 ? directed(qb_rndd()) : directed(qb_rndu())
        case .awayFromZero: return signum >= 0 ? directed(qb_rndu()) : directed(qb_rndd())
        case .toNearestOrAwayFromZero, .toNearestOrEven: fallthrough
        @unknown default:
            let lo = directed(qb_rndd()), hi = directed(qb_rndu())
            if lo == hi { return lo }
            if hi.isInfinite || lo.isInfinite {
                // Overflow threshold for round-to-nearest: halfway between the largest finite
                // double and 2^1024.
                let threshold = Rational(1).timesPowerOfTwo(1024) - Rational(1).timesPowerOfTwo(970)
                if hi == .infinity { return self >= threshold ? .infinity : lo }
                return self <= -threshold ? -.infinity : hi
            }
            let dl = self - (try! Rational(exactly: lo)), dh = (try! Rational(exactly: hi)) - self
            if dl < dh { return lo }
            if dh < dl { return hi }
            if rule == .toNearestOrAwayFromZero { return signum >= 0 ? hi : lo }
            // Tie: the one with an even significand.
            return lo.significandBitPattern & 1 == 0 ? lo : hi
        }
    }

    private func directed(_ mode: mpfr_rnd_t) -> Double {
        let x = MPFRBox.make(precision: 53)
        _ = qb_mpfr_set_q(x.p, box.p, mode)
        return qb_mpfr_get_d(x.p, mode)
    }
}
