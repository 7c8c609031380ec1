import BigInt
import Exact
import PropertyBased
import QBoundsTestSupport
import Testing

/// An independent rational arithmetic on attaswift/BigInt: the oracle for GMP's mpq.
struct OracleRational: Equatable {
    var n: BigInt, d: BigInt
    init(_ n: BigInt, _ d: BigInt) {
        precondition(d != 0)
        let g = n.greatestCommonDivisor(with: d)
        let s: BigInt = d < 0 ? -1 : 1
        self.n = s * n / g; self.d = s * d / g
    }
    init(_ q: Rational) { self.init(BigInt(q.numerator.description)!, BigInt(q.denominator.description)!) }
    static func + (a: Self, b: Self) -> Self { Self(a.n * b.d + b.n * a.d, a.d * b.d) }
    static func - (a: Self, b: Self) -> Self { Self(a.n * b.d - b.n * a.d, a.d * b.d) }
    static func * (a: Self, b: Self) -> Self { Self(a.n * b.n, a.d * b.d) }
    static func / (a: Self, b: Self) -> Self { Self(a.n * b.d, a.d * b.n) }
    static func < (a: Self, b: Self) -> Bool { a.n * b.d < b.n * a.d }
}

@Suite struct RationalTests {
    @Test func arithmeticAgreesWithBigIntOracle() {
        seededCheck("rational ops vs BigInt", count: 200, zip(Gens.bigRational, Gens.bigRational)) { a, b in
            let oa = OracleRational(a), ob = OracleRational(b)
            guard OracleRational(a + b) == oa + ob, OracleRational(a - b) == oa - ob,
                  OracleRational(a * b) == oa * ob else { return false }
            if !b.isZero { guard OracleRational(try a / b) == oa / ob else { return false } }
            return (a < b) == (oa < ob) && (a == b) == (oa == ob)
        }
    }

    @Test func fieldAxioms() async {
        await seededPropertyCheck("fieldAxioms", count: 300, zip(Gens.smallRational, Gens.smallRational, Gens.smallRational)) { a, b, c in
            #expect((a + b) * c == a * c + b * c)
            #expect(a + (b + c) == (a + b) + c)
            #expect(a * (b * c) == (a * b) * c)
            #expect(a + b == b + a && a * b == b * a)
            #expect(a - a == 0 && a + (-a) == 0)
            if !a.isZero { #expect((try? a.reciprocal()).map { a * $0 } == 1) }
        }
    }

    @Test func orderingIsTotalAndCompatible() {
        seededCheck("ordering", count: 300, zip(Gens.smallRational, Gens.smallRational, Gens.smallRational)) { a, b, c in
            let trichotomy = [a < b, a == b, b < a].filter { $0 }.count == 1
            let additive = !(a < b) || (a + c < b + c)
            let positiveScaling = !(a < b && c > 0) || (a * c < b * c)
            return trichotomy && additive && positiveScaling
        }
    }

    @Test func inPlaceOperationsCopyOnWrite() {
        let a: Rational = try! Rational(1, 3)
        var b = a
        b += 1
        b *= 3
        #expect(a == (try! Rational(1, 3)))   // a is untouched: b copied its box before writing
        #expect(b == 4)
        var c = b
        try! c /= 2
        #expect(b == 4 && c == 2)
    }

    /// The in-place forms give the same values as the operators and never write a shared box.
    @Test func inPlaceFormsAgreeWithOperators() {
        seededCheck("setSum/setProduct/…", count: 200, zip(Gens.bigRational, Gens.bigRational)) { a, b in
            var r = a              // shares a's box: the first write must copy, not overwrite a
            let aBefore = a.description
            r.setSum(a, b); guard r == a + b, a.description == aBefore else { return false }
            r.setDifference(r, b); guard r == a else { return false }
            r.setProduct(a, b); guard r == a * b else { return false }
            if b.isZero { return (try? r.setQuotient(a, b)) == nil && r == a * b }
            try r.setQuotient(r, b)
            return r == a && a.description == aBefore
        }
    }

    @Test func hashingIsConsistentWithEquality() {
        seededCheck("hash", count: 200, zip(Gen.int(in: -1000...1000), Gen.int(in: 1...50), Gen.int(in: 1...20))) { n, d, k in
            // n/d and (kn)/(kd) are equal, so their hashes must be equal.
            let a = try Rational(n, d), b = try Rational(k * n, k * d)
            return a == b && a.hashValue == b.hashValue && Set([a, b]).count == 1
        }
    }

    @Test func powersMatchRepeatedProducts() {
        seededCheck("power", count: 100, zip(Gens.smallRational, Gen.int(in: -6...6))) { q, k in
            if q.isZero && k < 0 { return (try? q.power(k)) == nil }
            var r = Rational(1)
            for _ in 0..<abs(k) { r *= q }
            if k < 0 { r = try r.reciprocal() }
            return try q.power(k) == r
        }
    }

    @Test func floorAndCeiling() {
        seededCheck("floor/ceiling", count: 300, Gens.smallRational) { q in
            let f = Rational(q.floor), c = Rational(q.ceiling)
            return f <= q && q < f + 1 && c >= q && c - 1 < q && (q.isInteger ? f == c : c == f + 1)
        }
    }

    @Test func bigIntegerDivisionAgreesWithOracle() {
        seededCheck("BigInteger quotient/remainder", count: 200,
                    zip(Gen.int(in: Int.min / 2...Int.max / 2), Gen.int(in: Int.min / 2...Int.max / 2), Gen.int(in: -1_000_000...1_000_000))) { a, b, d in
            let n = BigInteger(a) * BigInteger(b)
            let on = BigInt(a) * BigInt(b)
            if d == 0 { return (try? n.quotientAndRemainder(dividingBy: BigInteger(d))) == nil }
            let (q, r) = try n.quotientAndRemainder(dividingBy: BigInteger(d))
            // BigInt's / and % truncate like Swift's Int.
            return q.description == (on / BigInt(d)).description && r.description == (on % BigInt(d)).description
        }
    }

    @Test func gcdAndLcm() {
        seededCheck("gcd·lcm = |ab|", count: 200, zip(Gen.int(in: -100_000...100_000), Gen.int(in: -100_000...100_000))) { a, b in
            let g = BigInteger.gcd(BigInteger(a), BigInteger(b)), l = BigInteger.lcm(BigInteger(a), BigInteger(b))
            return g * l == (BigInteger(a) * BigInteger(b)).magnitude
                && g.description == BigInt(a).greatestCommonDivisor(with: BigInt(b)).description
        }
    }
}
