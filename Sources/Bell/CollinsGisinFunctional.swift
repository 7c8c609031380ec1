import Exact

/// A Bell functional in Collins–Gisin (CG) notation: coefficients on the marginal and joint
/// probabilities of all outcomes but the last of each party. Party i's index runs over
/// `1 + inputs[i]·(outputs[i] − 1)` values: 0 means "party absent (marginalised)", and
/// `1 + x·(o−1) + a` means "party i gets input x and outcome a" for `a < o − 1`. Bipartite:
/// entry `[0][0]` is the constant, `[1 + x(oA−1) + a][0]` multiplies `p_A(a|x)`, `[0][…]`
/// multiplies `p_B(b|y)`, and the rest multiply `p(ab|xy)` (Ket.jl / toqito convention).
///
/// Reference: D. Collins & N. Gisin, J. Phys. A 37 (2004) 1775 (the I3322 paper, which
/// introduced the notation); Ket.jl `tensor_collinsgisin`.
public struct CollinsGisinFunctional: Sendable, Hashable {
    public let scenario: BellScenario
    public let coefficients: [Rational]

    public static func shape(of s: BellScenario) -> [Int] {
        (0..<s.parties).map { 1 + s.inputs[$0] * (s.outputs[$0] - 1) }
    }
    public var shape: [Int] { CollinsGisinFunctional.shape(of: scenario) }

    public init(scenario: BellScenario, coefficients: [Rational]) throws(BellError) {
        let n = CollinsGisinFunctional.shape(of: scenario).reduce(1, *)
        guard coefficients.count == n else {
            throw .shape("\(coefficients.count) Collins–Gisin coefficients: expected \(n) (shape \(CollinsGisinFunctional.shape(of: scenario)))")
        }
        self.scenario = scenario
        self.coefficients = coefficients
    }

    /// Bipartite form from a matrix, given the outputs per party (2 by default).
    public init(matrix: [[Rational]], outputs: [Int] = [2, 2]) throws(BellError) {
        guard outputs.count == 2, let w = matrix.first?.count, matrix.allSatisfy({ $0.count == w }) else {
            throw .shape("a Collins–Gisin matrix: expected a rectangular array and two output counts")
        }
        guard (matrix.count - 1) % (outputs[0] - 1) == 0, (w - 1) % (outputs[1] - 1) == 0, matrix.count > 1, w > 1 else {
            throw .shape("a \(matrix.count)×\(w) Collins–Gisin matrix: expected (1 + mA(oA−1))×(1 + mB(oB−1)) for outputs \(outputs)")
        }
        let s = try BellScenario(inputs: [(matrix.count - 1) / (outputs[0] - 1), (w - 1) / (outputs[1] - 1)], outputs: outputs)
        try self.init(scenario: s, coefficients: matrix.flatMap { $0 })
    }

    public var constant: Rational { coefficients[0] }

    /// The full-probability form with the same value on every no-signalling behaviour
    /// (`bell.notations`): a CG term on a subset S of parties is `p_S(a_S|x_S) = Σ_{a_{¬S}} p(a|x)`
    /// for any inputs of the other parties; it is spread evenly over those inputs.
    public func probabilityForm() -> ProbabilityFunctional {
        let s = scenario, sh = shape
        let nx = s.inputTupleCount, na = s.outputTupleCount
        var v = Array(repeating: Rational(), count: na * nx)
        for (k, c) in coefficients.enumerated() where !c.isZero {
            let idx = BellScenario.digits(k, radices: sh)
            var spread = 1
            var fixedInput = Array(repeating: -1, count: s.parties), fixedOutput = Array(repeating: -1, count: s.parties)
            for i in 0..<s.parties {
                if idx[i] == 0 { spread *= s.inputs[i]; continue }
                fixedInput[i] = (idx[i] - 1) / (s.outputs[i] - 1)
                fixedOutput[i] = (idx[i] - 1) % (s.outputs[i] - 1)
            }
            let share = try! c / Rational(spread)
            for xi in 0..<nx {
                let x = BellScenario.digits(xi, radices: s.inputs)
                guard (0..<s.parties).allSatisfy({ fixedInput[$0] < 0 || fixedInput[$0] == x[$0] }) else { continue }
                for ai in 0..<na {
                    let a = BellScenario.digits(ai, radices: s.outputs)
                    guard (0..<s.parties).allSatisfy({ fixedOutput[$0] < 0 || fixedOutput[$0] == a[$0] }) else { continue }
                    v[ai * nx + xi] += share
                }
            }
        }
        return try! ProbabilityFunctional(scenario: s, coefficients: v)
    }
}

extension ProbabilityFunctional {
    /// The Collins–Gisin form, with the same value on every no-signalling behaviour
    /// (`bell.notations`). Per party, the last outcome is eliminated with
    /// `p(…, o−1, …|x) = p(… party absent …) − Σ_{a < o−1} p(…, a, …|x)`; the products of these
    /// per-party rewrites give the CG coefficients. CG coordinates are unique, so
    /// CG → FP → CG is the identity.
    public func collinsGisinForm() -> CollinsGisinFunctional {
        let s = scenario, sh = CollinsGisinFunctional.shape(of: s)
        let nx = s.inputTupleCount
        var cg = Array(repeating: Rational(), count: sh.reduce(1, *))
        for ai in 0..<s.outputTupleCount {
            let a = BellScenario.digits(ai, radices: s.outputs)
            for xi in 0..<nx {
                let v = coefficients[ai * nx + xi]
                if v.isZero { continue }
                let x = BellScenario.digits(xi, radices: s.inputs)
                // Per party: the list of (CG index, sign) this outcome expands into.
                let options: [[(Int, Int)]] = (0..<s.parties).map { i in
                    let o = s.outputs[i]
                    if a[i] < o - 1 { return [(1 + x[i] * (o - 1) + a[i], 1)] }
                    return [(0, 1)] + (0..<(o - 1)).map { (1 + x[i] * (o - 1) + $0, -1) }
                }
                var counters = Array(repeating: 0, count: s.parties)
                while true {
                    var idx = Array(repeating: 0, count: s.parties), sign = 1
                    for i in 0..<s.parties { idx[i] = options[i][counters[i]].0; sign *= options[i][counters[i]].1 }
                    cg[BellScenario.index(idx, radices: sh)] += sign > 0 ? v : -v
                    var i = s.parties - 1
                    while i >= 0 { counters[i] += 1; if counters[i] < options[i].count { break }; counters[i] = 0; i -= 1 }
                    if i < 0 { break }
                }
            }
        }
        return try! CollinsGisinFunctional(scenario: s, coefficients: cg)
    }
}
