import Exact
import Numerics
import Simulate

/// The Anschuetz–Gao hypergraph sequence task (statements `"memory.hypergraph"` and
/// `"memory.anschuetz-gao"`; Anschuetz–Gao, arXiv:2402.08606). The precise definition we check
/// is in proofs/memory.anschuetz-gao.md:
///
/// Input, streamed: the C(n,k) bits h_S (one per k-subset S of the n vertices, in lexicographic
/// order), then a measurement basis β ∈ {Z, X}ⁿ. Output: n bits o distributed exactly as the
/// outcome of measuring the hypergraph state `|H_h⟩ = 2^{−n/2} Σ_x (−1)^{f_h(x)} |x⟩`,
/// `f_h(x) = Σ_{S: h_S = 1} ∏_{i∈S} xᵢ mod 2`, qubit i in basis βᵢ.
///
/// Vertex i is qubit i, the *most significant* bit of the basis index (Simulate's convention).
public struct HypergraphTask: Sendable, Hashable {
    /// The largest n for the states and the simulator (2⁸ amplitudes, 2^{C(n,k)} hypergraphs are
    /// not enumerated here).
    public static let maximumVertices = 8
    /// The largest n for the exact memory count (`probabilityMatrix`, `memoryCount`): the matrix
    /// has 2^{C(n,k)} rows and 4ⁿ columns, and C(n,k) ≤ `maximumExactEdgeSlots` = 10 for every
    /// k when n ≤ 5 (C(5,2) = 10), while C(6,k) reaches 20. So n ≤ 5 is the whole condition.
    public static let maximumExactVertices = 5
    /// The largest C(n,k) for the exact memory count: 2¹⁰ rows.
    public static let maximumExactEdgeSlots = 10

    /// Nil when the exact memory count accepts n and k, else the reason (with the real limits).
    public static func exactCountRefusal(n: Int, k: Int) -> String? {
        guard (1...maximumExactVertices).contains(n) else {
            return "--n \(n): expected 1 ≤ n ≤ \(maximumExactVertices) for the exact memory count (its probability matrix has 2^{C(n,k)} rows and 4ⁿ columns)"
        }
        guard (1...n).contains(k) else { return "--k \(k): expected the hyperedge size 1 ≤ k ≤ n = \(n)" }
        return nil
    }

    public let n: Int
    public let k: Int
    /// The k-subsets in lexicographic order, as vertex masks (bit i ↔ vertex i).
    public let subsets: [Int]

    public init(n: Int, k: Int) throws {
        guard (1...Self.maximumVertices).contains(n), (1...n).contains(k) else {
            throw SeparationError.invalidArgument("expected 1 ≤ k ≤ n ≤ \(Self.maximumVertices), got n = \(n), k = \(k)")
        }
        self.n = n; self.k = k
        // Lexicographic order of sorted vertex lists.
        var out: [[Int]] = []
        func rec(_ start: Int, _ cur: [Int]) {
            if cur.count == k { out.append(cur); return }
            if start >= n { return }
            for v in start..<n { rec(v + 1, cur + [v]) }
        }
        rec(0, [])
        subsets = out.map { $0.reduce(0) { $0 | (1 << $1) } }
    }

    /// C(n, k), the number of input bits naming a hypergraph.
    public var edgeSlots: Int { subsets.count }

    /// The vertex mask of basis index x (qubit 0 = most significant bit).
    func vertexMask(_ x: Int) -> Int {
        var m = 0
        for i in 0..<n where (x >> (n - 1 - i)) & 1 == 1 { m |= 1 << i }
        return m
    }

    /// f_h(x) mod 2 for the hypergraph h (bit j of h ↔ subsets[j]) at basis index x.
    public func phase(hypergraph h: Int, basisIndex x: Int) -> Int {
        let v = vertexMask(x)
        var s = 0
        for (j, e) in subsets.enumerated() where (h >> j) & 1 == 1 && v & e == e { s ^= 1 }
        return s
    }

    /// Exact Born probability, scaled: returns the integer S with
    /// `P(o | h, β) = S² / 2^{n + |β|}` where |β| is the number of X-basis qubits (bit i of β ↔ qubit i).
    /// `⟨o|H^{⊗β}|H_h⟩ = 2^{−(n+|β|)/2} Σ_{x agreeing with o off β} (−1)^{f_h(x) + Σ_{i∈β} oᵢxᵢ}`.
    public func scaledAmplitude(hypergraph h: Int, basis beta: Int, outcome o: Int) -> Int {
        var s = 0
        for x in 0..<(1 << n) {
            var sign = phase(hypergraph: h, basisIndex: x)
            var ok = true
            for i in 0..<n {
                let xi = (x >> (n - 1 - i)) & 1, oi = (o >> (n - 1 - i)) & 1
                if (beta >> i) & 1 == 1 { sign ^= xi & oi } else if xi != oi { ok = false; break }
            }
            if ok { s += sign == 0 ? 1 : -1 }
        }
        return s
    }

    /// The matrix P[h, (β, o)] = 2^{n+|β|}·P(o | h, β) (columns rescaled, which keeps the rank):
    /// the probability matrix across the cut after the hypergraph bits. Rows: all 2^{C(n,k)} hypergraphs.
    public func probabilityMatrix() throws -> RationalMatrix {
        if let why = Self.exactCountRefusal(n: n, k: k) { throw SeparationError.invalidArgument(why) }
        guard edgeSlots <= Self.maximumExactEdgeSlots else {
            throw SeparationError.tooLarge(what: "C(n,k) for the exact probability matrix", value: edgeSlots, maximum: Self.maximumExactEdgeSlots)
        }
        var rows: [[Rational]] = []
        for h in 0..<(1 << edgeSlots) {
            var r: [Rational] = []
            for beta in 0..<(1 << n) { for o in 0..<(1 << n) { let s = scaledAmplitude(hypergraph: h, basis: beta, outcome: o); r.append(Rational(s * s)) } }
            rows.append(r)
        }
        return try RationalMatrix(rows)
    }

    /// The number of distinct hypergraph states (as exact sign vectors): equals 2^{C(n,k)} when
    /// distinct hypergraphs give distinct states (THEOREMS memory.hypergraph).
    public func distinctStates() -> Int {
        Set((0..<(1 << edgeSlots)).map { h in (0..<(1 << n)).map { phase(hypergraph: h, basisIndex: $0) } }).count
    }

    /// The quantum model on the float simulator: H on every qubit, then for each input token
    /// h_S = 1 one multi-controlled Z on S (a diagonal −1 on the amplitudes whose vertices include S).
    public func simulate(hypergraph h: Int) throws -> StateVector {
        var psi = try StateVector(qubitCount: n)
        for q in 0..<n { try psi.apply(.hadamard, to: q) }
        var amps = psi.amplitudes
        for (j, e) in subsets.enumerated() where (h >> j) & 1 == 1 {
            for x in 0..<amps.count where vertexMask(x) & e == e { amps[x] = -amps[x] }
        }
        return try StateVector(amplitudes: amps)
    }

    /// K_i|ψ⟩ with `K_i = X_i ∏_{e∋i} C^{|e|−2}Z_{e∖i}` (the diagonal part first, then X_i).
    public func applyStabilizer(_ i: Int, hypergraph h: Int, to psi: StateVector) throws -> StateVector {
        var amps = psi.amplitudes
        for (j, e) in subsets.enumerated() where (h >> j) & 1 == 1 && (e >> i) & 1 == 1 {
            let rest = e & ~(1 << i)
            for x in 0..<amps.count where vertexMask(x) & rest == rest { amps[x] = -amps[x] }
        }
        var out = try StateVector(amplitudes: amps)
        try out.apply(.pauliX, to: i)
        return out
    }

    /// Measures in basis β on the simulator (H on the X-basis qubits, then Z): the outcome probabilities.
    public func simulatedProbabilities(hypergraph h: Int, basis beta: Int) throws -> [Double] {
        var psi = try simulate(hypergraph: h)
        for i in 0..<n where (beta >> i) & 1 == 1 { try psi.apply(.hadamard, to: i) }
        return psi.probabilities()
    }

    /// The memory count: distinct rows and rank of the probability matrix across the cut, with
    /// the rank certificate. A classical probabilistic streaming model with s memory states
    /// satisfies P = Σ_s P(s | h)·P(o | s, β), so s ≥ rank P; a deterministic-state model needs
    /// s ≥ distinct rows.
    public func memoryCount() throws -> (distinctRows: Int, rank: RankCertificate, matrix: RationalMatrix) {
        let p = try probabilityMatrix()
        let distinct = Set((0..<p.rows).map { p.row($0) }).count
        return (distinct, p.rankCertificate(), p)
    }
}
