import PropertyBased
import Simulate
import QBoundsTestSupport
import Testing

/// A random polynomial field with n ≤ 4, degree q ≤ 3, and its coefficient matrices as dense rows.
private func randomField(_ rng: inout Xoshiro256StarStar) -> (field: PolynomialField, dense: [[[Double]]], n: Int) {
    let n = Int.random(in: 1...4, using: &rng)
    let q = Int.random(in: 0...3, using: &rng)
    var mats: [SparseMatrix] = []
    var dense: [[[Double]]] = []
    var width = 1
    for l in 0...q {
        if l > 0 { width *= n }
        let (s, d) = randomSparse(rows: n, columns: width, entries: Int.random(in: 0...(2 * width), using: &rng), &rng)
        mats.append(s)
        dense.append(d)
    }
    return (try! PolynomialField(dimension: n, coefficients: mats), dense, n)
}

@Suite("PolynomialField")
struct PolynomialFieldTests {
    @Test("sparse evaluation equals Σ F_ℓ · (u⊗…⊗u) with the tensor power formed densely")
    func sparseEvaluationMatchesDenseTensorPower() async {
        await seededPropertyCheck("sparseEvaluationMatchesDenseTensorPower", count: 80, Gen.uint64()) { seed in
            var rng = Xoshiro256StarStar(seed: seed)
            let (field, dense, n) = randomField(&rng)
            let u = randomVector(n, &rng, in: -1.5...1.5)
            var expected = [Double](repeating: 0, count: n)
            var power: [Double] = [1]          // u^{⊗0}
            for l in 0...field.degree {
                if l > 0 { power = kronVector(power, u) }
                let term = denseMultiply(dense[l], power)
                for i in 0..<n { expected[i] += term[i] }
            }
            let got = try field.evaluate(u)
            var into = [Double](repeating: 0, count: n)
            try field.evaluate(u, into: &into)
            // |terms| ≤ 2·(duplicates)·1.5³, at most ~150 of them: 1e-11 is far above rounding.
            #expect(maxAbsDifference(got, expected) <= 1e-11)
            #expect(got == into)
        }
    }

    @Test("monomial-term initializer equals a direct sum of products c·u_{v1}⋯u_{vℓ}")
    func termInitializerMatchesMonomials() async {
        await seededPropertyCheck("termInitializerMatchesMonomials", count: 60, Gen.uint64()) { seed in
            var rng = Xoshiro256StarStar(seed: seed)
            let n = Int.random(in: 1...5, using: &rng)
            var terms: [(component: Int, variables: [Int], coefficient: Double)] = []
            for _ in 0..<Int.random(in: 0...12, using: &rng) {
                let len = Int.random(in: 0...3, using: &rng)
                terms.append((Int.random(in: 0..<n, using: &rng),
                              (0..<len).map { _ in Int.random(in: 0..<n, using: &rng) },
                              Double.random(in: -2...2, using: &rng)))
            }
            let field = try PolynomialField(dimension: n, terms: terms)
            let u = randomVector(n, &rng, in: -2...2)
            var expected = [Double](repeating: 0, count: n)
            for t in terms { expected[t.component] += t.variables.reduce(t.coefficient) { $0 * u[$1] } }
            #expect(maxAbsDifference(try field.evaluate(u), expected) <= 1e-11)
        }
    }

    @Test("Jacobian equals central finite differences")
    func jacobianMatchesCentralDifferences() async {
        await seededPropertyCheck("jacobianMatchesCentralDifferences", count: 50, Gen.uint64()) { seed in
            var rng = Xoshiro256StarStar(seed: seed)
            let (field, _, n) = randomField(&rng)
            let u = randomVector(n, &rng)
            let jac = try field.jacobian(at: u).denseRows()
            let h = 1e-5
            for j in 0..<n {
                var up = u, um = u
                up[j] += h
                um[j] -= h
                let fp = try field.evaluate(up), fm = try field.evaluate(um)
                for i in 0..<n {
                    let fd = (fp[i] - fm[i]) / (2 * h)
                    // Truncation h²/6·|f'''| ≲ 1e-9, rounding ε·|f|/h ≲ 1e-10.
                    #expect(abs(fd - jac[i][j]) <= 1e-7)
                }
            }
        }
    }

    @Test("a polynomial map iterates u ← u + δu(u); logistic map r = 2 has a closed form")
    func logisticMapClosedForm() async {
        // x_{k+1} = 2x(1 − x) = x + (x − 2x²) ⇒ 1 − 2x_k = (1 − 2x_0)^{2^k}.
        await seededPropertyCheck("logisticMapClosedForm", count: 40, Gen.double(in: 0.01...0.99)) { x0 in
            let map = PolynomialMap(increment: try PolynomialField(dimension: 1, terms: [(0, [0], 1), (0, [0, 0], -2)]))
            let traj = try map.iterate(from: [x0], steps: 6)
            #expect(traj.count == 7)
            for (k, state) in traj.enumerated() {
                let exact = (1 - Double.pow(1 - 2 * x0, 1 << k)) / 2   // integer power: base may be negative
                #expect(abs(state[0] - exact) <= 1e-13)   // |map′| ≤ 2: error ≤ 2^6 · few ε
            }
        }
    }

    @Test("gradient descent on a quadratic loss: w_k − w* = (I − ηA)^k (w_0 − w*)")
    func gradientDescentClosedForm() async {
        await seededPropertyCheck("gradientDescentClosedForm", count: 40, zip(Gen.double(in: 0.01...0.4), Gen.double(in: 0.5...3), Gen.double(in: -1...1))) {
            eta, a2, b1 in
            // L(w) = ½(w1² + a2 w2²) − b1 w1 ⇒ δw = −η(w1 − b1, a2 w2).
            let field = try PolynomialField(dimension: 2, terms: [(0, [], eta * b1), (0, [0], -eta), (1, [1], -eta * a2)])
            let traj = try PolynomialMap(increment: field).iterate(from: [0.3, -0.7], steps: 25)
            for (k, w) in traj.enumerated() {
                let e1 = b1 + Double.pow(1 - eta, k) * (0.3 - b1)
                let e2 = Double.pow(1 - eta * a2, k) * -0.7
                #expect(abs(w[0] - e1) <= 1e-13 && abs(w[1] - e2) <= 1e-13)
            }
        }
    }

    @Test("bad shapes, indices and overflowing iterates throw")
    func invalidInputsThrow() throws {
        let f1 = try SparseMatrix.identity(2)
        #expect(throws: SimulationError.self) { try PolynomialField(dimension: 0, coefficients: [f1]) }
        #expect(throws: SimulationError.self) { try PolynomialField(dimension: 2, coefficients: []) }
        #expect(throws: SimulationError.self) { try PolynomialField(dimension: 2, coefficients: [f1]) } // F_0 must be 2×1
        #expect(throws: SimulationError.self) {
            try PolynomialField(dimension: 2, coefficients: [.zeros(rowCount: 2, columnCount: 1), .zeros(rowCount: 2, columnCount: 4)])
        }
        #expect(throws: SimulationError.self) { try PolynomialField(dimension: 2, terms: [(0, [2], 1)]) }
        #expect(throws: SimulationError.self) { try PolynomialField(dimension: 2, terms: [(-1, [0], 1)]) }
        #expect(throws: SimulationError.self) { try PolynomialField(dimension: 2, degree: 1, terms: [(0, [0, 1], 1)]) }
        let field = try PolynomialField(dimension: 1, terms: [(0, [0, 0], 1)])   // x ← x + x²
        #expect(throws: SimulationError.self) { try field.evaluate([1, 2]) }
        #expect(throws: SimulationError.self) { try field.evaluate([.nan]) }
        #expect(throws: SimulationError.self) { try PolynomialMap(increment: field).iterate(from: [10], steps: 40) }
        #expect(throws: SimulationError.self) { try PolynomialMap(increment: field).iterate(from: [0.1], steps: -1) }
    }
}
