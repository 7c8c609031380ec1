import Exact

/// A Bell functional in full-correlator (FC) notation for binary outcomes (±1 observables):
/// `Σ_idx c[idx] ⟨Π_{i: idx_i > 0} A^{(i)}_{idx_i − 1}⟩`, where index 0 of a party means "this
/// party is absent". Bipartite: entry `[0][0]` is the constant, `[x+1][0]` multiplies `⟨A_x⟩`,
/// `[0][y+1]` multiplies `⟨B_y⟩`, `[x+1][y+1]` multiplies `⟨A_x B_y⟩` (Ket.jl / toqito
/// convention). Stored flat, row-major, shape `inputs[i] + 1` per party.
///
/// Reference: Collins & Gisin, J. Phys. A 37 (2004) 1775; Ket.jl `tensor_correlation`.
public struct CorrelatorFunctional: Sendable, Hashable {
    public let inputs: [Int]
    public let coefficients: [Rational]

    public init(inputs: [Int], coefficients: [Rational]) throws(BellError) {
        _ = try BellScenario(inputs: inputs, outputs: inputs.map { _ in 2 })
        let n = inputs.reduce(1) { $0 * ($1 + 1) }
        guard coefficients.count == n else {
            throw .shape("\(coefficients.count) correlator coefficients: expected \(n) (shape \(inputs.map { $0 + 1 }))")
        }
        self.inputs = inputs
        self.coefficients = coefficients
    }

    /// Bipartite form from the matrix `[[c00, ⟨B_0⟩, …], [⟨A_0⟩, ⟨A_0B_0⟩, …], …]`.
    public init(matrix: [[Rational]]) throws(BellError) {
        guard let w = matrix.first?.count, w >= 2, matrix.count >= 2, matrix.allSatisfy({ $0.count == w }) else {
            throw .shape("a correlator matrix: expected a rectangular (mA+1)×(mB+1) array with mA, mB ≥ 1")
        }
        try self.init(inputs: [matrix.count - 1, w - 1], coefficients: matrix.flatMap { $0 })
    }

    public var scenario: BellScenario { try! BellScenario(inputs: inputs, outputs: inputs.map { _ in 2 }) }
    public var shape: [Int] { inputs.map { $0 + 1 } }
    public var constant: Rational { coefficients[0] }

    public subscript(_ idx: [Int]) -> Rational { coefficients[BellScenario.index(idx, radices: shape)] }

    /// The bipartite matrix (rows: constant and Alice's inputs; columns: constant and Bob's).
    public var matrix: [[Rational]]? {
        guard inputs.count == 2 else { return nil }
        let w = inputs[1] + 1
        return (0...inputs[0]).map { Array(coefficients[($0 * w)..<(($0 + 1) * w)]) }
    }

    /// The exact value on a deterministic strategy (outcome 0 ↦ +1, 1 ↦ −1).
    public func value(of strategy: DeterministicStrategy) throws(BellError) -> Rational {
        try strategy.validate(for: scenario)
        let s = strategy.signs
        var total = Rational()
        for (k, c) in coefficients.enumerated() where !c.isZero {
            let idx = BellScenario.digits(k, radices: shape)
            var sign = 1
            for (i, v) in idx.enumerated() where v > 0 { sign *= s[i][v - 1] }
            total += sign > 0 ? c : -c
        }
        return total
    }

    /// The sum of the absolute values of the non-constant coefficients plus the constant: an
    /// upper bound on the value of every behaviour whose correlators lie in [−1, 1], in
    /// particular of every no-signalling box (it is the no-signalling value of CHSH-type
    /// functionals, not in general).
    public var algebraicBound: Rational {
        coefficients.dropFirst().reduce(constant) { $0 + $1.magnitude }
    }

    /// The full-probability form with the same value on every no-signalling behaviour
    /// (`bell.notations`): `V[a][x] = Σ_{idx compatible with x} c[idx] Π_{i: idx_i>0} (−1)^{a_i}
    /// / Π_{i: idx_i=0} m_i` — a term that omits party i is spread evenly over its inputs.
    public func probabilityForm() -> ProbabilityFunctional {
        let s = scenario
        let nx = s.inputTupleCount, na = s.outputTupleCount
        var v = Array(repeating: Rational(), count: na * nx)
        for (k, c) in coefficients.enumerated() where !c.isZero {
            let idx = BellScenario.digits(k, radices: shape)
            var spread = 1
            for (i, t) in idx.enumerated() where t == 0 { spread *= inputs[i] }
            let share = try! c / Rational(spread)
            for xi in 0..<nx {
                let x = BellScenario.digits(xi, radices: s.inputs)
                guard idx.enumerated().allSatisfy({ $0.element == 0 || $0.element == x[$0.offset] + 1 }) else { continue }
                for ai in 0..<na {
                    let a = BellScenario.digits(ai, radices: s.outputs)
                    var sign = 1
                    for (i, t) in idx.enumerated() where t > 0 && a[i] == 1 { sign = -sign }
                    v[ai * nx + xi] += sign > 0 ? share : -share
                }
            }
        }
        return try! ProbabilityFunctional(scenario: s, coefficients: v)
    }
}

extension ProbabilityFunctional {
    /// The correlator form of a functional on a binary scenario, with the same value on every
    /// no-signalling behaviour (`bell.notations`): from `p(a|x) = 2^{−n} Σ_S Π_{i∈S} (−1)^{a_i}
    /// ⟨Π_{i∈S} A_{x_i}⟩`, `c[idx] = 2^{−n} Σ_{x compatible with idx} Σ_a V[a][x] Π_{i∈S}(−1)^{a_i}`.
    /// Converting a correlator functional to FP and back returns it unchanged.
    public func correlatorForm() throws(BellError) -> CorrelatorFunctional {
        guard scenario.isBinary else {
            throw .invalid("correlator notation needs two outputs per party: got outputs \(scenario.outputs)")
        }
        let n = scenario.parties
        let shape = scenario.inputs.map { $0 + 1 }
        let nx = scenario.inputTupleCount, na = scenario.outputTupleCount
        var c = Array(repeating: Rational(), count: shape.reduce(1, *))
        let scale = Rational(1).timesPowerOfTwo(-n)
        for xi in 0..<nx {
            let x = BellScenario.digits(xi, radices: scenario.inputs)
            for ai in 0..<na {
                let v = coefficients[ai * nx + xi]
                if v.isZero { continue }
                let a = BellScenario.digits(ai, radices: scenario.outputs)
                let term = v * scale
                // every subset S of parties: idx_i = x_i + 1 for i ∈ S, 0 otherwise
                for mask in 0..<(1 << n) {
                    var idx = Array(repeating: 0, count: n)
                    var sign = 1
                    for i in 0..<n where mask & (1 << (n - 1 - i)) != 0 {
                        idx[i] = x[i] + 1
                        if a[i] == 1 { sign = -sign }
                    }
                    c[BellScenario.index(idx, radices: shape)] += sign > 0 ? term : -term
                }
            }
        }
        return try CorrelatorFunctional(inputs: scenario.inputs, coefficients: c)
    }
}
