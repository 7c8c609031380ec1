import Exact

/// The syntax tree of an expression. Sums and products are n-ary, so a long chain such as
/// `1 + 1 + … + 1` is one level deep and evaluation recursion is bounded by the syntactic
/// nesting (at most `ClaimLimits.maximumNesting`).
public indirect enum ExpressionNode: Sendable, Hashable {
    /// An exact rational literal.
    case number(Rational)
    /// π.
    case pi
    /// −x.
    case negate(ExpressionNode)
    /// 1/x (a divisor in a product).
    case reciprocal(ExpressionNode)
    /// x₁ + x₂ + … (subtraction appears as `negate`).
    case sum([ExpressionNode])
    /// x₁ · x₂ · … (division appears as `reciprocal`).
    case product([ExpressionNode])
    /// base ^ exponent; the exponent must evaluate to an exact rational.
    case power(ExpressionNode, ExpressionNode)
    /// f(x).
    case call(ExpressionFunction, ExpressionNode)

    /// The value of the expression.
    ///
    /// Subexpressions without π, sqrt, exp, log, sin, cos or a fractional power are evaluated
    /// exactly in ℚ. Anything else is evaluated in interval arithmetic at `precision` bits with
    /// outward rounding (exact parts are enclosed once, at the point where they meet an interval),
    /// so an `.enclosure` result contains the exact value of the expression.
    ///
    /// Throws on division by zero (exact), division by an interval that contains 0, an argument
    /// outside a function's domain (or not certainly inside it), an exponent that is not an exact
    /// rational within `ClaimLimits.maximumExponent`, and results too large to represent.
    public func evaluate(precision: Int) throws(ExpressionError) -> ExpressionValue {
        switch self {
        case .number(let q): return .exact(q)
        case .pi:
            do { return .enclosure(try Interval.pi(precision: precision)) } catch { throw ExpressionError(error.description) }
        case .negate(let x):
            switch try x.evaluate(precision: precision) {
            case .exact(let q): return .exact(-q)
            case .enclosure(let i): return .enclosure(-i)
            }
        case .reciprocal(let x):
            switch try x.evaluate(precision: precision) {
            case .exact(let q):
                guard !q.isZero else { throw ExpressionError("division by zero: expected a nonzero divisor") }
                return .exact(try! q.reciprocal())
            case .enclosure(let i):
                return .enclosure(try ExpressionNode.reciprocal(i))
            }
        case .sum(let terms):
            var exact = Rational()
            var enclosure: Interval? = nil
            for t in terms {
                switch try t.evaluate(precision: precision) {
                case .exact(let q): exact += q
                case .enclosure(let i): enclosure = try ExpressionNode.finite(enclosure.map { $0 + i } ?? i, "a sum")
                }
            }
            guard let e = enclosure else { return .exact(exact) }
            return .enclosure(try ExpressionNode.finite(e + exact, "a sum"))
        case .product(let factors):
            var exact = Rational(1)
            var enclosure: Interval? = nil
            for f in factors {
                switch try f.evaluate(precision: precision) {
                case .exact(let q): exact *= q
                case .enclosure(let i): enclosure = try ExpressionNode.finite(enclosure.map { $0 * i } ?? i, "a product")
                }
            }
            guard let e = enclosure else { return .exact(exact) }
            return .enclosure(try ExpressionNode.finite(e * exact, "a product"))
        case let .power(base, exponentNode):
            guard case .exact(let r) = try exponentNode.evaluate(precision: precision) else {
                throw ExpressionError("an exponent must be an exact rational (no pi, sqrt, exp, log, sin or cos in it)")
            }
            guard let p = r.numerator.intValue, let q = r.denominator.intValue,
                  abs(p) <= ClaimLimits.maximumExponent, q <= ClaimLimits.maximumExponent else {
                throw ExpressionError("exponent \(r) is too large: expected p/q with |p|, q ≤ \(ClaimLimits.maximumExponent)")
            }
            let b = try base.evaluate(precision: precision)
            if case .exact(let x) = b, q == 1 {
                if x.isZero && p < 0 { throw ExpressionError("0 to the negative power \(p): division by zero") }
                do { return .exact(try x.power(p)) } catch { throw ExpressionError("power: \(error.description)") }
            }
            let i = try b.interval(precision: precision)
            if q == 1 {
                if p < 0 && i.containsZero {
                    throw ExpressionError("negative power of \(i), which contains 0: expected a base that is certainly nonzero")
                }
                do { return .enclosure(try ExpressionNode.finite(try i.power(p), "a power")) }
                catch let e as ExpressionError { throw e }
                catch { throw ExpressionError("power: \(error)") }
            }
            guard i.isGreaterOrEqual(to: Rational()) == .true else {
                throw ExpressionError("fractional power \(r) of \(i): expected a base that is certainly ≥ 0")
            }
            if p < 0 && i.containsZero {
                throw ExpressionError("negative power of \(i), which contains 0: expected a base that is certainly nonzero")
            }
            do { return .enclosure(try ExpressionNode.finite(try i.power(r), "a power")) }
            catch let e as ExpressionError { throw e }
            catch { throw ExpressionError("power: \(error)") }
        case let .call(f, x):
            let i = try x.evaluate(precision: precision).interval(precision: precision)
            return .enclosure(try ExpressionNode.finite(try f.apply(i), f.rawValue))
        }
    }

    static func reciprocal(_ i: Interval) throws(ExpressionError) -> Interval {
        guard !i.containsZero else {
            if i.width.isZero { throw ExpressionError("division by zero: expected a nonzero divisor") }
            throw ExpressionError("division by \(i), an interval that contains 0: expected a divisor that is certainly nonzero (if it is nonzero, raise the precision)")
        }
        return try finite(try! i.reciprocal(), "a quotient")
    }

    /// Checks that both endpoints are finite: MPFR overflows to ±∞ beyond about 2^(2^30), and
    /// an interval with an infinite endpoint would make every later step meaningless.
    static func finite(_ i: Interval, _ what: String) throws(ExpressionError) -> Interval {
        guard i.isBounded else { throw ExpressionError("\(what) overflowed: expected values of magnitude below 2^(2^30)") }
        return i
    }
}
