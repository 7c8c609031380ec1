import Exact

/// A number reported in a certificate: an exact rational, written as a string (`"3/4"`), or an
/// enclosure `{"lo": "…", "hi": "…"}` whose decimal strings are rounded outward, so the printed
/// interval contains the computed one and hence the exact value.
public enum CertificateValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case exact(Rational)
    case enclosure(lo: String, hi: String)

    /// Significant digits used for enclosures of an interval at `precision` bits: enough to show
    /// every bit (⌈precision·log₁₀2⌉ + 2), between 12 and 2000.
    public static func digits(forPrecision precision: Int) -> Int {
        Swift.min(Swift.max(Int((Double(precision) * 0.30103).rounded(.up)) + 2, 12), 2000)
    }

    /// The enclosure of an interval, with endpoints printed outward.
    public init(_ i: Interval, digits: Int? = nil) {
        let d = digits ?? CertificateValue.digits(forPrecision: i.precision)
        self = .enclosure(lo: i.lowerString(digits: d), hi: i.upperString(digits: d))
    }

    /// The enclosure [lower, upper] of two exact rational bounds, printed outward.
    public init(lower: Rational, upper: Rational, digits: Int = 40) {
        self = .enclosure(lo: lower.decimalString(digits: digits, rounding: .down),
                          hi: upper.decimalString(digits: digits, rounding: .up))
    }

    /// A short form for reports: the exact value, or `[lo, hi]` with the endpoints cut to
    /// `digits` significant digits (rounded outward, since cutting only widens).
    public func short(digits: Int = 12) -> String {
        switch self {
        case .exact(let q):
            let s = q.description
            return s.count <= 40 ? s : "≈" + q.decimalString(digits: digits)
        case let .enclosure(lo, hi):
            let l = (try? Rational(parsing: lo))?.decimalString(digits: digits, rounding: .down) ?? lo
            let h = (try? Rational(parsing: hi))?.decimalString(digits: digits, rounding: .up) ?? hi
            return "[\(l), \(h)]"
        }
    }

    public var description: String { short() }

    private enum Keys: String, CodingKey { case lo, hi }

    public init(from decoder: any Decoder) throws {
        if let c = try? decoder.singleValueContainer(), let s = try? c.decode(String.self) {
            do { self = .exact(try Rational(parsing: s)) } catch {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: error.description)
            }
            return
        }
        let c = try decoder.container(keyedBy: Keys.self)
        let lo = try c.decode(String.self, forKey: .lo), hi = try c.decode(String.self, forKey: .hi)
        for (k, s) in [(Keys.lo, lo), (.hi, hi)] where (try? Rational(parsing: s)) == nil {
            throw DecodingError.dataCorruptedError(forKey: k, in: c, debugDescription: "expected a decimal number, got \"\(s)\"")
        }
        self = .enclosure(lo: lo, hi: hi)
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .exact(let q):
            var c = encoder.singleValueContainer(); try c.encode(q.description)
        case let .enclosure(lo, hi):
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(lo, forKey: .lo); try c.encode(hi, forKey: .hi)
        }
    }
}
