import Exact
import Foundation
import PropertyBased
import Testing
import QBoundsTestSupport
@testable import Carleman

@Suite struct QuadraticReductionTests {
    @Test("carleman.quadratic-reduction: x' = x − x³ gives F̃1 = diag(1, 2), F̃2 = [[0, −1, 0, 0], [0, 0, 0, −2]]")
    func publicExample() throws {
        let p = try PolynomialParser(variables: ["x"])
        let s = try PolynomialSystem(variables: ["x"], equations: [try p.parse("x - x^3")])
        let r = try QuadraticReduction(s).reduced
        #expect(r.dimension == 2)
        #expect(try r.coefficient(1).dense() == (try RationalMatrix([[1, 0], [0, 2]])))
        #expect(try r.coefficient(2).dense() == (try RationalMatrix([[0, -1, 0, 0], [0, 0, 0, -2]])))
        #expect(r.coefficient(0).nonzeroCount == 0)
    }

    @Test("carleman.quadratic-reduction: the reduced field at x̃(x) is d/dt x̃ for random systems and points")
    func reducedFieldIsExact() {
        seededCheck("quadratic reduction exact", count: 25, CarlemanGens.system(maxDegree: 4)) { input in
            let (system, u) = input
            let red = try QuadraticReduction(system)
            guard red.reduced.degree <= 2 else { return false }
            let n = system.dimension
            if system.degree >= 3 {
                let expectedN = (1...(system.degree - 1)).reduce(0) { $0 + Int(pow(Double(n), Double($1))) }
                guard red.reduced.dimension == expectedN else { return false }
            }
            let lifted = try red.lift(u)
            let got = try red.reduced.evaluate(lifted)
            var expected: [Rational] = []
            for m in 1...red.blocks { expected += try CarlemanMatrixTests.derivativeOfPower(system, u, m) }
            return got.entries == expected
        }
    }
}
