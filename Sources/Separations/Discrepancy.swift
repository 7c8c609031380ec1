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
///
/// Work cap: the enumeration costs 2^k · (other side) column updates, k = the smaller side.
/// Both the side (≤ `maximumSide`) and that product (≤ `maximumWork`) are checked before any
/// work starts; past either, `compute` throws `SeparationError.capExceeded` and callers report the
/// discrepancy as not computed (never a hang).
public struct Discrepancy: Sendable, Hashable, Codable {
    /// The largest side (after transposing) enumerated: 2^maximumSide row sets.
    public static let maximumSide = 22
    /// The largest 2^k · (other side) enumerated by default: 2^28 ≈ 2.7·10⁸ column updates, about
    /// a third of a second in a release build and seconds in a debug build. It admits every
    /// matrix with k ≤ 16 and ≤ 4096 columns (IP_4, EQ_4, all named tasks with n ≤ 4) and
    /// k = 20 up to 256 columns; a 20 × 20000 matrix (2^20 · 20000 ≈ 2^34) is refused.
    public static let maximumWork = 1 << 28

    /// 2^k · (other side) for the smaller side k, or nil when k > `maximumSide` (the product
    /// would be astronomically large; nil also avoids overflow).
    public static func work(rows: Int, columns: Int) -> Int? {
        let k = min(rows, columns), other = max(rows, columns)
        guard k <= maximumSide else { return nil }
        let (w, overflow) = other.multipliedReportingOverflow(by: 1 << k)
        return overflow ? nil : w
    }

    /// Nil when the exact enumeration of an r × c matrix fits the caps, else the reason it does not.
    public static func refusal(rows: Int, columns: Int, maximumWork: Int = Discrepancy.maximumWork) -> String? {
        let k = min(rows, columns), other = max(rows, columns)
        guard let w = work(rows: rows, columns: columns) else {
            return "the smaller side is \(k): expected at most \(maximumSide) for the exact discrepancy (2^k row sets)"
        }
        guard w <= maximumWork else {
            return "the exact discrepancy needs 2^\(k) · \(other) = \(w) column updates: expected at most \(maximumWork)"
        }
        return nil
    }

    public let value: Rational
    public let rowSet: [Int]
    public let columnSet: [Int]
    /// The weights μ(x, y) used (row-major), summing to 1.
    public let weights: [Rational]

    /// disc under the uniform distribution μ = 1/(rows·columns).
    /// Throws `SeparationError.capExceeded` past the work cap (see `refusal`).
    public static func uniform(_ m: BooleanMatrix, maximumWork: Int = Discrepancy.maximumWork) throws -> Discrepancy {
        if let why = refusal(rows: m.rows, columns: m.columns, maximumWork: maximumWork) { throw SeparationError.capExceeded(why) }
        let w = try Rational(1, m.rows * m.columns)
        return try compute(m, weights: [Rational](repeating: w, count: m.rows * m.columns), maximumWork: maximumWork)
    }

    /// disc under the given distribution (row-major, nonnegative, summing to 1). Throws
    /// `SeparationError.capExceeded` past the work cap (see `refusal`), before any enumeration.
    public static func compute(_ m: BooleanMatrix, weights: [Rational], maximumWork: Int = Discrepancy.maximumWork) throws -> Discrepancy {
        if let why = refusal(rows: m.rows, columns: m.columns, maximumWork: maximumWork) { throw SeparationError.capExceeded(why) }
        guard weights.count == m.rows * m.columns else {
            throw SeparationError.invalidArgument("expected \(m.rows * m.columns) weights, got \(weights.count)")
        }
        guard weights.allSatisfy({ $0.signum >= 0 }), weights.reduce(Rational(), +) == Rational(1) else {
            throw SeparationError.invalidArgument("expected nonnegative weights summing to 1")
        }
        let transpose = m.columns < m.rows
        let a = transpose ? m.transposed : m
        // Common denominator, integer signed weights s(x, y) = D·μ·(−1)^f.
        let den = weights.reduce(BigInteger(1)) { BigInteger.lcm($0, $1.denominator) }
        guard den.bitWidth <= 40 else {
            throw SeparationError.invalidArgument("the weights have a common denominator of \(den.bitWidth) bits: expected one below 2^40 (exact integer enumeration)")
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

    /// The best rectangle with a single row or a single column: for each row x the columns
    /// whose weighted sign is positive (or negative), and likewise for each column. O(rows ·
    /// columns), no cap beyond the matrix's own. `value` is that rectangle's |Σ μ (−1)^f|, a
    /// certified *lower* bound on disc_μ(f) (and disc_μ ≤ 1 = Σ μ), used when the exact
    /// enumeration is over its cap. The weights must be a distribution on m's entries.
    public static func singleLineLowerBound(_ m: BooleanMatrix, weights: [Rational]) throws -> Discrepancy {
        guard weights.count == m.rows * m.columns else {
            throw SeparationError.invalidArgument("expected \(m.rows * m.columns) weights, got \(weights.count)")
        }
        func signed(_ x: Int, _ y: Int) -> Rational { let w = weights[x * m.columns + y]; return m[x, y] ? -w : w }
        var best = Rational(), rows: [Int] = [], cols: [Int] = []
        for x in 0..<m.rows {
            var pos = Rational(), neg = Rational(), pc: [Int] = [], nc: [Int] = []
            for y in 0..<m.columns { let v = signed(x, y); if v.signum > 0 { pos += v; pc.append(y) } else if v.signum < 0 { neg -= v; nc.append(y) } }
            if pos > best { best = pos; rows = [x]; cols = pc }
            if neg > best { best = neg; rows = [x]; cols = nc }
        }
        for y in 0..<m.columns {
            var pos = Rational(), neg = Rational(), pr: [Int] = [], nr: [Int] = []
            for x in 0..<m.rows { let v = signed(x, y); if v.signum > 0 { pos += v; pr.append(x) } else if v.signum < 0 { neg -= v; nr.append(x) } }
            if pos > best { best = pos; rows = pr; cols = [y] }
            if neg > best { best = neg; rows = nr; cols = [y] }
        }
        return Discrepancy(value: best, rowSet: rows, columnSet: cols, weights: weights)
    }

    public init(value: Rational, rowSet: [Int], columnSet: [Int], weights: [Rational]) {
        self.value = value; self.rowSet = rowSet; self.columnSet = columnSet; self.weights = weights
    }

    /// Re-sums the witness rectangle in rationals: nil when the weights are a distribution on
    /// m's entries (one per entry, nonnegative, summing to 1) and |Σ μ (−1)^f| over the
    /// rectangle equals `value`. Malformed witnesses (wrong weight count, indices out of range)
    /// give a message, never a trap.
    public func verify(against m: BooleanMatrix) -> String? {
        guard weights.count == m.rows * m.columns else {
            return "the witness has \(weights.count) weights: expected \(m.rows * m.columns), one per entry of the \(m.rows)×\(m.columns) matrix"
        }
        guard weights.allSatisfy({ $0.signum >= 0 }), weights.reduce(Rational(), +) == Rational(1) else {
            return "the witness weights are not a distribution: expected nonnegative weights summing to 1"
        }
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
