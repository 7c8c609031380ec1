import _ExactShims

extension Interval: CustomStringConvertible {
    /// The lower endpoint as a decimal string of `digits` significant digits, rounded down,
    /// so the printed number is ≤ the exact lower endpoint.
    public func lowerString(digits: Int = 20) -> String { Interval.decimal(lo, digits: digits, mode: qb_rndd()) }
    /// The upper endpoint as a decimal string rounded up: the printed number is ≥ the upper endpoint.
    public func upperString(digits: Int = 20) -> String { Interval.decimal(hi, digits: digits, mode: qb_rndu()) }

    /// `[lo, hi]` with 20 significant digits each, rounded outward.
    public var description: String { "[\(lowerString()), \(upperString())]" }

    /// Formats x with `digits` significant decimal digits, rounded with `mode`.
    /// Plain notation for decimal exponents in −6…21, scientific (`1.5e-30`) otherwise.
    static func decimal(_ x: Endpoint, digits: Int, mode: mpfr_rnd_t) -> String { decimal(x.p, digits: digits, mode: mode) }
    static func decimal(_ x: MPFRBox, digits: Int, mode: mpfr_rnd_t) -> String { decimal(x.p, digits: digits, mode: mode) }
    static func decimal(_ x: UnsafeMutablePointer<__mpfr_struct>, digits: Int, mode: mpfr_rnd_t) -> String {
        if qb_mpfr_zero_p(x) != 0 { return "0" }
        var e = 0
        let s = qb_mpfr_get_str(&e, Int32(Swift.max(2, Swift.min(digits, 100_000))), x, mode)!
        defer { qb_mpfr_free_str(s) }
        var text = String(cString: s)
        var sign = ""
        if text.hasPrefix("-") { sign = "-"; text.removeFirst() }
        // Value = 0.text × 10^e. Strip trailing zeros of the digit string (they add nothing).
        while text.count > 1, text.hasSuffix("0") { text.removeLast() }
        let d = Array(text)
        if e > 21 || e < -5 {
            let mantissa = d.count > 1 ? "\(d[0]).\(String(d[1...]))" : "\(d[0])"
            return "\(sign)\(mantissa)e\(e - 1)"
        }
        if e <= 0 { return "\(sign)0.\(String(repeating: "0", count: -e))\(text)" }
        if d.count <= e { return sign + text + String(repeating: "0", count: e - d.count) }
        return "\(sign)\(String(d[..<e])).\(String(d[e...]))"
    }
}

extension Rational {
    /// A decimal string with `digits` significant digits, rounded with `rule` (`.down` or `.up`
    /// for a bound; `.toNearestOrEven` otherwise). Exact when the decimal expansion is short.
    public func decimalString(digits: Int = 20, rounding rule: FloatingPointRoundingRule = .toNearestOrEven) -> String {
        // Enough binary precision that the decimal rounding below is the only one that matters.
        let bits = Swift.max(64, Int(Double(digits) * 3.33) + 64 + Swift.max(numerator.bitWidth, denominator.bitWidth))
        let x = MPFRBox.make(precision: Swift.min(bits, ExactLimits.precisionRange.upperBound))
        let mode: mpfr_rnd_t = rule == .down ? qb_rndd() : rule == .up ? qb_rndu() : qb_rndn()
        _ = qb_mpfr_set_q(x.p, box.p, mode)
        return Interval.decimal(x, digits: digits, mode: mode)
    }
}
