import Exact

/// The no-signalling value of a Bell functional: the maximum of `Σ V[a][x] p(a|x)` over all
/// behaviours p ≥ 0 that are normalised for every x and whose marginals on every subset of
/// parties do not depend on the other parties' inputs (it suffices that each party's removal
/// gives a marginal independent of that party's input). Solved exactly by `ExactSimplex`; the
/// optimal box is returned as a witness (`isNoSignalling` re-checks it).
///
/// Reference: J. Barrett et al., PRA 71 (2005) 022101 (no-signalling polytopes); S. Popescu &
/// D. Rohrlich, Found. Phys. 24 (1994) 379.
public struct NoSignallingBound: Sendable {
    public let value: Rational
    public let box: [Rational]

    /// Largest number of variables (outputs × inputs) accepted.
    public static let maximumVariables = 300

    public static func compute(_ f: ProbabilityFunctional) throws(BellError) -> NoSignallingBound {
        let s = f.scenario
        let nx = s.inputTupleCount, na = s.outputTupleCount, nv = nx * na
        guard nv <= maximumVariables else {
            throw .tooLarge(what: "the no-signalling linear program", estimate: "\(nv) variables", limit: "\(maximumVariables) variables")
        }
        // Normalisation and no-signalling equalities (the same A, b as the dual's).
        let (rows, rhs) = NoSignallingDual.constraints(of: s)
        switch ExactSimplex.maximize(c: f.coefficients, a: rows, b: rhs) {
        case let .optimal(value, point): return NoSignallingBound(value: value, box: point)
        case .infeasible, .unbounded:
            throw .invalid("the no-signalling linear program has no optimum (cannot happen for a valid scenario)")
        }
    }

    /// Re-checks that a behaviour is a normalised, nonnegative no-signalling box (exactly).
    public static func isNoSignalling(_ p: [Rational], scenario s: BellScenario) -> Bool {
        let nx = s.inputTupleCount, na = s.outputTupleCount
        guard p.count == nx * na, p.allSatisfy({ $0.signum >= 0 }) else { return false }
        for xi in 0..<nx where (0..<na).reduce(Rational(), { $0 + p[$1 * nx + xi] }) != 1 { return false }
        for i in 0..<s.parties {
            for xi in 0..<nx {
                let x = BellScenario.digits(xi, radices: s.inputs)
                for x2i in 0..<s.inputs[i] {
                    var x2 = x; x2[i] = x2i
                    let xj = BellScenario.index(x2, radices: s.inputs)
                    var m1 = [[Int]: Rational](), m2 = [[Int]: Rational]()
                    for ai in 0..<na {
                        var a = BellScenario.digits(ai, radices: s.outputs); a.remove(at: i)
                        m1[a, default: 0] += p[ai * nx + xi]; m2[a, default: 0] += p[ai * nx + xj]
                    }
                    if m1 != m2 { return false }
                }
            }
        }
        return true
    }
}
