import Exact

/// A nonlocal game: a referee draws the input tuple x with probability `distribution[x]`, the
/// parties answer a, and the payoff is `payoff(a, x)` (1 for a win, 0 for a loss; fractional
/// payoffs are allowed, e.g. CGLMP). Its Bell functional in FP notation is
/// `V[a][x] = π(x)·payoff(a, x)`, so the classical value is the local bound of V and the value
/// of a quantum strategy is V evaluated on its behaviour.
///
/// Reference: R. Cleve, P. Høyer, B. Toner, J. Watrous, "Consequences and limits of nonlocal
/// strategies", CCC 2004 (the game formalism).
public struct NonlocalGame: Sendable {
    public let name: String
    public let functional: ProbabilityFunctional

    /// Builds the game; `distribution` has one entry per input tuple (FP order) and must be a
    /// probability distribution (checked exactly).
    public init(name: String, scenario: BellScenario, distribution: [Rational],
                payoff: ([Int], [Int]) -> Rational) throws(BellError) {
        guard distribution.count == scenario.inputTupleCount else {
            throw .shape("\(distribution.count) input probabilities: expected \(scenario.inputTupleCount)")
        }
        guard distribution.allSatisfy({ $0.signum >= 0 }), distribution.reduce(Rational(), +) == 1 else {
            throw .invalid("the input distribution: expected nonnegative probabilities summing to 1")
        }
        let nx = scenario.inputTupleCount
        var v = Array(repeating: Rational(), count: scenario.outputTupleCount * nx)
        for xi in 0..<nx where !distribution[xi].isZero {
            let x = BellScenario.digits(xi, radices: scenario.inputs)
            for ai in 0..<scenario.outputTupleCount {
                let w = payoff(BellScenario.digits(ai, radices: scenario.outputs), x)
                if !w.isZero { v[ai * nx + xi] = distribution[xi] * w }
            }
        }
        self.name = name
        self.functional = try ProbabilityFunctional(scenario: scenario, coefficients: v)
    }

    /// Uniform distribution over all input tuples.
    public static func uniform(_ s: BellScenario) -> [Rational] {
        Array(repeating: try! Rational(1, s.inputTupleCount), count: s.inputTupleCount)
    }

    /// The exact classical value and an optimal deterministic strategy (`bell.local-bound`).
    public func classicalValue(force: Bool = false) throws(BellError) -> LocalBoundResult {
        try LocalBound.enumeration(functional, force: force)
    }
}
