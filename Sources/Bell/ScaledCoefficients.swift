import Exact

/// Rational coefficients scaled to integers by their common denominator.
struct ScaledCoefficients: Sendable {
    let integers: [BigInteger]
    let denominator: BigInteger
    /// Whether every partial sum fits in an `Int` (sum of |entries| < 2^62).
    let fitsInt: Bool

    init(_ c: [Rational]) {
        var d = BigInteger(1)
        for q in c where !q.isZero { d = BigInteger.lcm(d, q.denominator) }
        integers = c.map { q in q.isZero ? BigInteger(0) : q.numerator * (try! d.exactlyDivided(by: q.denominator)) }
        denominator = d
        var total = BigInteger(0)
        for z in integers { total += z.magnitude }
        fitsInt = total.bitWidth <= 62
    }
}
