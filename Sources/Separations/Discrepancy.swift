import Exact

/// Discrepancy of f under a distribution μ (statement `"comm.discrepancy"`; Kushilevitz–Nisan
/// 1997, §3.5; Lindsey's lemma for inner product, ibid. Example 3.29):
/// `disc_μ(f) = max over rectangles A × B of |Σ_{x∈A, y∈B} μ(x, y)·(−1)^{f(x,y)}|`, and
/// `R^{pub}_{1/2−γ}(f) ≥ log₂(2γ / disc_μ(f))`.
///
/// Computed exactly: for each row set A (all 2^{rows} of them, in Gray-code order so one row
/// changes per step), the best B takes every column with a positive column sum, or every column
/// with a negative one; weights are integers over a common denominator, so no rounding occurs.
/// The matrix is transposed first when it has fewer columns than rows (discrepancy is symmetric).
/// Witness: a rectangle attaining the maximum; `verify(against:)` re-sums it in rationals.
/// The maximality (upper) side rests on the exhaustive enumeration, re-checked in the tests by
/// a second, independent enumeration over column sets.
public struct Discrepancy: Sendable, Hashable, Codable {
    /// The largest side (after transposing) enumerated: 2^maximumSide row sets.
    public static let maximumSide = 22

    public let value: Rational
    public let rowSet: [Int]
    public let columnSet: [Int]
    /// The weights μ(x, y) used (row-major), summing to 1.
    public let weights: [Rational]

    /// disc under the uniform distribution μ = 1/(rows·columns).
    public static func uniform(_ m: BooleanMatrix) throws -> Discrepancy {
        let w = try Rational(1, m.rows * m.columns)
        return try compute(m, weights: [Rational](repeating: w, count: m.rows * m.columns))
    }

    /// disc under the given distribution (row-major, nonnegative, summing to 1).
    public static func compute(_ m: BooleanMatrix, weights: [Rational]) throws -> Discrepancy {
        guard weights.count == m.rows * m.columns else {
            throw SeparationError.invalidArgument("expected \(m.rows * m.columns) weights, got \(weights.count)")
        }
        guard weights.allSatisfy({ $0.signum >= 0 }), weights.reduce(Rational(), +) == Rational(1) else {
            throw SeparationError.invalidArgument("expected nonnegative weights summing to 1")
        }
        let transpose = m.columns < m.rows
        let a = transpose ? m.transposed : m
        guard a.rows <= maximumSide else {
            throw SeparationError.tooLarge(what: "smaller side of the matrix for exact discrepancy", value: a.rows, maximum: maximumSide)
        }
        // Common denominator, integer signed weights s(x, y) = D·μ·(−1)^f.
        let den = weights.reduce(BigInteger(1)) { BigInteger.lcm($0, $1.denominator) }
        guard den.bitWidth <= 40 else {
            throw SeparationError.invalidArgument("weights need a common denominator below 2^40 for exact integer enumeration")
        }
        var s = [Int](repeating: 0, count: a.rows * a.columns)
        for x in 0..<a.rows {
            for y in 0..<a.columns {
                let mu = transpose ? weights[y * m.columns + x] : weights[x * m.columns + y]
                let v = (mu.numerator * (try den.exactlyDivided(by: mu.denominator))).intValue!
                s[x * a.columns + y] = a[x, y] ? -v : v
            }
        }
        var colSum = [Int](repeating: 0, count: a.columns)
        var inSet = [Bool](repeating: false, count: a.rows)
        var best = 0, bestMask = 0, bestPositive = true, mask = 0
        for step in 1..<(1 << a.rows) {
            let x = step.trailingZeroBitCount
            inSet[x].toggle(); mask ^= 1 << x
            let sign = inSet[x] ? 1 : -1
            var pos = 0, neg = 0
            for y in 0..<a.columns {
                colSum[y] += sign * s[x * a.columns + y]
                let c = colSum[y]
                if c > 0 { pos += c } else { neg -= c }
            }
            if pos > best { best = pos; bestMask = mask; bestPositive = true }
            if neg > best { best = neg; bestMask = mask; bestPositive = false }
        }
        let rowsA = (0..<a.rows).filter { bestMask >> $0 & 1 == 1 }
        var colsB: [Int] = []
        if best > 0 {
            for y in 0..<a.columns {
                let c = rowsA.reduce(0) { $0 + s[$1 * a.columns + y] }
                if bestPositive ? c > 0 : c < 0 { colsB.append(y) }
            }
        }
        let value = try Rational(numerator: BigInteger(best), denominator: den)
        return Discrepancy(value: value, rowSet: transpose ? colsB : rowsA, columnSet: transpose ? rowsA : colsB, weights: weights)
    }

    public init(value: Rational, rowSet: [Int], columnSet: [Int], weights: [Rational]) {
        self.value = value; self.rowSet = rowSet; self.columnSet = columnSet; self.weights = weights
    }

    /// Re-sums the witness rectangle in rationals: nil when |Σ μ (−1)^f| over it equals `value`.
    public func verify(against m: BooleanMatrix) -> String? {
        guard rowSet.allSatisfy({ (0..<m.rows).contains($0) }), columnSet.allSatisfy({ (0..<m.columns).contains($0) }) else {
            return "the rectangle's indices are out of range"
        }
        var sum = Rational()
        for x in rowSet { for y in columnSet { let w = weights[x * m.columns + y]; sum += m[x, y] ? -w : w } }
        return sum.magnitude == value ? nil : "the rectangle sums to \(sum.magnitude), not \(value)"
    }

    /// The lower bound log₂(2γ / disc) on `R^{pub}_{1/2−γ}(f)`, enclosed at the given precision.
    public func randomizedLowerBound(gamma: Rational, precision: Int = 128) throws -> Interval {
        guard gamma.signum > 0, gamma <= (try Rational(1, 2)), value.signum > 0 else {
            throw SeparationError.invalidArgument("expected 0 < γ ≤ 1/2 and a positive discrepancy")
        }
        let ratio = try Interval(try (2 * gamma) / value, precision: precision)
        let ln2 = try Interval(2, precision: precision).log()
        return try ratio.log() / ln2
    }
}
