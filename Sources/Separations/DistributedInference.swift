import Exact
import Numerics
import Simulate

/// The Gilboa–McClean two-party model (statement `"comm.distributed-inference"`; D. Gilboa,
/// H. Michaeli, D. Soudry, J. R. McClean, arXiv:2310.07136): Alice holds the data x ∈ ℝᴺ,
/// amplitude-encoded as |ψ(x)⟩ = Σᵢ xᵢ|i⟩/‖x‖ on q = ⌈log₂ N⌉ qubits (zero-padded); the model is
/// U = U_L ⋯ U_1 with U_1, U_3, … held by Alice and U_2, U_4, … by Bob; the output
/// ⟨ψ(x)|U† P U|ψ(x)⟩ for a Pauli string P is estimated by measuring P after the last unitary.
/// A forward pass hands the q-qubit register over L − 1 times; each shot is one forward pass.
///
/// What is checked here (exact counts, float model): qubits per forward pass = (L − 1)·q; the
/// Hoeffding shot count m = ⌈2 ln(2/δ)/ε²⌉ for a ±1-valued readout; the state-vector and the
/// density-matrix simulators agree on the model's output; a sampled estimate with m shots lands
/// within ε. The classical baseline sends x itself (N numbers of b bits). Not encoded: the
/// paper's classical lower bound — its statement could not be read; what was and was not found
/// is listed in proofs/comm.distributed-inference.md ("Source search"), and no exponent is assumed.
public struct DistributedInference: Sendable {
    public let dataDimension: Int
    public let unitaries: [[CircuitOperation]]
    public let observable: String

    public init(dataDimension n: Int, unitaries: [[CircuitOperation]], observable: String) throws {
        guard n >= 2, n <= 1 << 24 else { throw SeparationError.invalidArgument("expected 2 ≤ N ≤ 2^24, got \(n)") }
        guard !unitaries.isEmpty else { throw SeparationError.invalidArgument("expected at least one unitary") }
        self.dataDimension = n; self.unitaries = unitaries; self.observable = observable
        guard observable.count == qubits else {
            throw SeparationError.invalidArgument("the observable acts on \(observable.count) qubits, expected \(qubits)")
        }
    }

    /// q = ⌈log₂ N⌉.
    public var qubits: Int { Log2.ceiling(dataDimension) }
    /// L − 1 hand-offs of the register between Alice and Bob.
    public var handOffs: Int { unitaries.count - 1 }
    /// Qubits communicated per forward pass: (L − 1)·q.
    public var qubitsPerForwardPass: Int { handOffs * qubits }

    /// A random layered model: L unitaries, each `layers` rounds of R_y(θ)·R_z(φ) on every qubit then a CNOT chain.
    public static func random(dataDimension n: Int, unitaryCount: Int, layers: Int, seed: UInt64) throws -> DistributedInference {
        var rng = Xoshiro256StarStar(seed: seed)
        let q = Log2.ceiling(n)
        var us: [[CircuitOperation]] = []
        for _ in 0..<unitaryCount {
            var ops: [CircuitOperation] = []
            for _ in 0..<layers {
                for k in 0..<q {
                    ops.append(.single(try .ry(Double.random(in: 0..<6.283, using: &rng)), qubit: k))
                    ops.append(.single(try .rz(Double.random(in: 0..<6.283, using: &rng)), qubit: k))
                }
                for k in 0..<max(0, q - 1) { ops.append(.controlled(.pauliX, control: k, target: k + 1)) }
            }
            us.append(ops)
        }
        return try DistributedInference(dataDimension: n, unitaries: us, observable: String(repeating: "Z", count: 1) + String(repeating: "I", count: q - 1))
    }

    /// |ψ(x)⟩: x normalised, zero-padded to 2^q amplitudes (x must be nonzero, length N).
    public func encode(_ x: [Double]) throws -> StateVector {
        guard x.count == dataDimension, x.contains(where: { $0 != 0 }) else {
            throw SeparationError.invalidArgument("expected \(dataDimension) data values, not all zero")
        }
        return try StateVector(normalizing: (x + [Double](repeating: 0, count: (1 << qubits) - x.count)).map { Complex($0, 0) })
    }

    /// ⟨ψ(x)|U†PU|ψ(x)⟩ on the state-vector simulator.
    public func output(_ x: [Double]) throws -> Double {
        var psi = try encode(x)
        for u in unitaries { try psi.apply(u) }
        return try psi.expectation(observable)
    }

    /// The same on the density-matrix simulator (an independent route).
    public func outputByDensityMatrix(_ x: [Double]) throws -> Double {
        var rho = try DensityMatrix(pureState: try encode(x))
        for u in unitaries { try rho.apply(u) }
        return try rho.expectation(observable)
    }

    /// The mean of m single-shot ±1 outcomes of P (sampled in P's eigenbasis: Z on every qubit for a Z/I observable).
    public func sampledOutput(_ x: [Double], shots m: Int, seed: UInt64) throws -> Double {
        guard observable.allSatisfy({ $0 == "Z" || $0 == "I" }) else { throw SeparationError.invalidArgument("sampling is implemented for Z/I observables") }
        var psi = try encode(x)
        for u in unitaries { try psi.apply(u) }
        var rng = Xoshiro256StarStar(seed: seed)
        let zs = observable.enumerated().filter { $0.element == "Z" }.map { $0.offset }
        var total = 0
        for outcome in try psi.sample(shots: m, using: &rng) {
            let parity = zs.reduce(0) { $0 ^ (outcome >> (qubits - 1 - $1) & 1) }
            total += parity == 0 ? 1 : -1
        }
        return Double(total) / Double(m)
    }

    /// m = ⌈2 ln(2/δ)/ε²⌉, the Hoeffding shot count for a ±1 readout: P(|mean − μ| ≥ ε) ≤ 2e^{−mε²/2} ≤ δ.
    /// Decided with intervals; throws when the ceiling is not decided at 256 bits.
    public static func hoeffdingShots(epsilon: Rational, delta: Rational) throws -> Int {
        guard epsilon.signum > 0, epsilon <= Rational(1), delta.signum > 0, delta < Rational(1) else {
            throw SeparationError.invalidArgument("expected 0 < ε ≤ 1 and 0 < δ < 1")
        }
        let v = try (try Interval(try Rational(2) / delta, precision: 256).log()) * Rational(2) / (epsilon * epsilon)
        let lo = v.lower.ceiling, hi = v.upper.ceiling
        guard lo == hi, let m = lo.intValue else { throw SeparationError.invalidArgument("the shot count is not decided at 256 bits") }
        return m
    }

    /// Classical baseline bits: Alice sends x, N numbers of `bitsPerEntry` bits.
    public func classicalBaselineBits(bitsPerEntry b: Int) -> Int { dataDimension * b }

    /// The linear-classification no-go, in its classical protocol form: to estimate ⟨w, x⟩ (unit
    /// vectors, x with Alice, w with Bob) to ±ε, Alice sends m = ⌈1/(ε²δ)⌉ samples i ~ xᵢ² with
    /// the value xᵢ (b bits) and the index (⌈log₂ N⌉ bits); Bob averages w_i/x_i, an unbiased
    /// estimator with variance ≤ ‖w‖² = 1, so Chebyshev gives error ≤ ε with probability ≥ 1 − δ.
    /// Returns the bit count, O(log N / ε²): no exponential quantum advantage is possible there.
    public static func linearClassicalBits(dimension n: Int, epsilon: Rational, delta: Rational, bitsPerValue b: Int) throws -> Int {
        guard epsilon.signum > 0, delta.signum > 0 else { throw SeparationError.invalidArgument("expected ε, δ > 0") }
        let m = (try Rational(1) / (epsilon * epsilon * delta)).ceiling.intValue ?? Int.max
        return m * (Log2.ceiling(n) + b)
    }

    /// Runs the sampling protocol above (Double; exploration only) and returns Bob's estimate.
    public static func linearEstimate(x: [Double], w: [Double], samples m: Int, seed: UInt64) -> Double {
        let nx = (x.reduce(0) { $0 + $1 * $1 }).squareRoot(), nw = (w.reduce(0) { $0 + $1 * $1 }).squareRoot()
        let xs = x.map { $0 / nx }, ws = w.map { $0 / nw }
        var rng = Xoshiro256StarStar(seed: seed)
        var total = 0.0
        for _ in 0..<m {
            var u = Double.random(in: 0..<1, using: &rng), i = 0
            while i < xs.count - 1 && u >= xs[i] * xs[i] { u -= xs[i] * xs[i]; i += 1 }
            if xs[i] != 0 { total += ws[i] / xs[i] }   // a zero entry is sampled with probability 0
        }
        return total / Double(m)
    }
}
