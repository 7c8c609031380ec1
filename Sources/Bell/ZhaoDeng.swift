import Exact
import Simulate

/// The Zhao–Deng task (H. Zhao & D.-L. Deng, "Entanglement-induced provable and robust quantum
/// learning advantages", arXiv:2410.03094), one game of it exactly as THEOREMS.md §3 states it
/// from the authors' released code.
///
/// Each of Alice and Bob gets an input in {0,1,2,3}; 1–3 name a row (Alice) or a column (Bob) of
/// the magic square and 0 means the game is won automatically. Each answers 2 bits, most
/// significant first (outcome index `2·a₁ + a₂`); the third entry is implied: Alice
/// `a₃ = 1 ⊕ a₁ ⊕ a₂` (rows odd), Bob `b₃ = b₁ ⊕ b₂` (columns even). The game is won iff
/// `x = 0`, `y = 0`, or Alice's entry at column y equals Bob's entry at row x.
public enum ZhaoDeng {
    /// Alice's three entries from her outcome index.
    public static func aliceEntries(_ a: Int) -> [Int] { let a1 = a >> 1, a2 = a & 1; return [a1, a2, 1 ^ a1 ^ a2] }
    /// Bob's three entries from his outcome index.
    public static func bobEntries(_ b: Int) -> [Int] { let b1 = b >> 1, b2 = b & 1; return [b1, b2, b1 ^ b2] }

    /// Whether answers a, b (outcome indices 0..<4) win on inputs x, y (0..<4).
    public static func wins(x: Int, y: Int, a: Int, b: Int) -> Bool {
        x == 0 || y == 0 || aliceEntries(a)[y - 1] == bobEntries(b)[x - 1]
    }

    /// The game as a `NonlocalGame` (uniform inputs).
    public static var game: NonlocalGame {
        let s = try! BellScenario(inputs: [4, 4], outputs: [4, 4])
        return try! NonlocalGame(name: "zhao-deng", scenario: s, distribution: NonlocalGame.uniform(s)) { a, x in
            wins(x: x[0], y: x[1], a: a[0], b: a[1]) ? 1 : 0
        }
    }

    /// Alice's Clifford layer on her qubits (0, 1) for input x: 0: I; 1: H(q0); 2: SWAP then
    /// H(q0); 3: CNOT(q0→q1) then H(q0).
    public static func aliceLayer(_ x: Int) -> [CliffordGate] {
        switch x {
        case 1: return [.h(0)]
        case 2: return [.swap(0, 1), .h(0)]
        case 3: return [.cnot(control: 0, target: 1), .h(0)]
        default: return []
        }
    }

    /// Bob's layer on his qubits (0, 1) for input y: 0: I; 1: H⊗H; 2: SWAP; 3: Z⊗Z, then CZ,
    /// then H⊗H.
    public static func bobLayer(_ y: Int) -> [CliffordGate] {
        switch y {
        case 1: return [.h(0), .h(1)]
        case 2: return [.swap(0, 1)]
        case 3: return [.z(0), .z(1), .cz(0, 1), .h(0), .h(1)]
        default: return []
        }
    }

    /// Qubits of one game: Alice's pair is 0, 1; Bob's is 2, 3. Bell pairs (0, 2) and (1, 3)
    /// are prepared by H and CNOT from |0000⟩.
    public static let preparation: [CliffordGate] = [.h(0), .cnot(control: 0, target: 2), .h(1), .cnot(control: 1, target: 3)]

    /// The whole noiseless circuit of one game for inputs x, y (before measuring all in Z).
    public static func circuit(x: Int, y: Int) -> [CliffordGate] {
        preparation + aliceLayer(x) + bobLayer(y).map { $0.shifted(by: 2) }
    }

    /// Exact outcome distribution `P(a, b | x, y)` (index `4a + b`) of the noiseless circuit,
    /// from the exact Clifford state.
    public static func exactDistribution(x: Int, y: Int) -> [Rational] {
        var s = try! DyadicCliffordState(qubitCount: 4)
        for g in circuit(x: x, y: y) { s.apply(g) }
        return s.probabilities
    }

    /// The exact noiseless win probability for each of the 16 input pairs (`[x][y]`);
    /// `zhaodeng.quantum-strategy` says every entry is 1.
    public static func noiselessWinProbabilities() -> [[Rational]] {
        (0..<4).map { x in (0..<4).map { y in
            let p = exactDistribution(x: x, y: y)
            return (0..<16).reduce(Rational()) { wins(x: x, y: y, a: $1 >> 2, b: $1 & 3) ? $0 + p[$1] : $0 }
        } }
    }

    /// The same with Simulate's float `StateVector` (explores; the exact version decides).
    public static func floatWinProbabilities() throws -> [[Double]] {
        try (0..<4).map { x in try (0..<4).map { y in
            var psi = try StateVector(qubitCount: 4)
            for g in circuit(x: x, y: y) {
                switch g {
                case .h(let q): try psi.apply(.hadamard, to: q)
                case .z(let q): try psi.apply(.pauliZ, to: q)
                case let .cnot(c, t): try psi.applyCNOT(control: c, target: t)
                case let .cz(a, b): try psi.applyCZ(a, b)
                case let .swap(a, b): try psi.applySWAP(a, b)
                }
            }
            let p = psi.probabilities()
            return (0..<16).reduce(0.0) { wins(x: x, y: y, a: $1 >> 2, b: $1 & 3) ? $0 + p[$1] : $0 }
        } }
    }

    /// The two-qubit measurement unitary of a layer as an interval matrix (exact up to 1/√2).
    public static func layerUnitary(_ gates: [CliffordGate], precision: Int = 128) -> IntervalMatrix {
        let h = IntervalMatrix.hadamard(precision: precision), id = IntervalMatrix.identity(2, precision: precision)
        func r(_ rows: [[Int]]) -> IntervalMatrix { try! IntervalMatrix(rational: rows.map { $0.map { Rational($0) } }, precision: precision) }
        var u = IntervalMatrix.identity(4, precision: precision)
        for g in gates {
            let m: IntervalMatrix
            switch g {
            case .h(0): m = h.kronecker(id)
            case .h(_): m = id.kronecker(h)
            case .z(0): m = r([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, -1, 0], [0, 0, 0, -1]])
            case .z(_): m = r([[1, 0, 0, 0], [0, -1, 0, 0], [0, 0, 1, 0], [0, 0, 0, -1]])
            case .cnot(control: 0, target: _): m = r([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0]])
            case .cnot: m = r([[1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0], [0, 1, 0, 0]])
            case .cz: m = r([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, -1]])
            case .swap: m = r([[1, 0, 0, 0], [0, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 1]])
            }
            u = m * u
        }
        return u
    }

    /// Two Bell pairs, Alice's pair i with Bob's pair i, as a 16-amplitude state over (Alice's
    /// two qubits, Bob's two qubits): amplitude 1/2 at |ij⟩|ij⟩.
    public static func twoBellPairs(precision: Int = 128) -> [ComplexInterval] {
        (0..<16).map { k in (k >> 2) == (k & 3) ? ComplexInterval(Rational(1).timesPowerOfTwo(-1), precision: precision) : .zero(precision: precision) }
    }

    /// The quantum strategy of the paper as a `QuantumStrategy` (parties of dimension 4).
    public static func strategy(precision: Int = 128) -> QuantumStrategy {
        try! QuantumStrategy(dimensions: [4, 4], state: twoBellPairs(precision: precision),
                             measurements: [(0..<4).map { layerUnitary(aliceLayer($0), precision: precision) },
                                            (0..<4).map { layerUnitary(bobLayer($0), precision: precision) }])
    }

    // MARK: noise (zhaodeng.noise)

    /// The ten noise locations of one game, in circuit order: after the gate at index `after`
    /// of `circuit(x:y:)`'s preparation part (or after Alice's/Bob's layer), on `qubit`.
    /// Locations: H on Alice's q0; CNOT (both qubits); H on Alice's q1; CNOT (both); after
    /// Alice's layer (both her qubits); after Bob's layer (both his).
    public static let noiseLocations: [(stage: Int, qubit: Int)] = [
        (0, 0), (1, 0), (1, 2), (2, 1), (3, 1), (3, 3), (4, 0), (4, 1), (5, 2), (5, 3),
    ]

    /// The gate stages of the circuit for inputs x, y: stages 0–3 are the preparation gates,
    /// stage 4 Alice's layer, stage 5 Bob's layer.
    static func stages(x: Int, y: Int) -> [[CliffordGate]] {
        preparation.map { [$0] } + [aliceLayer(x), bobLayer(y).map { $0.shifted(by: 2) }]
    }

    /// The measurement flips (4-bit mask, qubit 0 most significant) caused by Pauli `pauli`
    /// (1 = X, 2 = Y, 3 = Z) at noise location `location`, for inputs x, y: the error is
    /// propagated through the rest of the Clifford circuit; a Z measurement flips iff the
    /// final frame has an X component on that qubit.
    public static func flipMask(location: Int, pauli: Int, x: Int, y: Int) -> Int {
        let (stage, q) = noiseLocations[location]
        let bit = 1 << (3 - q)
        var fx = (pauli == 1 || pauli == 2) ? bit : 0
        var fz = (pauli == 2 || pauli == 3) ? bit : 0
        for later in stages(x: x, y: y)[(stage + 1)...] { for g in later { g.propagate(x: &fx, z: &fz, qubitCount: 4) } }
        return fx
    }

    /// For inputs x, y and a flip mask f: the exact probability of winning when the noiseless
    /// outcome o is replaced by o ⊕ f.
    public static func winProbability(x: Int, y: Int, flips f: Int) -> Rational {
        let p = exactDistribution(x: x, y: y)
        return (0..<16).reduce(Rational()) { acc, o in
            let n = o ^ f
            return wins(x: x, y: y, a: n >> 2, b: n & 3) ? acc + p[o] : acc
        }
    }

    /// `N[k]` = Σ over error configurations with exactly k non-identity Paulis (each of X, Y, Z
    /// counted separately) of the win probability, averaged over the 16 input pairs. Computed
    /// exactly by convolving the ten locations' flip masks over (Z₂)⁴ (equivalent to, and
    /// checked in the tests against, enumerating all 4¹⁰ configurations).
    public static func weightedWinCounts() -> [Rational] {
        var total = Array(repeating: Rational(), count: 11)
        for x in 0..<4 {
            for y in 0..<4 {
                // dp[k][mask]: number of configurations with k errors and final flip mask.
                var dp = Array(repeating: Array(repeating: 0, count: 16), count: 11)
                dp[0][0] = 1
                for loc in 0..<10 {
                    let masks = (1...3).map { flipMask(location: loc, pauli: $0, x: x, y: y) }
                    var next = Array(repeating: Array(repeating: 0, count: 16), count: 11)
                    for k in 0...loc { for m in 0..<16 where dp[k][m] != 0 {
                        next[k][m] += dp[k][m]
                        for f in masks { next[k + 1][m ^ f] += dp[k][m] }
                    } }
                    dp = next
                }
                let w = (0..<16).map { winProbability(x: x, y: y, flips: $0) }
                for k in 0...10 { for m in 0..<16 where dp[k][m] != 0 { total[k] += Rational(dp[k][m]) * w[m] } }
            }
        }
        return total.map { try! $0 / Rational(16) }
    }

    /// The per-game win probability q(p) under the noise model, as an exact polynomial:
    /// `q(p) = Σ_k N_k (p/3)^k (1 − p)^{10−k}` (each location: I with probability 1 − p, each of
    /// X, Y, Z with probability p/3; locations independent).
    public static func winPolynomial() -> RationalPolynomial {
        let n = weightedWinCounts()
        let oneMinus = RationalPolynomial([1, -1]), pOver3 = RationalPolynomial([0, try! Rational(1, 3)])
        var q = RationalPolynomial([])
        for k in 0...10 where !n[k].isZero {
            q = q + n[k] * (try! pOver3.power(k)) * (try! oneMinus.power(10 - k))
        }
        return q
    }

    /// The classical value of one game, 15/16 (`zhaodeng.classical-value`).
    public static let classicalValue: Rational = try! Rational(15, 16)

    /// Contains the paper's conservative threshold `p* = 1 − (15/16)^{1/10}`.
    public static func pStar(precision: Int = 128) throws(ExactError) -> Interval {
        let r = try Interval(classicalValue, precision: precision).power(try Rational(1, 10))
        return try Interval(1, precision: precision) - r
    }

    /// The crossing p_c: the smallest root in (0, 3/4] of `q(p) − 15/16`, isolated by a Sturm
    /// sequence and refined by exact bisection; the result contains it.
    public static func criticalNoise(precision: Int = 128) throws -> (enclosure: Interval, root: RealRoot) {
        let d = winPolynomial() - RationalPolynomial([classicalValue])
        let roots = try d.realRoots(precision: precision)
        guard let r = roots.first(where: { $0.enclosureLower.signum > 0 && $0.enclosureUpper <= (try! Rational(3, 4)) }) else {
            throw BellError.invalid("q(p) = 15/16 has no root in (0, 3/4]")
        }
        return (try r.enclosure(precision: precision), r)
    }

    /// The score for `games` games at per-game win probability q (`zhaodeng.score`): the
    /// probability that more than 0.95·games games are won, `Σ_{k > 0.95 n} C(n,k) q^k (1−q)^{n−k}`,
    /// exactly.
    public static func score(games n: Int, winProbability q: Rational) throws(BellError) -> Rational {
        guard (1...2000).contains(n) else { throw .invalid("\(n) games: expected 1 to 2000") }
        guard q.signum >= 0, q <= 1 else { throw .invalid("a win probability \(q): expected a number in [0, 1]") }
        var total = Rational(), binom = BigInteger(1)
        let qc = Rational(1) - q
        for k in 0...n {
            if k > 0 { binom = try! (binom * BigInteger(n - k + 1)).exactlyDivided(by: BigInteger(k)) }
            if 20 * k > 19 * n { total += Rational(binom) * (try! q.power(k)) * (try! qc.power(n - k)) }
        }
        return total
    }

    /// The sampling error bar of a score S measured on N test inputs: `1.96 √(S(1−S)/N)`,
    /// enclosed.
    public static func errorBar(score s: Rational, samples: Int, precision: Int = 128) throws -> Interval {
        guard samples > 0 else { throw BellError.invalid("\(samples) samples: expected at least one") }
        let v = try Interval(s * (Rational(1) - s) / Rational(samples), precision: precision).squareRoot()
        return v * (try Rational(parsing: "1.96"))
    }
}
