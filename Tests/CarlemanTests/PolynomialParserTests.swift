import Exact
import Testing
@testable import Carleman

@Suite struct PolynomialParserTests {
    let p = try! PolynomialParser(variables: ["x", "y"])
    func q(_ s: String) -> Rational { try! Rational(parsing: s) }

    @Test func readsTheDesignExamples() throws {
        let f = try p.parse("-x + 1/2*x*y")
        #expect(f.coefficient([1, 0]) == -1)
        #expect(f.coefficient([1, 1]) == q("1/2"))
        #expect(f.terms.count == 2)
        let g = try p.parse("-2*y + x^2")
        #expect(g.coefficient([2, 0]) == 1 && g.coefficient([0, 1]) == -2)
        let h = try p.parse("(x*y - 1)^2 + 1e-3*y ** 2 - 2.5")
        #expect(h.coefficient([2, 2]) == 1 && h.coefficient([1, 1]) == -2 && h.coefficient([0, 0]) == q("-3/2"))
        #expect(h.coefficient([0, 2]) == q("1/1000"))
        #expect(try p.parse("x/4 - -y").coefficient([1, 0]) == q("1/4"))
        #expect(try p.parse("(x + y)^3").evaluate([q("1/2"), q("1/3")]) == q("125/216"))
    }

    @Test("non-polynomial and malformed texts are refused with the offending column")
    func refusesNonPolynomials() {
        let cases: [(String, Int, String)] = [
            ("sin(x)", 0, "non-polynomial"), ("x^-1", 2, "exponent"), ("1/x", 2, "non-constant"), ("x^0.5", 2, "exponent"),
            ("x + z", 4, "unknown variable"), ("x +", 3, "expected a number"), ("(x + y", 6, "')'"), ("x 2", 2, "operator"),
            ("1/(x - x)", 2, "division by zero"), ("", 0, "empty"), ("x^99", 2, "at most"), ("(x+y)^30^2", 8, "operator"),
        ]
        for (text, column, fragment) in cases {
            do {
                _ = try p.parse(text)
                Issue.record("\"\(text)\" parsed")
            } catch {
                #expect(error.offset == column, "\"\(text)\": \(error)")
                #expect(error.message.contains(fragment), "\"\(text)\": \(error)")
            }
        }
        #expect(throws: PolynomialSyntaxError.self) { try PolynomialParser(variables: ["x", "x"]) }
        #expect(throws: PolynomialSyntaxError.self) { try PolynomialParser(variables: ["2x"]) }
    }

    @Test("huge expansions throw instead of exhausting memory")
    func capsExpansion() {
        let many = try! PolynomialParser(variables: (0..<12).map { "v\($0)" })
        #expect(throws: PolynomialSyntaxError.self) { try many.parse("(" + (0..<12).map { "v\($0)" }.joined(separator: "+") + ")^30") }
    }
}
