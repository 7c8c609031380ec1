import Exact

/// A polynomial in `variableCount` variables with exact rational coefficients,
/// stored as a map from exponent vectors to nonzero coefficients.
///
/// This is the exact form of the right-hand sides and losses in model files
/// (`"-x + 1/2*x*y"`, `"(w1*w2 - 1)^2"`); `PolynomialSystem` turns it into the Kronecker
/// coefficient matrices `F_ℓ` that Carleman linearization works with (Kowalski & Steeb,
/// *Nonlinear Dynamical Systems and Carleman Linearization*, 1991, ch. 2).
///
/// Every operation is exact; sizes are capped (`PolynomialLimits`) so that a short text such
/// as `"(x+y+z)^60"` cannot exhaust memory: it throws instead.
public struct MultivariatePolynomial: Sendable, Hashable {
    /// Number of variables; every exponent vector has this length.
    public let variableCount: Int
    /// Exponent vector → coefficient; coefficients are never zero.
    public private(set) var terms: [[Int]: Rational]

    public init(variableCount: Int) {
        self.variableCount = variableCount
        self.terms = [:]
    }

    /// The constant polynomial `c`.
    public init(constant c: Rational, variableCount: Int) {
        self.init(variableCount: variableCount)
        if !c.isZero { terms[Array(repeating: 0, count: variableCount)] = c }
    }

    /// The polynomial `x_i`.
    public init(variable i: Int, variableCount: Int) {
        self.init(variableCount: variableCount)
        var e = Array(repeating: 0, count: variableCount)
        e[i] = 1
        terms[e] = Rational(1)
    }

    public var isZero: Bool { terms.isEmpty }

    /// The total degree (−1 for the zero polynomial).
    public var degree: Int { terms.keys.map { $0.reduce(0, +) }.max() ?? -1 }

    /// The terms of total degree `d`, as (exponent vector, coefficient), sorted by exponent vector.
    public func homogeneousPart(_ d: Int) -> [([Int], Rational)] {
        terms.filter { $0.key.reduce(0, +) == d }.map { ($0.key, $0.value) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
    }

    /// The coefficient of the monomial with exponent vector `e` (zero if absent).
    public func coefficient(_ e: [Int]) -> Rational { terms[e] ?? Rational() }

    mutating func add(_ e: [Int], _ c: Rational) {
        if c.isZero { return }
        if let old = terms[e] {
            let s = old + c
            if s.isZero { terms[e] = nil } else { terms[e] = s }
        } else {
            terms[e] = c
        }
    }

    public static func + (a: MultivariatePolynomial, b: MultivariatePolynomial) -> MultivariatePolynomial {
        var r = a
        for (e, c) in b.terms { r.add(e, c) }
        return r
    }

    public static prefix func - (a: MultivariatePolynomial) -> MultivariatePolynomial {
        var r = MultivariatePolynomial(variableCount: a.variableCount)
        for (e, c) in a.terms { r.terms[e] = -c }
        return r
    }

    public static func - (a: MultivariatePolynomial, b: MultivariatePolynomial) -> MultivariatePolynomial { a + (-b) }

    public static func * (s: Rational, a: MultivariatePolynomial) -> MultivariatePolynomial {
        if s.isZero { return MultivariatePolynomial(variableCount: a.variableCount) }
        var r = a
        for (e, c) in a.terms { r.terms[e] = s * c }
        return r
    }

    /// The product; throws when the result would exceed `PolynomialLimits`.
    public func multiplied(by b: MultivariatePolynomial) throws(ExactError) -> MultivariatePolynomial {
        let d = (isZero || b.isZero) ? 0 : degree + b.degree
        guard d <= PolynomialLimits.maximumDegree else {
            throw .sizeOutOfRange(what: "polynomial degree", value: "\(d)", allowed: "at most \(PolynomialLimits.maximumDegree)")
        }
        guard terms.count * b.terms.count <= PolynomialLimits.maximumProductWork else {
            throw .sizeOutOfRange(what: "terms in a product", value: "\(terms.count)·\(b.terms.count)",
                                  allowed: "a product of at most \(PolynomialLimits.maximumProductWork) term pairs")
        }
        var r = MultivariatePolynomial(variableCount: variableCount)
        for (e1, c1) in terms {
            for (e2, c2) in b.terms {
                var e = e1
                for k in 0..<variableCount { e[k] += e2[k] }
                r.add(e, c1 * c2)
            }
        }
        guard r.terms.count <= PolynomialLimits.maximumTerms else {
            throw .sizeOutOfRange(what: "number of terms", value: "\(r.terms.count)", allowed: "at most \(PolynomialLimits.maximumTerms)")
        }
        return r
    }

    /// `self^k` for `k ≥ 0`, by repeated squaring; throws past `PolynomialLimits`.
    public func power(_ k: Int) throws(ExactError) -> MultivariatePolynomial {
        guard k >= 0 else { throw .domain("negative power of a polynomial: expected an exponent ≥ 0") }
        if !isZero, degree * k > PolynomialLimits.maximumDegree {
            throw .sizeOutOfRange(what: "polynomial degree", value: "\(degree)·\(k)", allowed: "at most \(PolynomialLimits.maximumDegree)")
        }
        var result = MultivariatePolynomial(constant: Rational(1), variableCount: variableCount)
        var base = self, e = k
        while e > 0 {
            if e & 1 == 1 { result = try result.multiplied(by: base) }
            e >>= 1
            if e > 0 { base = try base.multiplied(by: base) }
        }
        return result
    }

    /// ∂/∂x_i, exact.
    public func derivative(_ i: Int) -> MultivariatePolynomial {
        var r = MultivariatePolynomial(variableCount: variableCount)
        for (e, c) in terms where e[i] > 0 {
            var f = e
            f[i] -= 1
            r.add(f, Rational(e[i]) * c)
        }
        return r
    }

    /// The exact value at the rational point `x` (length `variableCount`).
    public func evaluate(_ x: [Rational]) -> Rational {
        var s = Rational()
        for (e, c) in terms {
            var t = c
            for k in 0..<variableCount { for _ in 0..<e[k] { t *= x[k] } }
            s += t
        }
        return s
    }
}

/// Caps on polynomials built from user text (GMP aborts instead of failing on huge sizes).
public enum PolynomialLimits {
    /// Largest total degree of any polynomial (a model's degree q; Carleman blocks grow as n^q).
    public static let maximumDegree = 32
    /// Largest number of terms of one polynomial.
    public static let maximumTerms = 200_000
    /// Largest number of term pairs multiplied in one product.
    public static let maximumProductWork = 500_000
    /// Largest number of variables.
    public static let maximumVariables = 100_000
}
