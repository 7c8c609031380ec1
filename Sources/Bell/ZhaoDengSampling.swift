import Simulate

/// Monte-Carlo sampling of the Zhao–Deng task with the bit-packed Pauli-frame sampler of
/// Simulate (floats explore: the estimates are compared with the exact q(p) and score in the
/// tests, never used for a verdict).
///
/// One circuit of n_g games (4 qubits each: Alice's pair, then Bob's) is sampled for each of
/// the 9 input pairs with x, y ≥ 1, all games of that circuit using that pair; shot s of game g
/// with random inputs (x, y) reads its outcome from the (x, y) circuit's shot s. Games are
/// independent blocks with independent noise, so each (shot, game) is an exact sample of one
/// game with uniform inputs, and the games of a shot are independent.
public enum ZhaoDengSampling {
    /// The noisy circuit of `games` games, all with inputs (x, y), depolarizing noise p at the
    /// ten locations of `ZhaoDeng.noiseLocations`.
    public static func circuit(games: Int, x: Int, y: Int, p: Double) -> [CliffordOperation] {
        var ops = [CliffordOperation]()
        func map(_ g: CliffordGate, _ o: Int) -> CliffordOperation {
            switch g {
            case .h(let q): return .h(q + o)
            case .z(let q): return .z(q + o)
            case let .cnot(c, t): return .cnot(control: c + o, target: t + o)
            case let .cz(a, b): return .cz(a + o, b + o)
            case let .swap(a, b): return .swap(a + o, b + o)
            }
        }
        for g in 0..<games {
            let o = 4 * g
            let stages = ZhaoDeng.stages(x: x, y: y)
            for (k, stage) in stages.enumerated() {
                for gate in stage { ops.append(map(gate, o)) }
                for (s, q) in ZhaoDeng.noiseLocations where s == k { ops.append(.depolarize1(q + o, probability: p)) }
            }
        }
        return ops
    }

    /// Estimates from `shots` shots of `games` games: the per-game win rate and the score
    /// (fraction of shots winning more than 0.95·games games).
    public struct Estimate: Sendable {
        public let winRate: Double
        public let score: Double
        public let gameSamples: Int
        public let shots: Int
    }

    public static func estimate(games: Int, p: Double, shots: Int, seed: UInt64) throws -> Estimate {
        guard (1...1000).contains(games) else { throw BellError.invalid("\(games) games: expected 1 to 1000") }
        var rng = Xoshiro256StarStar(seed: seed)
        // outcomes[x][y][q] = packed bits
        var outcomes = Array(repeating: Array(repeating: [[UInt64]](), count: 4), count: 4)
        for x in 1...3 { for y in 1...3 {
            let sampler = try PauliFrameSampler(qubitCount: 4 * games, operations: circuit(games: games, x: x, y: y, p: p), using: &rng)
            outcomes[x][y] = try sampler.sample(shots: shots, using: &rng)
        } }
        var wins = 0, scored = 0
        for s in 0..<shots {
            var won = 0
            let w = s / 64, b = UInt64(s % 64)
            for g in 0..<games {
                let x = Int(rng.next() & 3), y = Int(rng.next() & 3)
                if x == 0 || y == 0 { won += 1; continue }
                let o = outcomes[x][y]
                func bit(_ q: Int) -> Int { Int((o[4 * g + q][w] >> b) & 1) }
                if ZhaoDeng.wins(x: x, y: y, a: 2 * bit(0) + bit(1), b: 2 * bit(2) + bit(3)) { won += 1 }
            }
            wins += won
            if 20 * won > 19 * games { scored += 1 }
        }
        return Estimate(winRate: Double(wins) / Double(shots * games), score: Double(scored) / Double(shots),
                        gameSamples: shots * games, shots: shots)
    }
}
