import QBoundsTestSupport
import Testing
import PropertyBased
import Exact
@testable import Certificates

@Suite struct ExpressionTests {
    /// Parser + exact evaluator against the same formula computed directly with `Rational`.
    @Test func exactEvaluationMatchesRationalArithmetic() async {
        let small = Gen.int(in: -60...60), positive = Gen.int(in: 1...25)
        await seededPropertyCheck("exactEvaluationMatchesRationalArithmetic", count: 300, zip(small, positive, small, Gen.int(in: 0...6))) { a, b, c, k in
            let text = "\(a)/\(b) - (\(c))*(\(a))^\(k) + -(\(c))/(\(b)^2) * 0.5e1"
            let value = try Expression(parsing: text).evaluate(precision: 64)
            let ra = Rational(a), rb = Rational(b), rc = Rational(c)
            let expected = try ra / rb - rc * (try ra.power(k)) + (try (-rc) / (try rb.power(2))) * 5
            guard case .exact(let got) = value else { Issue.record("\(text) was not evaluated exactly"); return }
            #expect(got == expected, "\(text)")
        }
    }

    /// Interval evaluation of a formula with every function against the same formula built
    /// directly from `Interval` operations: both enclose the exact value, so they must overlap,
    /// and both must be narrow; a float evaluation must lie (nearly) inside.
    @Test func intervalEvaluationMatchesDirectIntervalArithmetic() async {
        await seededPropertyCheck("intervalEvaluationMatchesDirectIntervalArithmetic", count: 60, zip(Gen.int(in: 1...2000), Gen.int(in: 1...97))) { n, d in
            let p = 160
            let text = "sqrt(\(n)/\(d)) + exp(\(n)/\(d)/100) * log(\(n)/\(d) + 1) - sin(\(n)/\(d))^2 / (2 + cos(pi*\(n)/\(d)))"
            guard case .enclosure(let got) = try Expression(parsing: text).evaluate(precision: p) else {
                Issue.record("expected an enclosure"); return
            }
            let x = try Rational(n, d)
            let X = try Interval(x, precision: p)
            let direct = try X.squareRoot()
                + (try Interval(try x / Rational(100), precision: p)).exp() * (try Interval(x + 1, precision: p).log())
                - (try (try X.sin().power(2)) / (try Interval(2, precision: p) + (try Interval.pi(precision: p) * X).cos()))
            #expect(got.overlaps(direct))
            #expect(got.width < Rational(1).timesPowerOfTwo(-120) && direct.width < Rational(1).timesPowerOfTwo(-120))
            let xd = Double(n) / Double(d)
            let float = xd.squareRoot() + Foundation.exp(xd / 100) * Foundation.log(xd + 1) - Foundation.pow(Foundation.sin(xd), 2) / (2 + Foundation.cos(Double.pi * xd))
            // The float result carries a few ulps of error per operation: a relative tolerance.
            let tolerance = 1e-12 * Swift.max(1, abs(float))
            #expect(got.lowerDouble - tolerance <= float && float <= got.upperDouble + tolerance, "\(text): \(got) vs \(float)")
        }
    }

    /// Precedence and number forms against hand-computed values.
    @Test(arguments: [
        ("-2^2", "-4"), ("2^3^2", "512"), ("2^-1", "1/2"), ("(-2)^3", "-8"), ("1e-3 + 0.5", "501/1000"),
        ("(1/3)*3", "1"), ("2*3-4/8", "11/2"), ("--1", "1"), ("+3 - -3", "6"), ("1/3 + 1/6", "1/2"),
        (".25 * 4", "1"), ("6.02E+2", "602"), ("2^0", "1"), ("(1/2)^-3", "8"), (" 7 ", "7"),
    ])
    func precedenceAndNumberForms(text: String, expected: String) throws {
        let value = try Expression(parsing: text).evaluate(precision: 64)
        guard case .exact(let q) = value else { Issue.record("not exact: \(text)"); return }
        #expect(q == Support.q(expected), "\(text)")
    }

    /// Syntax errors give the column where the problem is.
    @Test(arguments: [
        ("2 + * 3", 5), ("sqrt(2", 7), ("foo(1)", 1), ("1.2.3", 1), ("", 1), ("2 3", 3), ("(1 + 2", 7),
        ("2 ^", 4), ("sqrt 2", 6), ("1/3)", 4), ("3 # 4", 3), ("√2", 1),
    ])
    func syntaxErrorsNameTheColumn(text: String, column: Int) {
        do {
            _ = try Expression(parsing: text)
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.column == column, "\(text): \(error)")
            #expect(error.message.contains("expected"), "\(error)")
        }
    }

    /// Expressions that cannot be evaluated throw (no trap, no NaN, no guessed value).
    @Test(arguments: [
        "1/(1-1)", "log(0)", "log(1-2)", "sqrt(-1)", "sqrt(1 - sqrt(2)^2)", "0^-1", "2^100001", "2^pi",
        "exp(exp(100))", "1/(sqrt(2)^2 - 2)", "(10^10000)^10000", "(-8)^(1/3)", "2^(1/100001)", "1/(pi - pi)",
    ])
    func evaluationErrorsThrow(text: String) throws {
        let e = try Expression(parsing: text)
        #expect(throws: ExpressionError.self, "\(text)") { _ = try e.evaluate(precision: 128) }
    }

    /// Size limits: too long, too deep.
    @Test func limitsAreEnforced() throws {
        let deep = String(repeating: "(", count: 201) + "1" + String(repeating: ")", count: 201)
        #expect(throws: ExpressionError.self) { try Expression(parsing: deep) }
        let ok = String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150)
        #expect(try Expression(parsing: ok).evaluate(precision: 64).certificateValue == .exact(1))
        let long = String(repeating: "1+", count: 5001) + "1"
        #expect(throws: ExpressionError.self) { try Expression(parsing: long) }
        // A long flat sum is one level deep: 4000 terms evaluate without deep recursion.
        let flat = String(repeating: "1+", count: 4000) + "1"
        #expect(try Expression(parsing: flat).evaluate(precision: 64).certificateValue == .exact(4001))
        let minus = String(repeating: "-", count: 201) + "1"
        #expect(throws: ExpressionError.self) { try Expression(parsing: minus) }
    }

    /// The same strict inequality is undecided at 16 bits and certified at 128, and a Double
    /// shows which way it goes: raising the precision decides, it never flips a decision.
    @Test func precisionDecidesStrictInequalities() throws {
        func verdict(_ precision: Int) throws -> Verdict {
            let c = try Support.claim("""
                id: p
                statement: exact.interval
                kind: inequality
                precision: \(precision)
                lhs: sqrt(2)
                relation: ">"
                rhs: 1.4142135
                """)
            return try Certifier.certify(c).verdict
        }
        #expect(2.0.squareRoot() > 1.4142135)
        #expect(try verdict(16) == .undecided)
        #expect(try verdict(128) == .certified)
        #expect(try verdict(1024) == .certified)
    }
}

import Foundation
