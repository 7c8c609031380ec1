import Exact
import Numerics
import Simulate

/// An explicit quantum strategy (`bell.quantum-value`): a joint state of the parties (local
/// dimensions `dimensions`, party 0 most significant) and, for each party and input, a
/// measurement unitary U: the party applies U and measures in its computational basis;
/// `outcomeMaps[party][input][k]` is the output announced for basis state k (identity by
/// default, so outputs = dimension; a coarser map measures a coarse-grained projective
/// measurement).
///
/// The amplitudes and unitaries are interval enclosures of exact ones (entries built from
/// rationals, 1/√2, cos and sin of rational multiples of π). `behaviour()` then contains the
/// exact outcome probabilities of the exact strategy, and `value(of:)` contains its exact value.
public struct QuantumStrategy: Sendable {
    public let dimensions: [Int]
    public let state: [ComplexInterval]
    public let measurements: [[IntervalMatrix]]
    public let outcomeMaps: [[[Int]]]
    public let outputs: [Int]

    /// The largest joint dimension evaluated (interval arithmetic is slow).
    public static let maximumDimension = 4096

    public init(dimensions: [Int], state: [ComplexInterval], measurements: [[IntervalMatrix]],
                outcomeMaps: [[[Int]]]? = nil) throws(BellError) {
        guard dimensions.count >= 2, dimensions.allSatisfy({ $0 >= 2 }) else {
            throw .shape("local dimensions \(dimensions): expected at least two parties of dimension ≥ 2")
        }
        let d = dimensions.reduce(1, *)
        guard d <= QuantumStrategy.maximumDimension else {
            throw .tooLarge(what: "a quantum strategy of joint dimension \(d)", estimate: "\(d)", limit: "\(QuantumStrategy.maximumDimension)")
        }
        guard state.count == d else { throw .shape("a state with \(state.count) amplitudes: expected \(d)") }
        guard measurements.count == dimensions.count else {
            throw .shape("measurements for \(measurements.count) parties: expected \(dimensions.count)")
        }
        for (i, ms) in measurements.enumerated() {
            guard !ms.isEmpty, ms.allSatisfy({ $0.dimension == dimensions[i] }) else {
                throw .shape("party \(i)'s measurements: expected at least one \(dimensions[i])×\(dimensions[i]) unitary per input")
            }
        }
        let maps = outcomeMaps ?? measurements.enumerated().map { (i, ms) in ms.map { _ in Array(0..<dimensions[i]) } }
        guard maps.count == dimensions.count else { throw .shape("outcome maps for \(maps.count) parties: expected \(dimensions.count)") }
        var outs = [Int]()
        for i in 0..<dimensions.count {
            guard maps[i].count == measurements[i].count, maps[i].allSatisfy({ $0.count == dimensions[i] && $0.allSatisfy { $0 >= 0 } }) else {
                throw .shape("party \(i)'s outcome maps: expected one map of \(dimensions[i]) outputs per input")
            }
            outs.append(Swift.max(2, (maps[i].flatMap { $0 }.max() ?? 0) + 1))
        }
        self.dimensions = dimensions; self.state = state; self.measurements = measurements
        self.outcomeMaps = maps; self.outputs = outs
    }

    public var scenario: BellScenario { try! BellScenario(inputs: measurements.map(\.count), outputs: outputs) }
    public var precision: Int { state[0].re.precision }

    /// Contains the exact behaviour `p(a|x)` of the strategy, flat in FP order
    /// (`outputIndex * inputTupleCount + inputIndex`).
    public func behaviour() -> [Interval] {
        let s = scenario
        let nx = s.inputTupleCount
        var p = Array(repeating: try! Interval(0, precision: precision), count: s.outputTupleCount * nx)
        for xi in 0..<nx {
            let x = BellScenario.digits(xi, radices: s.inputs)
            var psi = state
            for (party, xv) in x.enumerated() { psi = apply(measurements[party][xv], party: party, to: psi) }
            for (k, amp) in psi.enumerated() {
                let basis = BellScenario.digits(k, radices: dimensions)
                let a = (0..<dimensions.count).map { outcomeMaps[$0][x[$0]][basis[$0]] }
                let ai = BellScenario.index(a, radices: s.outputs)
                p[ai * nx + xi] += amp.normSquared
            }
        }
        return p
    }

    func apply(_ u: IntervalMatrix, party: Int, to psi: [ComplexInterval]) -> [ComplexInterval] {
        let d = dimensions[party]
        let inner = dimensions[(party + 1)...].reduce(1, *)
        let outer = psi.count / (d * inner)
        var out = psi
        for o in 0..<outer {
            for r in 0..<inner {
                for i in 0..<d {
                    var acc = ComplexInterval.zero(precision: precision)
                    for j in 0..<d { acc = acc + u[i, j] * psi[(o * d + j) * inner + r] }
                    out[(o * d + i) * inner + r] = acc
                }
            }
        }
        return out
    }

    /// Contains the exact value of `f` on this strategy's behaviour.
    public func value(of f: BellFunctional) throws(BellError) -> Interval {
        let fp = f.probabilityForm
        guard fp.scenario == scenario else {
            throw .shape("a strategy for scenario \(scenario) evaluated on a functional of scenario \(fp.scenario): expected the same scenario")
        }
        return try fp.value(ofBehaviour: behaviour())
    }

    /// The float value on the midpoint strategy, computed with Simulate's `StateVector` (gates
    /// built from the midpoint unitaries). Parties must be qubits or qubit pairs (dimension 2
    /// or 4). This is the float simulator's number — it explores, it does not decide.
    public func floatValue(of f: BellFunctional) throws -> Double {
        let fp = f.probabilityForm
        guard fp.scenario == scenario else { throw BellError.shape("scenario mismatch: expected \(scenario)") }
        guard dimensions.allSatisfy({ $0 == 2 || $0 == 4 }) else {
            throw BellError.invalid("the float simulator path needs parties of dimension 2 or 4: got \(dimensions)")
        }
        let qubits = dimensions.map { $0 == 2 ? 1 : 2 }
        let firstQubit = qubits.indices.map { qubits[..<$0].reduce(0, +) }
        let amps = state.map { m -> Complex<Double> in let (r, i) = m.midpoint; return Complex(r, i) }
        let psi0 = try StateVector(normalizing: amps)
        let s = scenario, nx = s.inputTupleCount
        var total = 0.0
        for xi in 0..<nx {
            let x = BellScenario.digits(xi, radices: s.inputs)
            var psi = psi0
            for (party, xv) in x.enumerated() {
                let m = measurements[party][xv].midpoints.map { Complex($0.0, $0.1) }
                if dimensions[party] == 2 {
                    try psi.apply(SingleQubitGate(matrix: ComplexMatrix(rowCount: 2, columnCount: 2, elements: m), tolerance: 1e-9), to: firstQubit[party])
                } else {
                    try psi.apply(TwoQubitGate(matrix: ComplexMatrix(rowCount: 4, columnCount: 4, elements: m), tolerance: 1e-9), to: firstQubit[party], firstQubit[party] + 1)
                }
            }
            let probs = psi.probabilities()
            for (k, pr) in probs.enumerated() {
                let basis = BellScenario.digits(k, radices: dimensions)
                let a = (0..<dimensions.count).map { outcomeMaps[$0][x[$0]][basis[$0]] }
                total += fp.coefficients[BellScenario.index(a, radices: s.outputs) * nx + xi].double() * pr
            }
        }
        return total
    }
}
