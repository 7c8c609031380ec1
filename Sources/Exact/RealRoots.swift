/// One real root of a polynomial, isolated: `isolating` is a half-open interval (a, b] with
/// rational ends that contains exactly one root and no other root of the polynomial; `exact` is
/// set when the root is rational and was hit exactly. `enclosure` is an interval of width at
/// most 2^−precision (or a point) that contains the root.
public struct RealRoot: Sendable, Hashable, Codable {
    public let isolatingLower: Rational
    public let isolatingUpper: Rational
    public let exact: Rational?
    public let multiplicity: Int
    public let enclosureLower: Rational
    public let enclosureUpper: Rational

    /// The enclosure as an `Interval` at `precision` bits (rounded outward).
    public func enclosure(precision: Int = 128) throws(ExactError) -> Interval {
        try Interval(lower: enclosureLower, upper: enclosureUpper, precision: precision)
    }
}

/// A Sturm sequence p₀ = p, p₁ = p′, p_{k+1} = −rem(p_{k−1}, p_k), for a square-free p.
/// Sturm's theorem: the number of distinct real roots in (a, b] is V(a) − V(b), V counting the
/// sign changes of the sequence at a point (Basu, Pollack & Roy, *Algorithms in Real Algebraic
/// Geometry*, Thm 2.50).
public struct SturmSequence: Sendable {
    public let polynomials: [RationalPolynomial]

    public init(_ p: RationalPolynomial) {
        var seq = [p, p.derivative]
        while let last = seq.last, !last.isZero, last.degree > 0 {
            let r = try! seq[seq.count - 2].divided(by: last).remainder
            if r.isZero { break }
            seq.append(-r)
        }
        polynomials = seq.filter { !$0.isZero }
    }

    /// Sign changes of the sequence at x (zeros skipped).
    public func signChanges(at x: Rational) -> Int {
        var count = 0, previous = 0
        for p in polynomials {
            let s = p(x).signum
            if s == 0 { continue }
            if previous != 0 && s != previous { count += 1 }
            previous = s
        }
        return count
    }

    /// Number of distinct real roots in (a, b].
    public func rootCount(lower a: Rational, upper b: Rational) -> Int { signChanges(at: a) - signChanges(at: b) }
}

extension RationalPolynomial {
    /// A bound B with every real root in (−B, B): Cauchy's bound 1 + max |cᵢ/c_d|, plus one.
    public var rootBound: Rational {
        guard degree > 0 else { return 1 }
        let lead = leadingCoefficient.magnitude
        var m = Rational()
        for c in coefficients.dropLast() { m = Rational.max(m, try! c.magnitude / lead) }
        return m + 2
    }

    /// Multiplicity of the root r (r must be a root; 0 if it is not).
    func multiplicity(of r: Rational) -> Int {
        var p = self, k = 0
        let factor = RationalPolynomial([-r, 1])
        while !p.isZero, p(r).isZero { p = try! p.divided(by: factor).quotient; k += 1 }
        return k
    }

    /// All real roots, in increasing order, each isolated by a Sturm sequence of the square-free
    /// part and refined by exact bisection until its enclosure is at most 2^−precision wide.
    /// Throws for the zero polynomial (every number is a root) or a degree above `maximumDegree`.
    public func realRoots(precision: Int = 64) throws(ExactError) -> [RealRoot] {
        guard !isZero else { throw .domain("the zero polynomial has every real number as a root") }
        guard degree <= RationalPolynomial.maximumDegree else {
            throw .sizeOutOfRange(what: "degree", value: "\(degree)", allowed: "at most \(RationalPolynomial.maximumDegree)")
        }
        guard precision >= 1, precision <= 100_000 else {
            throw .sizeOutOfRange(what: "root precision", value: "\(precision)", allowed: "1…100000 bits")
        }
        if degree == 0 { return [] }
        let q = squareFreePart
        let sturm = SturmSequence(q)
        let bound = q.rootBound
        var pending: [(Rational, Rational, Int)] = [(-bound, bound, sturm.rootCount(lower: -bound, upper: bound))]
        var isolated: [(Rational, Rational)] = []
        while let (a, b, n) = pending.popLast() {
            if n == 0 { continue }
            if n == 1 { isolated.append((a, b)); continue }
            let m = (a + b).timesPowerOfTwo(-1)
            let left = sturm.rootCount(lower: a, upper: m)
            pending.append((a, m, left))
            pending.append((m, b, n - left))
        }
        isolated.sort { $0.0 < $1.0 }
        let width = Rational(1).timesPowerOfTwo(-precision)
        return isolated.map { (a, b) in
            // Refine: q has exactly one root in (a, b] and q is square-free, so q changes sign
            // across it unless the root is b itself.
            if q(b).isZero {
                return RealRoot(isolatingLower: a, isolatingUpper: b, exact: b, multiplicity: multiplicity(of: b),
                                enclosureLower: b, enclosureUpper: b)
            }
            var lo = a, hi = b
            let sHi = q(hi).signum
            var exactRoot: Rational? = nil
            while hi - lo > width {
                let m = (lo + hi).timesPowerOfTwo(-1)
                let s = q(m).signum
                if s == 0 { exactRoot = m; break }
                if s == sHi { hi = m } else { lo = m }
            }
            if let r = exactRoot {
                return RealRoot(isolatingLower: a, isolatingUpper: b, exact: r, multiplicity: multiplicity(of: r),
                                enclosureLower: r, enclosureUpper: r)
            }
            return RealRoot(isolatingLower: a, isolatingUpper: b, exact: nil, multiplicity: multiplicityOfIrrationalRoot(in: lo, hi),
                            enclosureLower: lo, enclosureUpper: hi)
        }
    }

    /// Multiplicity of the unique root of self in (lo, hi]: the number of successive derivatives
    /// that still vanish there, counted through the square-free decomposition gcd chain.
    private func multiplicityOfIrrationalRoot(in lo: Rational, _ hi: Rational) -> Int {
        var k = 1
        var g = RationalPolynomial.gcd(self, derivative)
        while g.degree > 0 {
            let s = SturmSequence(g.squareFreePart)
            if s.rootCount(lower: lo, upper: hi) == 0 { break }
            k += 1
            g = RationalPolynomial.gcd(g, g.derivative)
        }
        return k
    }
}
