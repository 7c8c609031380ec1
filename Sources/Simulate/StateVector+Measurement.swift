//===--- StateVector+Measurement.swift ---------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

import Numerics

extension StateVector {
    /// The Born-rule probabilities `p_i = |⟨i|ψ⟩|²` of the `2ⁿ` basis states (qubit 0 most
    /// significant in `i`). They sum to `‖ψ‖² = 1 + O(gates·ε)`; they are not renormalized.
    public func probabilities() -> [Double] {
        amplitudes.map(\.lengthSquared)
    }

    /// `|⟨i|ψ⟩|²` for one basis state.
    public func probability(ofBasisState i: Int) throws -> Double {
        guard i >= 0 && i < dimension else { throw SimulationError.indexOutOfRange(what: "basis state", index: i, bound: dimension) }
        return amplitudes[i].lengthSquared
    }

    /// The marginal probability that measuring `qubit` gives `outcome` (0 or 1):
    /// `Σ_{i : bit of qubit in i = outcome} |⟨i|ψ⟩|²`.
    public func marginalProbability(qubit: Int, outcome: Int) throws -> Double {
        try checkQubit(qubit)
        guard outcome == 0 || outcome == 1 else {
            throw SimulationError.invalidSize(what: "measurement outcome", value: outcome, expected: "0 or 1")
        }
        let mask = 1 << bit(qubit)
        let want = outcome == 1 ? mask : 0
        var s = 0.0
        for i in 0..<dimension where i & mask == want { s += amplitudes[i].lengthSquared }
        return s
    }

    /// `shots` independent computational-basis measurements of the whole register, as basis
    /// indices, drawn from `rng`.
    ///
    /// Inverse-transform sampling: the cumulative distribution `C_i = Σ_{j≤i} p_j` is built
    /// once (O(2ⁿ)), and each shot draws `u ∈ [0, C_last)` and returns the first `i` with
    /// `C_i > u` by binary search (O(n) per shot). Scaling `u` by `C_last` rather than 1 makes
    /// the sampled distribution exactly `p/Σp` up to the 53-bit resolution of `u`. With a
    /// seeded generator (``Xoshiro256StarStar``) the shots are reproducible.
    public func sample(shots: Int, using rng: inout some RandomNumberGenerator) throws -> [Int] {
        guard shots >= 0 else {
            throw SimulationError.invalidSize(what: "number of shots", value: shots, expected: "a non-negative integer")
        }
        var cumulative = [Double](repeating: 0, count: dimension)
        var running = 0.0
        for i in 0..<dimension {
            running += amplitudes[i].lengthSquared
            cumulative[i] = running
        }
        let total = running
        guard total > 0 && total.isFinite else {
            throw SimulationError.invalidParameter(what: "total probability", value: total, expected: "a finite positive number")
        }
        var result = [Int](repeating: 0, count: shots)
        cumulative.withUnsafeBufferPointer { c in
            for s in 0..<shots {
                let u = Double.random(in: 0..<1, using: &rng) * total
                var lo = 0, hi = c.count - 1
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if c[mid] > u { hi = mid } else { lo = mid + 1 }
                }
                result[s] = lo
            }
        }
        return result
    }

    /// Histogram of ``sample(shots:using:)``: basis index ↦ number of shots.
    public func sampleCounts(shots: Int, using rng: inout some RandomNumberGenerator) throws -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for i in try sample(shots: shots, using: &rng) { counts[i, default: 0] += 1 }
        return counts
    }

    /// Projective measurement of one qubit in the computational basis: returns the outcome
    /// (0 or 1, with the Born probabilities) and collapses the state onto it, renormalized.
    public mutating func measure(qubit: Int, using rng: inout some RandomNumberGenerator) throws -> Int {
        let p1 = try marginalProbability(qubit: qubit, outcome: 1)
        let p0 = try marginalProbability(qubit: qubit, outcome: 0)
        let total = p0 + p1
        let outcome = Double.random(in: 0..<1, using: &rng) * total < p1 ? 1 : 0
        let kept = outcome == 1 ? p1 : p0
        let scale = 1 / kept.squareRoot()
        let mask = 1 << bit(qubit)
        let want = outcome == 1 ? mask : 0
        amplitudes.withUnsafeMutableBufferPointer { a in
            for i in 0..<a.count {
                a[i] = (i & mask == want) ? a[i].multiplied(by: scale) : .zero
            }
        }
        return outcome
    }
}
