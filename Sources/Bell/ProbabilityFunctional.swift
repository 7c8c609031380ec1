import Exact

/// A Bell functional in full-probability (FP) notation: `Σ_{a,x} V[a][x] p(a|x)`, with the
/// coefficient array `V[a₁]…[a_n][x₁]…[x_n]` (outputs first, then inputs; party 0 most
/// significant), the convention of Ket.jl and toqito. Stored flat, row-major.
///
/// Reference: D. Collins & N. Gisin, J. Phys. A 37 (2004) 1775, for the notations; Ket.jl
/// `nonlocal.jl` for the index order.
public struct ProbabilityFunctional: Sendable, Hashable {
    public let scenario: BellScenario
    /// `coefficients[outputIndex * inputTupleCount + inputIndex]`.
    public let coefficients: [Rational]

    public init(scenario: BellScenario, coefficients: [Rational]) throws(BellError) {
        let n = scenario.outputTupleCount * scenario.inputTupleCount
        guard coefficients.count == n else {
            throw .shape("\(coefficients.count) full-probability coefficients: expected \(n) for \(scenario)")
        }
        self.scenario = scenario
        self.coefficients = coefficients
    }

    /// The shape of the nested array `V[a₁]…[a_n][x₁]…[x_n]`.
    public static func shape(of s: BellScenario) -> [Int] { s.outputs + s.inputs }

    /// The coefficient of `p(a|x)`.
    public subscript(outputs a: [Int], inputs x: [Int]) -> Rational {
        coefficients[BellScenario.index(a, radices: scenario.outputs) * scenario.inputTupleCount
                     + BellScenario.index(x, radices: scenario.inputs)]
    }

    /// The exact value on a deterministic strategy: `Σ_x V[f(x)][x]`.
    public func value(of strategy: DeterministicStrategy) throws(BellError) -> Rational {
        try strategy.validate(for: scenario)
        var total = Rational()
        let nx = scenario.inputTupleCount
        for xi in 0..<nx {
            let x = BellScenario.digits(xi, radices: scenario.inputs)
            let a = (0..<scenario.parties).map { strategy.answers[$0][x[$0]] }
            total += coefficients[BellScenario.index(a, radices: scenario.outputs) * nx + xi]
        }
        return total
    }

    /// The exact value on a behaviour given as a flat table `p[outputIndex * inputTupleCount + inputIndex]`.
    public func value(ofBehaviour p: [Rational]) throws(BellError) -> Rational {
        guard p.count == coefficients.count else {
            throw .shape("a behaviour with \(p.count) entries: expected \(coefficients.count)")
        }
        var total = Rational()
        for i in 0..<p.count where !coefficients[i].isZero { total += coefficients[i] * p[i] }
        return total
    }

    /// An enclosure of the value on a behaviour whose entries are intervals: contains
    /// `Σ V·p` for every behaviour p with each entry in its interval.
    public func value(ofBehaviour p: [Interval]) throws(BellError) -> Interval {
        guard p.count == coefficients.count, let first = p.first else {
            throw .shape("a behaviour with \(p.count) entries: expected \(coefficients.count)")
        }
        var total = try! Interval(0, precision: first.precision)
        for i in 0..<p.count where !coefficients[i].isZero { total += p[i] * coefficients[i] }
        return total
    }

    /// The same functional with inputs, outputs and parties relabelled: party `i` of the result
    /// is party `partyOrder[i]` of `self`; `inputMaps[j][x]` (`outputMaps[j][a]`) is the new label
    /// of input x (output a) of the original party j. The local bound is invariant
    /// (`bell.invariance`).
    public func relabelled(partyOrder: [Int], inputMaps: [[Int]], outputMaps: [[Int]]) throws(BellError) -> ProbabilityFunctional {
        let n = scenario.parties
        guard partyOrder.sorted() == Array(0..<n), inputMaps.count == n, outputMaps.count == n else {
            throw .shape("a relabelling: expected a permutation of the \(n) parties and one input and output map per party")
        }
        for j in 0..<n {
            guard inputMaps[j].sorted() == Array(0..<scenario.inputs[j]), outputMaps[j].sorted() == Array(0..<scenario.outputs[j]) else {
                throw .shape("the maps of party \(j): expected permutations of its inputs and outputs")
            }
        }
        let s = try BellScenario(inputs: partyOrder.map { scenario.inputs[$0] }, outputs: partyOrder.map { scenario.outputs[$0] })
        var c = Array(repeating: Rational(), count: coefficients.count)
        let nx = scenario.inputTupleCount
        for ai in 0..<scenario.outputTupleCount {
            let a = BellScenario.digits(ai, radices: scenario.outputs)
            for xi in 0..<nx {
                let x = BellScenario.digits(xi, radices: scenario.inputs)
                let na = partyOrder.map { outputMaps[$0][a[$0]] }
                let nxv = partyOrder.map { inputMaps[$0][x[$0]] }
                c[BellScenario.index(na, radices: s.outputs) * nx + BellScenario.index(nxv, radices: s.inputs)] = coefficients[ai * nx + xi]
            }
        }
        return try ProbabilityFunctional(scenario: s, coefficients: c)
    }
}
