import Exact

/// An exact dual certificate for the no-signalling value of a functional V (statement
/// `bell.no-signalling`): multipliers y, one per equality constraint of the no-signalling
/// polytope `A p = b`, with `Aᵀy ≥ V` entry by entry. For every no-signalling box p (p ≥ 0,
/// A p = b) weak duality gives `V·p ≤ (Aᵀy)·p = y·b`, so **the no-signalling value is at most
/// `bound = b·y`**; with an optimal box of value `b·y` (`NoSignallingBound.box`) the value is
/// pinned exactly.
///
/// The constraints (`constraints(of:)`), over `p[outputIndex · inputTupleCount + inputIndex]`:
/// - normalisation, one per input tuple x: `Σ_a p(a|x) = 1`;
/// - no-signalling, for each party i, each input tuple x with x_i + 1 < m_i, and each output
///   tuple o of the other parties: `Σ_{a_i} p(o, a_i | x) − Σ_{a_i} p(o, a_i | x + e_i) = 0`
///   (the marginal of the others does not depend on party i's input).
///
/// Reference: V. Chvátal, *Linear Programming* (1983), ch. 5 (weak duality); J. Barrett et al.,
/// PRA 71 (2005) 022101 (no-signalling polytopes).
public struct NoSignallingDual: Sendable, Hashable, Codable {
    /// y, in the order of the rows of `constraints(of:)`.
    public let multipliers: [Rational]
    /// b·y: an upper bound on the no-signalling value.
    public let bound: Rational

    public init(multipliers: [Rational], bound: Rational) {
        self.multipliers = multipliers; self.bound = bound
    }

    /// The rows of A and the right-hand side b (dense; see the type's documentation).
    public static func constraints(of s: BellScenario) -> (rows: [[Rational]], rhs: [Rational]) {
        let nx = s.inputTupleCount, na = s.outputTupleCount, nv = nx * na
        var rows = [[Rational]](), rhs = [Rational]()
        for xi in 0..<nx {
            var r = Array(repeating: Rational(), count: nv)
            for ai in 0..<na { r[ai * nx + xi] = 1 }
            rows.append(r); rhs.append(1)
        }
        for i in 0..<s.parties where s.inputs[i] > 1 {
            let otherOutputs = s.outputs.enumerated().filter { $0.offset != i }.map(\.element)
            for xi in 0..<nx {
                var x = BellScenario.digits(xi, radices: s.inputs)
                guard x[i] + 1 < s.inputs[i] else { continue }
                x[i] += 1
                let next = BellScenario.index(x, radices: s.inputs)
                for oi in 0..<otherOutputs.reduce(1, *) {
                    let o = BellScenario.digits(oi, radices: otherOutputs)
                    var r = Array(repeating: Rational(), count: nv)
                    for ai in 0..<s.outputs[i] {
                        var a = o; a.insert(ai, at: i)
                        let k = BellScenario.index(a, radices: s.outputs)
                        r[k * nx + xi] += 1
                        r[k * nx + next] -= 1
                    }
                    rows.append(r); rhs.append(0)
                }
            }
        }
        return (rows, rhs)
    }

    /// An optimal dual solution: minimise b·y subject to Aᵀy ≥ V, solved by the exact two-phase
    /// simplex on the standard form `Aᵀ(y⁺ − y⁻) − s = V`, `y⁺, y⁻, s ≥ 0`.
    public static func compute(_ f: ProbabilityFunctional) throws(BellError) -> NoSignallingDual {
        let (a, b) = constraints(of: f.scenario)
        let m = a.count, n = f.coefficients.count
        guard 2 * m + n <= 4 * NoSignallingBound.maximumVariables else {
            throw .tooLarge(what: "the no-signalling dual program", estimate: "\(2 * m + n) variables",
                            limit: "\(4 * NoSignallingBound.maximumVariables) variables")
        }
        var rows = [[Rational]]()
        rows.reserveCapacity(n)
        for j in 0..<n {
            var r = Array(repeating: Rational(), count: 2 * m + n)
            for i in 0..<m where !a[i][j].isZero { r[i] = a[i][j]; r[m + i] = -a[i][j] }
            r[2 * m + j] = -1
            rows.append(r)
        }
        var objective = Array(repeating: Rational(), count: 2 * m + n)
        for i in 0..<m { objective[i] = -b[i]; objective[m + i] = b[i] }
        switch ExactSimplex.maximize(c: objective, a: rows, b: f.coefficients) {
        case let .optimal(_, point):
            let y = (0..<m).map { point[$0] - point[m + $0] }
            let bound = zip(b, y).reduce(Rational()) { $0 + $1.0 * $1.1 }
            return NoSignallingDual(multipliers: y, bound: bound)
        case .infeasible, .unbounded:
            throw .invalid("the no-signalling dual program has no optimum (cannot happen: the primal is feasible and bounded)")
        }
    }

    /// Re-checks the certificate against f by exact arithmetic: one multiplier per constraint,
    /// `(Aᵀy)_j ≥ V_j` for every j, and `bound = b·y`. Nil when it holds, else the first failure.
    public func verify(against f: ProbabilityFunctional) -> String? {
        let (a, b) = NoSignallingDual.constraints(of: f.scenario)
        guard multipliers.count == a.count else {
            return "\(multipliers.count) multipliers: expected one per constraint (\(a.count))"
        }
        for j in 0..<f.coefficients.count {
            var s = Rational()
            for i in 0..<a.count where !a[i][j].isZero && !multipliers[i].isZero { s += a[i][j] * multipliers[i] }
            if s < f.coefficients[j] { return "(Aᵀy)[\(j)] = \(s) is below the coefficient \(f.coefficients[j])" }
        }
        let by = zip(b, multipliers).reduce(Rational()) { $0 + $1.0 * $1.1 }
        return by == bound ? nil : "b·y = \(by), not the recorded bound \(bound)"
    }
}
