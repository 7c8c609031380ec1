/// A univariate polynomial over ℚ, coefficients from the constant term up, with no trailing
/// zero coefficients (the zero polynomial has none).
public struct RationalPolynomial: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Coefficients c₀, c₁, …, c_d of c₀ + c₁x + … + c_d x^d, with c_d ≠ 0.
    public private(set) var coefficients: [Rational]

    /// Largest degree accepted (a guard for sizes from user files).
    public static let maximumDegree = 10_000

    public init(_ coefficients: [Rational]) {
        var c = coefficients
        while let last = c.last, last.isZero { c.removeLast() }
        self.coefficients = c
    }
    /// The polynomial x.
    public static var x: RationalPolynomial { RationalPolynomial([0, 1]) }
    public init(from decoder: any Decoder) throws { self.init(try [Rational](from: decoder)) }
    public func encode(to encoder: any Encoder) throws { try coefficients.encode(to: encoder) }

    /// The degree; −1 for the zero polynomial.
    public var degree: Int { coefficients.count - 1 }
    public var isZero: Bool { coefficients.isEmpty }
    public var leadingCoefficient: Rational { coefficients.last ?? Rational() }
    public subscript(i: Int) -> Rational { i < coefficients.count ? coefficients[i] : Rational() }

    // MARK: Arithmetic

    public static func + (a: RationalPolynomial, b: RationalPolynomial) -> RationalPolynomial {
        RationalPolynomial((0..<Swift.max(a.coefficients.count, b.coefficients.count)).map { a[$0] + b[$0] })
    }
    public static func - (a: RationalPolynomial, b: RationalPolynomial) -> RationalPolynomial {
        RationalPolynomial((0..<Swift.max(a.coefficients.count, b.coefficients.count)).map { a[$0] - b[$0] })
    }
    public static prefix func - (a: RationalPolynomial) -> RationalPolynomial { RationalPolynomial(a.coefficients.map { -$0 }) }
    public static func * (s: Rational, a: RationalPolynomial) -> RationalPolynomial { RationalPolynomial(a.coefficients.map { s * $0 }) }
    public static func * (a: RationalPolynomial, b: RationalPolynomial) -> RationalPolynomial {
        if a.isZero || b.isZero { return RationalPolynomial([]) }
        var c = Array(repeating: Rational(), count: a.coefficients.count + b.coefficients.count - 1)
        for (i, x) in a.coefficients.enumerated() where !x.isZero {
            for (j, y) in b.coefficients.enumerated() where !y.isZero { c[i + j] += x * y }
        }
        return RationalPolynomial(c)
    }
    /// a^k for k ≥ 0, with the degree of the result capped by `maximumDegree`.
    public func power(_ k: Int) throws(ExactError) -> RationalPolynomial {
        guard k >= 0, Swift.max(degree, 0) * k <= RationalPolynomial.maximumDegree else {
            throw .sizeOutOfRange(what: "polynomial power", value: "degree \(degree) to the \(k)",
                                  allowed: "k ≥ 0 and result degree ≤ \(RationalPolynomial.maximumDegree)")
        }
        var r = RationalPolynomial([1])
        for _ in 0..<k { r = r * self }
        return r
    }

    /// Euclidean division: self = q·d + r with deg r < deg d. Throws if d is zero.
    public func divided(by d: RationalPolynomial) throws(ExactError) -> (quotient: RationalPolynomial, remainder: RationalPolynomial) {
        guard !d.isZero else { throw .divisionByZero }
        var r = coefficients
        let dd = d.degree, lead = d.leadingCoefficient
        guard degree >= dd else { return (RationalPolynomial([]), self) }
        var q = Array(repeating: Rational(), count: degree - dd + 1)
        for k in stride(from: degree - dd, through: 0, by: -1) {
            let c = try r[k + dd] / lead
            q[k] = c
            if c.isZero { continue }
            for j in 0...dd { r[k + j] -= c * d.coefficients[j] }
        }
        return (RationalPolynomial(q), RationalPolynomial(Array(r[0..<dd])))
    }

    /// The derivative.
    public var derivative: RationalPolynomial {
        RationalPolynomial(coefficients.enumerated().dropFirst().map { Rational($0.offset) * $0.element })
    }

    /// The monic greatest common divisor (zero if both are zero).
    public static func gcd(_ a: RationalPolynomial, _ b: RationalPolynomial) -> RationalPolynomial {
        var (x, y) = (a, b)
        while !y.isZero { (x, y) = (y, try! x.divided(by: y).remainder) }
        return x.isZero ? x : x.monic
    }
    /// self divided by its leading coefficient.
    public var monic: RationalPolynomial {
        isZero ? self : (try! leadingCoefficient.reciprocal()) * self
    }
    /// The square-free part p / gcd(p, p′): same roots, each simple.
    public var squareFreePart: RationalPolynomial {
        guard degree > 0 else { return self }
        let g = RationalPolynomial.gcd(self, derivative)
        return try! divided(by: g).quotient.monic
    }

    // MARK: Evaluation

    /// p(x), exact (Horner).
    public func callAsFunction(_ x: Rational) -> Rational {
        var s = Rational()
        for c in coefficients.reversed() { s = s * x + c }
        return s
    }
    /// An interval containing p(x) for every x in the interval (Horner in interval arithmetic;
    /// the inclusion property holds for each operation, hence for the whole evaluation).
    public func callAsFunction(_ x: Interval) -> Interval {
        var s = try! Interval(Rational(), precision: x.precision)
        for c in coefficients.reversed() { s = s * x + c }
        return s
    }

    public var description: String {
        if isZero { return "0" }
        var terms: [String] = []
        for (i, c) in coefficients.enumerated().reversed() where !c.isZero {
            let m = i == 0 ? "" : i == 1 ? "x" : "x^\(i)"
            terms.append(m.isEmpty ? "\(c)" : c == 1 ? m : c == -1 ? "-\(m)" : "\(c)*\(m)")
        }
        return terms.joined(separator: " + ").replacingOccurrences(of: "+ -", with: "- ")
    }
}

private extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        var out = "", rest = Substring(self)
        while let r = rest.range(of: a) { out += rest[..<r.lowerBound]; out += b; rest = rest[r.upperBound...] }
        return out + rest
    }
}

private extension Substring {
    func range(of s: String) -> Range<Index>? {
        guard !s.isEmpty, count >= s.count else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(s) { return i..<index(i, offsetBy: s.count) }
            i = index(after: i)
        }
        return nil
    }
}
