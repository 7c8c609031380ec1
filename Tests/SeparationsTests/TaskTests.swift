import Exact
import Numerics
import QBoundsTestSupport
import Simulate
import Testing
@testable import Separations

@Suite struct TaskTests {
    /// memory.hypergraph: the simulated state has ⟨x|H⟩ = 2^{−n/2}(−1)^{f(x)}, every K_i fixes it,
    /// and distinct hypergraphs give distinct states.
    @Test(arguments: [(3, 2), (4, 2), (4, 3), (5, 3)])
    func hypergraphStatesAndStabilizers(n: Int, k: Int) throws {
        let task = try HypergraphTask(n: n, k: k)
        #expect(task.edgeSlots == binomial(n, k))
        #expect(task.distinctStates() == 1 << task.edgeSlots)
        let amp = 1 / Double(1 << n).squareRoot()
        for h in stride(from: 0, to: 1 << task.edgeSlots, by: max(1, (1 << task.edgeSlots) / 16)) {
            let psi = try task.simulate(hypergraph: h)
            for x in 0..<(1 << n) {
                let expected = task.phase(hypergraph: h, basisIndex: x) == 0 ? amp : -amp
                #expect(abs(psi.amplitudes[x].real - expected) < 1e-12 && abs(psi.amplitudes[x].imaginary) < 1e-12)
            }
            for i in 0..<n {
                let ki = try task.applyStabilizer(i, hypergraph: h, to: psi)
                #expect(try ki.fidelity(with: psi) > 1 - 1e-12, "K_\(i) does not fix |H⟩ for h = \(h)")
            }
        }
    }

    /// memory.anschuetz-gao: the quantum model's outcome distributions equal the exact Born
    /// probabilities (zero error), and the exact count across the cut meets C(n, k) − 1.
    @Test(arguments: [(3, 2), (4, 3), (4, 2)])
    func hypergraphTaskMemoryCount(n: Int, k: Int) throws {
        let task = try HypergraphTask(n: n, k: k)
        let (distinct, rank, p) = try task.memoryCount()
        #expect(rank.verify(against: p) == nil)
        #expect(distinct == 1 << task.edgeSlots)
        #expect(Log2.floor(rank.rank) >= task.edgeSlots - 1, "rank \(rank.rank) for C(\(n),\(k)) = \(task.edgeSlots)")
        print("memory.anschuetz-gao n=\(n) k=\(k): C(n,k)=\(task.edgeSlots) distinct rows \(distinct) rank \(rank.rank)")
        for h in [0, (1 << task.edgeSlots) - 1, 5 % (1 << task.edgeSlots)] {
            for beta in 0..<(1 << n) {
                let sim = try task.simulatedProbabilities(hypergraph: h, basis: beta)
                let scale = Double(1 << (n + beta.nonzeroBitCount))
                for o in 0..<(1 << n) {
                    let s = task.scaledAmplitude(hypergraph: h, basis: beta, outcome: o)
                    #expect(abs(sim[o] - Double(s * s) / scale) < 1e-12)
                }
            }
        }
    }

    /// zhaodeng.communication: c = 0 gives the classical value 15/16, c = 2 wins always, c = 1 in between.
    @Test func zhaoDengChannel() throws {
        let c0 = try ZhaoDengCommunication.bestWinningProbability(games: 1, bits: 0)
        #expect(c0.value == (try Rational(15, 16)))
        let c1 = try ZhaoDengCommunication.bestWinningProbability(games: 1, bits: 1)
        let c2 = try ZhaoDengCommunication.bestWinningProbability(games: 1, bits: 2)
        #expect(c0.value < c1.value && c1.value <= c2.value && c2.value == Rational(1))
        print("zhaodeng.communication n_g=1: c=0 \(c0.value), c=1 \(c1.value), c=2 \(c2.value)")
        #expect(try ZhaoDengCommunication.bestWinningProbability(games: 2, bits: 2).value == Rational(1))
        #expect(ZhaoDengCommunication.oneBitPerGameStrategyValue(games: 3).value == Rational(1))
        #expect(throws: SeparationError.self) { try ZhaoDengCommunication.bestWinningProbability(games: 3, bits: 1) }
        // The single-game predicate: the magic-square part alone (x, y ≠ 0) has classical value 8/9,
        // so the 15/16 above is 7/16 + (9/16)(8/9) (zhaodeng.classical-value).
        var best = 0
        for a in 0..<(1 << 6) { for b in 0..<(1 << 6) {
            var w = 0
            for x in 1...3 { for y in 1...3 where ZhaoDengCommunication.wins(x: x, y: y, a: a >> (2 * (x - 1)) & 3, b: b >> (2 * (y - 1)) & 3) { w += 1 } }
            best = max(best, w)
        } }
        #expect(best == 8)
    }

    func binomial(_ n: Int, _ k: Int) -> Int { k == 0 ? 1 : binomial(n - 1, k - 1) * n / k }
}

/// The limits of the exact hypergraph memory count, stated with the real bound (n ≤ 5).
@Suite struct HypergraphLimitTests {
    @Test func exactCountLimits() throws {
        for n in 1...5 { for k in 1...n {
            let slots = try HypergraphTask(n: n, k: k).edgeSlots
            #expect(HypergraphTask.exactCountRefusal(n: n, k: k) == nil && slots <= HypergraphTask.maximumExactEdgeSlots)
        } }
        let why = try #require(HypergraphTask.exactCountRefusal(n: 6, k: 5))
        #expect(why.contains("expected 1 ≤ n ≤ 5") && !why.contains("10"), "\(why)")
        #expect(HypergraphTask.exactCountRefusal(n: 4, k: 5)?.contains("1 ≤ k ≤ n = 4") == true)
        // The states themselves are still available for n = 6 (not the exact count).
        let t = try HypergraphTask(n: 6, k: 5)
        #expect(throws: SeparationError.invalidArgument(why)) { try t.probabilityMatrix() }
    }
}
