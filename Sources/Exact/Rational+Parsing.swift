import _ExactShims

extension Rational: LosslessStringConvertible {
    /// Parses any form accepted by `init(parsing:)`; nil on failure.
    public init?(_ description: String) {
        guard let v = try? Rational(parsing: description) else { return nil }
        self = v
    }

    /// The forms accepted, as stated in error messages.
    public static let acceptedForms = "a rational such as 3, -2/7, 0.125, -2.5e-3 or 1e6"

    /// Parses `p/q` (optional sign on p, q > 0), or a decimal with optional fraction and
    /// exponent: `-2.5`, `.5`, `1e-3`, `6.02E+23`. The result is exact: `0.1` is 1/10.
    /// Surrounding spaces are allowed. Digit counts and exponents are capped by `ExactLimits`
    /// so that a file cannot make GMP allocate without bound.
    public init(parsing text: String) throws(ExactError) {
        let t = text.trimmingSpaces()
        let bad = ExactError.malformedNumber(text: text, expected: Rational.acceptedForms)
        guard !t.isEmpty else { throw bad }
        if let slash = t.firstIndex(of: "/") {
            let numText = String(t[..<slash]), denText = String(t[t.index(after: slash)...])
            guard let dFirst = denText.utf8.first, dFirst >= 48 && dFirst <= 57 else { throw bad }
            let n: BigInteger, d: BigInteger
            do { n = try BigInteger(parsing: numText); d = try BigInteger(parsing: denText) } catch {
                if case .sizeOutOfRange = error { throw error }
                throw bad
            }
            guard !d.isZero else {
                throw .malformedNumber(text: text, expected: "a nonzero denominator")
            }
            self = try Rational(numerator: n, denominator: d)
            return
        }
        // Decimal: sign? digits? ('.' digits?)? ([eE] sign? digits)?
        let u = Array(t.utf8)
        var i = 0
        var negative = false
        if u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-") { negative = u[i] == UInt8(ascii: "-"); i += 1 }
        func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        var mantissa: [UInt8] = []
        var fractionDigits = 0
        while i < u.count, isDigit(u[i]) { mantissa.append(u[i]); i += 1 }
        if i < u.count, u[i] == UInt8(ascii: ".") {
            i += 1
            while i < u.count, isDigit(u[i]) { mantissa.append(u[i]); fractionDigits += 1; i += 1 }
        }
        guard !mantissa.isEmpty else { throw bad }
        var exponent = 0
        if i < u.count, u[i] == UInt8(ascii: "e") || u[i] == UInt8(ascii: "E") {
            i += 1
            var expNegative = false
            if i < u.count, u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-") {
                expNegative = u[i] == UInt8(ascii: "-"); i += 1
            }
            let start = i
            while i < u.count, isDigit(u[i]) {
                exponent = exponent * 10 + Int(u[i] - 48)
                if exponent > ExactLimits.maximumDecimalExponent {
                    throw .sizeOutOfRange(what: "decimal exponent", value: String(decoding: u[start...], as: UTF8.self),
                                          allowed: "|e| ≤ \(ExactLimits.maximumDecimalExponent)")
                }
                i += 1
            }
            guard i > start else { throw bad }
            if expNegative { exponent = -exponent }
        }
        guard i == u.count else { throw bad }
        guard mantissa.count <= ExactLimits.maximumDigits else {
            throw .sizeOutOfRange(what: "digit count", value: "\(mantissa.count)",
                                  allowed: "at most \(ExactLimits.maximumDigits)")
        }
        let m = try BigInteger(parsing: String(decoding: mantissa, as: UTF8.self))
        let scale = exponent - fractionDigits          // value = m · 10^scale
        let ten = BigInteger(10)
        var value: Rational
        if scale >= 0 {
            value = Rational(m * (try ten.power(scale)))
        } else {
            value = try Rational(numerator: m, denominator: try ten.power(-scale))
        }
        if negative { value = -value }
        self = value
    }
}
