import Exact
import Numerics
import Simulate

/// (n, 1) random access codes (statement `"comm.rac"`; Ambainis, Nayak, Ta-Shma, Vazirani,
/// J. ACM 49 (2002) 496–511; Ambainis, Leung, Mančinska, Ozols, arXiv:0810.2937): Alice encodes
/// x ∈ {0,1}ⁿ (uniform) into one bit or one qubit; Bob, given a uniform i, guesses xᵢ. The value
/// is the average success probability.
public enum RandomAccessCode {
    /// The classical optimum by exhaustive search over all encodings E: {0,1}ⁿ → {0,1} with Bob's
    /// best decoding (for each message and i, the majority value of xᵢ among the x sent to it).
    /// Exact; n ≤ 4 (2^{2ⁿ} encodings). Returns the value and an optimal encoding (as a bit mask).
    public static func classicalOptimumBySearch(n: Int) throws -> (value: Rational, encoding: Int) {
        guard (1...4).contains(n) else { throw SeparationError.tooLarge(what: "n for the exhaustive RAC search", value: n, maximum: 4) }
        var best = -1, arg = 0
        for e in 0..<(1 << (1 << n)) {
            let s = classicalScore(n: n, encoding: e)
            if s > best { best = s; arg = e }
        }
        return (try Rational(best, n << n), arg)
    }

    /// n·2ⁿ times the success probability of encoding e (bit x of e is the message for x) with Bob's best decoding.
    public static func classicalScore(n: Int, encoding e: Int) -> Int {
        var total = 0
        for i in 0..<n {
            for msg in 0...1 {
                var ones = 0, zeros = 0
                for x in 0..<(1 << n) where (e >> x) & 1 == msg { if (x >> i) & 1 == 1 { ones += 1 } else { zeros += 1 } }
                total += max(ones, zeros)
            }
        }
        return total
    }

    /// The closed form `1/2 + C(n−1, ⌊(n−1)/2⌋)/2ⁿ` (majority encoding; Ambainis et al. 2008, §3).
    public static func classicalOptimum(n: Int) throws -> Rational {
        guard (1...60).contains(n) else { throw SeparationError.invalidArgument("expected 1 ≤ n ≤ 60") }
        var c = BigInteger(1)
        let k = (n - 1) / 2
        for j in 0..<k { c = try (c * BigInteger(n - 1 - j)) / BigInteger(j + 1) }
        return try Rational(1, 2) + (try Rational(numerator: c, denominator: BigInteger(1).shiftedLeft(n)))
    }

    /// Encloses the qubit optimum `1/2 + 1/(2√n)` for n = 2, 3 (the Bloch-vector bound proved in
    /// proofs/comm.rac.md, attained by the square/cube codes).
    public static func quantumOptimum(n: Int, precision: Int = 128) throws -> Interval {
        guard n == 2 || n == 3 else { throw SeparationError.invalidArgument("a qubit (n,1)-RAC optimum is enclosed for n = 2, 3 only") }
        let half = try Interval(try Rational(1, 2), precision: precision)
        return half + (try half / (try Interval(n, precision: precision).squareRoot()))
    }

    /// The square (n = 2) or cube (n = 3) code run on the float simulator: x is encoded as the pure
    /// qubit state with Bloch vector `((−1)^{x₁}, (−1)^{x₂}, (−1)^{x₃})/√n` (third coordinate 0 for
    /// n = 2) and Bob measures X, Z (and Y) for i = 1, 2 (3). Returns the average success probability (Double).
    public static func simulatedQuantumCode(n: Int) throws -> Double {
        guard n == 2 || n == 3 else { throw SeparationError.invalidArgument("the simulated code exists for n = 2, 3") }
        let axes = ["X", "Z", "Y"]
        var total = 0.0
        for x in 0..<(1 << n) {
            var r = (0..<3).map { i in i < n ? ((x >> i) & 1 == 0 ? 1.0 : -1.0) : 0.0 }
            let norm = (r.reduce(0) { $0 + $1 * $1 }).squareRoot()
            r = r.map { $0 / norm }
            // |ψ⟩ = cos(θ/2)|0⟩ + e^{iφ} sin(θ/2)|1⟩ with Bloch vector (r_X, r_Y, r_Z) = (r[0], r[2], r[1]).
            let rx = r[0], rz = r[1], ry = r[2]
            let c = ((1 + rz) / 2).squareRoot(), sn = ((1 - rz) / 2).squareRoot()
            let rho = (rx * rx + ry * ry).squareRoot()
            let (px, py) = rho > 0 ? (rx / rho, ry / rho) : (1.0, 0.0)
            let psi = try StateVector(amplitudes: [Complex(c, 0), Complex(px * sn, py * sn)])
            for i in 0..<n {
                let e = try psi.expectation(axes[i])
                let sign = (x >> i) & 1 == 0 ? 1.0 : -1.0
                total += 0.5 + 0.5 * sign * e
            }
        }
        return total / Double(n << n)
    }
}
