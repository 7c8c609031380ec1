import ArgumentParser
import Bell
import Exact
import Foundation
import Simulate

/// `qbounds game sample zhao-deng --games N --p P --shots S [--json]`
struct GameSample: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Monte-Carlo Zhao–Deng noise sweep with the bit-packed Pauli-frame sampler, next to the exact q(p) and score.",
        discussion: """
            Samples the noisy Clifford circuit of N games (4N qubits) with Pauli frames (64 shots \
            per word). The estimates explore; the exact q(p) (zhaodeng.noise) and score \
            (zhaodeng.score) are printed next to them. `throughput` times one circuit of 4N qubits \
            with fixed random inputs (the figure to compare with Stim).
            """)

    @Argument(help: "The task: zhao-deng.") var task: String
    @Option(help: "Number of games n_g (4 qubits each), 1…1000.") var games: Int = 6
    @Option(help: "Depolarizing probability p (exact rational or decimal).") var p: String = "1/100"
    @Option(help: "Shots.") var shots: Int = 10_000
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        guard task == "zhao-deng" else { StandardError.write("error: unknown task '\(task)': expected zhao-deng"); throw ExitCode(2) }
        guard (1...1000).contains(games) else { StandardError.write("error: --games \(games): expected 1 to 1000"); throw ExitCode(2) }
        guard (1...10_000_000).contains(shots) else { StandardError.write("error: --shots \(shots): expected 1 to 10000000"); throw ExitCode(2) }
        let pq: Rational
        do { pq = try Rational(parsing: p) } catch { StandardError.write("error: --p: \(error)"); throw ExitCode(2) }
        guard pq.signum >= 0, pq <= 1 else { StandardError.write("error: --p \(p): expected a probability in [0, 1]"); throw ExitCode(2) }
        let pd = pq.double()
        // Throughput: one circuit with fixed random inputs per game.
        var rng = Xoshiro256StarStar(seed: seed)
        var ops = [CliffordOperation]()
        for g in 0..<games {
            let block = ZhaoDengSampling.circuit(games: 1, x: Int(rng.next() % 4), y: Int(rng.next() % 4), p: pd)
            ops += block.map { shift($0, by: 4 * g) }
        }
        let t0 = Date()
        let sampler = try PauliFrameSampler(qubitCount: 4 * games, operations: ops, using: &rng)
        let t1 = Date()
        _ = try sampler.sample(shots: shots, using: &rng)
        let t2 = Date()
        let est = try ZhaoDengSampling.estimate(games: games, p: pd, shots: shots, seed: seed)
        let q = ZhaoDeng.winPolynomial()(pq)
        let score = try ZhaoDeng.score(games: games, winProbability: q)
        if json {
            try BellJSON.print([
                "task": "zhao-deng", "games": games, "qubits": 4 * games, "p": pq.description, "shots": shots,
                "win_rate_estimate": est.winRate, "score_estimate": est.score,
                "q_exact": q.double(), "score_exact": score.double(),
                "reference_seconds": t1.timeIntervalSince(t0), "sample_seconds": t2.timeIntervalSince(t1),
                "statements": ["zhaodeng.noise", "zhaodeng.score"],
            ])
        } else {
            print("Zhao–Deng, \(games) games (\(4 * games) qubits), p = \(pq), \(shots) shots")
            print("  per-game win rate: sampled \(est.winRate), exact q(p) = \(q.double())")
            print("  score: sampled \(est.score), exact \(score.double())")
            print("  one circuit: reference tableau \(String(format: "%.4f", t1.timeIntervalSince(t0))) s, \(shots) shots \(String(format: "%.4f", t2.timeIntervalSince(t1))) s")
        }
    }

    func shift(_ op: CliffordOperation, by o: Int) -> CliffordOperation {
        switch op {
        case .h(let q): return .h(q + o)
        case .s(let q): return .s(q + o)
        case .x(let q): return .x(q + o)
        case .z(let q): return .z(q + o)
        case let .cnot(c, t): return .cnot(control: c + o, target: t + o)
        case let .cz(a, b): return .cz(a + o, b + o)
        case let .swap(a, b): return .swap(a + o, b + o)
        case let .depolarize1(q, p): return .depolarize1(q + o, probability: p)
        }
    }
}
