import Exact
import Simulate
@testable import Bell

/// Random inputs for the Bell property tests, drawn from a seed with Simulate's xoshiro256**.
struct RandomBell {
    var rng: Xoshiro256StarStar
    init(seed: Int) { rng = Xoshiro256StarStar(seed: UInt64(truncatingIfNeeded: seed)) }

    mutating func int(_ r: ClosedRange<Int>) -> Int { Int.random(in: r, using: &rng) }

    /// A small rational: an integer in −5…5, sometimes divided by 2, 3 or 7.
    mutating func rational() -> Rational {
        let n = int(-5...5), d = [1, 1, 1, 2, 3, 7][int(0...5)]
        return try! Rational(n, d)
    }

    mutating func scenario(maxParties: Int = 3, maxInputs: Int = 3, maxOutputs: Int = 3) -> BellScenario {
        let n = int(2...maxParties)
        return try! BellScenario(inputs: (0..<n).map { _ in int(1...maxInputs) }, outputs: (0..<n).map { _ in int(2...maxOutputs) })
    }

    mutating func probabilityFunctional(_ s: BellScenario) -> ProbabilityFunctional {
        try! ProbabilityFunctional(scenario: s, coefficients: (0..<(s.inputTupleCount * s.outputTupleCount)).map { _ in rational() })
    }

    mutating func correlator(inputs: [Int]) -> CorrelatorFunctional {
        try! CorrelatorFunctional(inputs: inputs, coefficients: (0..<inputs.reduce(1) { $0 * ($1 + 1) }).map { _ in rational() })
    }

    mutating func strategy(_ s: BellScenario) -> DeterministicStrategy {
        DeterministicStrategy(answers: (0..<s.parties).map { p in (0..<s.inputs[p]).map { _ in int(0...(s.outputs[p] - 1)) } })
    }

    mutating func permutation(_ n: Int) -> [Int] { Array(0..<n).shuffled(using: &rng) }
}

/// Every deterministic strategy of a scenario (small scenarios only): the brute-force route.
func allStrategies(_ s: BellScenario) -> [DeterministicStrategy] {
    let radices = (0..<s.parties).flatMap { p in Array(repeating: s.outputs[p], count: s.inputs[p]) }
    let total = radices.reduce(1, *)
    return (0..<total).map { t in
        let d = BellScenario.digits(t, radices: radices)
        var k = 0
        return DeterministicStrategy(answers: (0..<s.parties).map { p in (0..<s.inputs[p]).map { _ in defer { k += 1 }; return d[k] } })
    }
}

/// The deterministic behaviour p(a|x) = Π δ(a_i = f_i(x_i)), flat in FP order.
func behaviour(of f: DeterministicStrategy, _ s: BellScenario) -> [Rational] {
    let nx = s.inputTupleCount
    var p = Array(repeating: Rational(), count: nx * s.outputTupleCount)
    for xi in 0..<nx {
        let x = BellScenario.digits(xi, radices: s.inputs)
        let a = (0..<s.parties).map { f.answers[$0][x[$0]] }
        p[BellScenario.index(a, radices: s.outputs) * nx + xi] = 1
    }
    return p
}
