import Exact

extension Certifier {
    /// The distinct real roots of p, isolated by a Sturm sequence of its square-free part and
    /// refined by exact bisection (`RationalPolynomial.realRoots`). `count` is compared with the
    /// number of distinct real roots; [lo, hi] must contain a root, counted exactly by Sturm's
    /// theorem (roots in (lo, hi], plus lo itself if p(lo) = 0).
    static func roots(_ claim: Claim, _ p: RationalPolynomial, _ count: Int?, _ interval: Claim.ClosedInterval?) throws(CertificationError) -> Certificate {
        let bits = Swift.min(claim.precision, 4096)
        let roots = try kernel("coefficients") { () throws(ExactError) in try p.realRoots(precision: bits) }
        var values: [String: CertificateValue] = ["real-root-count": .exact(Rational(roots.count))]
        var holds = true
        var parts: [String] = []
        if let c = count {
            values["claimed-count"] = .exact(Rational(c))
            holds = holds && roots.count == c
            parts.append("\(roots.count) distinct real root\(roots.count == 1 ? "" : "s") (claimed \(c))")
        }
        if let iv = interval {
            let inside = Certifier.rootCount(p, in: iv)
            values["roots-in-interval"] = .exact(Rational(inside))
            values["lo"] = .exact(iv.lo); values["hi"] = .exact(iv.hi)
            holds = holds && inside >= 1
            parts.append("\(inside) root\(inside == 1 ? "" : "s") in [\(iv.lo), \(iv.hi)]")
        }
        for (k, r) in roots.enumerated().prefix(100) {
            values["root-\(k + 1)"] = r.exact.map { .exact($0) } ?? CertificateValue(lower: r.enclosureLower, upper: r.enclosureUpper)
        }
        var w = Witnesses()
        w.roots = roots
        return Certificate(
            claim: claim, verdict: holds ? .certified : .refuted,
            summary: "p = \(abbreviatedPolynomial(p)): " + parts.joined(separator: "; "),
            hypotheses: [HypothesisCheck(name: "p is a nonzero polynomial", holds: true, how: "degree \(p.degree)")],
            values: values, witnesses: w,
            notes: ["roots counted without multiplicity; each enclosure is \(bits) bits wide or an exact rational root"])
    }

    /// The number of distinct roots of p in the closed interval [lo, hi], exactly (Sturm).
    public static func rootCount(_ p: RationalPolynomial, in iv: Claim.ClosedInterval) -> Int {
        let q = p.squareFreePart
        let sturm = SturmSequence(q)
        return sturm.rootCount(lower: iv.lo, upper: iv.hi) + (q(iv.lo).isZero ? 1 : 0)
    }

    static func abbreviatedPolynomial(_ p: RationalPolynomial) -> String {
        let s = p.description
        return s.count <= 60 ? s : "a polynomial of degree \(p.degree)"
    }
}
