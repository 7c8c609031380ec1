import Exact
import PropertyBased
import QBoundsTestSupport
import Testing
@testable import Separations

/// zhaodeng.streaming-memory: per-layer states of the one-bit-per-game strategy's minimal
/// transducer against brute-force row counting and the generic Myhill–Nerode kernel, the least
/// states at the cut against exhaustive enumeration, and strategies with too few states losing.
@Suite struct ZhaoDengStreamingTests {
    /// The number of distinct pending-output rows after ℓ bits, by direct enumeration (no
    /// automaton): the row of prefix p lists, for every suffix s, the outputs o_j(p·s) with 2j > ℓ.
    static func bruteForceLayers(games: Int, output: (Int, Int) -> Int) -> [Int] {
        let n = 4 * games
        return (0...n).map { l in
            let s = n - l
            var rows = Set<[Int]>()
            for p in 0..<(1 << l) {
                var row: [Int] = []
                for q in 0..<(1 << s) { for j in 1...(2 * games) where 2 * j > l { row.append(output(j, p << s | q)) } }
                rows.insert(row)
            }
            return rows.count
        }
    }

    /// The one-bit strategy written again from proofs/zhaodeng.communication.md with the rows
    /// `rows` (default R₁ = 010, R₂ = 100, R₃ = 001 as (a₁, a₂, a₃), those of the kernel); bit
    /// [x = 1]; Bob b₁ = R₁[y] on bit 1, else b₂ = R₂[y], b₁ = R₂[y] ⊕ R₃[y].
    static func independentOutput(games: Int, _ j: Int, _ w: Int, rows: [[Int]] = [[0, 1, 0], [1, 0, 0], [0, 0, 1]]) -> Int {
        func tok(_ k: Int) -> Int { w >> (4 * games - 2 * k) & 3 }
        if j <= games { let x = tok(j); return x == 0 ? 0 : rows[x - 1][0] << 1 | rows[x - 1][1] }
        let x = tok(j - games), y = tok(j)
        if y == 0 { return 0 }
        if x == 1 { return rows[0][y - 1] << 1 }
        let b2 = rows[1][y - 1], b3 = rows[2][y - 1]
        return (b2 ^ b3) << 1 | b2
    }

    /// Layers of the strategy (kernel) = brute-force rows, for n_g = 1, 2, 3, with the
    /// independently written strategy; the strategy wins all 16^{n_g} inputs; the token layers
    /// are 2^t in Alice's half and 2^{2n_g − t} in Bob's.
    @Test(arguments: 1...3) func strategyLayers(games: Int) throws {
        let s = try ZhaoDengStreaming(games: games)
        #expect(s.wonInputs == 1 << (4 * games))
        let brute = Self.bruteForceLayers(games: games) { Self.independentOutput(games: games, $0, $1) }
        #expect(s.layers == brute)
        #expect(s.tokenLayers == (0...(2 * games)).map { 1 << ($0 <= games ? $0 : 2 * games - $0) })
        #expect(s.layers[s.cutLayer] == 1 << games && s.tokenMemoryBits == games && s.memoryBits == games + 1)
        // The kernel on the full pending-output truth table at every layer, once more by hand.
        for l in 0...s.length {
            let g = try ZhaoDengStreaming.pendingOutputs(games: games, layer: l) { Self.independentOutput(games: games, $0, $1) }
            #expect(LayeredAutomaton(g).layers[l] == s.layers[l], "layer \(l)")
        }
        // Mid-Bob-token layers: 4·2^{n_g−1} (the bit [x_i = 1] times the 2 values of y_i's high bit, all distinct).
        #expect(s.layers[2 * games + 1] == 1 << (games + 1))
        // The same strategy with the rows permuted (R₁ = 001, R₂ = 010, R₃ = 100) is also zero-error
        // with the same token layers, but needs only 3·2^{n_g−1} states in the middle of y₁.
        let other = { (j: Int, w: Int) in Self.independentOutput(games: games, j, w, rows: [[0, 0, 1], [0, 1, 0], [1, 0, 0]]) }
        let otherLayers = try ZhaoDengStreaming.layers(games: games, output: other)
        #expect(otherLayers == Self.bruteForceLayers(games: games, output: other))
        #expect(otherLayers[2 * games + 1] == 3 << (games - 1))
        #expect(stride(from: 0, through: 4 * games, by: 2).map { otherLayers[$0] } == s.tokenLayers)
    }

    /// Random causal per-game strategies (Alice's answer table, a message map x ↦ {0, 1}, Bob's
    /// table per (message, y)): the kernel-based layers equal the brute-force rows.
    @Test func randomStrategiesAgainstBruteForce() {
        let gen = zip(Gen.int(in: 1...2), Gen.int(in: 0...3).array(of: 4), Gen.int(in: 0...1).array(of: 4), Gen.int(in: 0...3).array(of: 8))
        seededCheck("zhaodeng.streaming-memory random strategies", count: 25, gen) { games, alice, message, bob in
            func output(_ j: Int, _ w: Int) -> Int {
                func tok(_ k: Int) -> Int { w >> (4 * games - 2 * k) & 3 }
                return j <= games ? alice[tok(j)] : bob[message[tok(j - games)] * 4 + tok(j)]
            }
            return try ZhaoDengStreaming.layers(games: games, output: output) == Self.bruteForceLayers(games: games, output: output)
        }
    }

    /// A non-causal output (Alice's answer depending on Bob's token) is refused.
    @Test func nonCausalOutputIsRefused() {
        #expect(throws: SeparationError.self) {
            try ZhaoDengStreaming.layers(games: 1) { j, w in j == 1 ? w & 3 : 0 }
        }
        #expect(throws: SeparationError.self) { try ZhaoDengStreaming(games: 5) }
    }

    /// n_g = 1: w_s for s = 1 … 4 by exhaustive enumeration of every one-way strategy with s
    /// messages; the cut bound stops at s* = 2 with w_1 = 15/16, w_2 = 1.
    @Test func leastStatesAtCutOneGameAgainstBruteForce() throws {
        let bound = try ZhaoDengCutBound(games: 1)
        let game = try OneWayGame.zhaoDeng(games: 1)
        let exhaustive = try (1...4).map { try game.exhaustiveMaximum(messages: $0) }
        #expect(exhaustive == [15, 16, 16, 16])
        #expect(bound.values.map(\.wonPairs) == Array(exhaustive.prefix(2)))
        #expect(bound.values.map(\.value) == [try Rational(15, 16), Rational(1)])
        let least = exhaustive.firstIndex(of: 16).map { $0 + 1 }
        #expect(bound.leastStatesAtCut == least && least == 2)
        for e in bound.values { #expect(try ZhaoDengCommunication.wonPairs(games: 1, e.strategy) == e.wonPairs) }
    }

    /// Negative: with one state at the cut Bob's answer depends on y alone; every pair of answer
    /// tables (a(x), b(y)) — all 4⁴·4⁴ of them, enumerated directly — loses some input pair.
    @Test func everyOneStateStrategyLosesSomePair() {
        var winners = 0
        for aCode in 0..<256 { for bCode in 0..<256 {
            let allWon = (0..<4).allSatisfy { x in (0..<4).allSatisfy { y in
                ZhaoDengBranchAndBoundTests.independentWin(games: 1, x: x, a: aCode >> (2 * x) & 3, y: y, b: bCode >> (2 * y) & 3)
            } }
            if allWon { winners += 1 }
        } }
        #expect(winners == 0)
    }

    /// Negative: merging message 1 into message 0 in the one-bit strategy (the state at the cut
    /// forgets whether the first game's input is 1 when the other bits are clear: 1 state left
    /// for n_g = 1, 3 for n_g = 2) loses pairs whatever Bob does: his best response is counted.
    /// (For n_g = 2 other 3-valued messages do win everything, `leastStatesAtCutTwoGames`.)
    @Test func mergedStatesLose() throws {
        for games in 1...2 {
            let game = try OneWayGame.zhaoDeng(games: games)
            let size = 1 << (2 * games)
            let full = ZhaoDengCommunication.productStrategy(games: games, bits: games, game: game)
            #expect(try game.wonPairs(full) == size * size)
            // Merge message 1 (x₁ = 1 bit set, second bit clear) into message 0.
            let merged = full.messages.map { $0 == 1 ? 0 : $0 }
            let bob = game.bestResponse(messages: merged, aliceAnswers: full.aliceAnswers, messageCount: full.bobAnswers.count)
            let s = OneWayStrategy(messages: merged, aliceAnswers: full.aliceAnswers, bobAnswers: bob)
            #expect(try game.wonPairs(s) < size * size)
        }
    }

    /// The class criterion `admitsZeroError` against exhaustive answer enumeration
    /// (`ZhaoDengCommunication.classValue`, every Alice answer map) on all 4⁴ message maps of one
    /// game, and on the n_g = 2 witnesses (3 messages: yes; the optimal 2-message map: no).
    @Test func classCriterionAgainstEnumeration() throws {
        var agreeing = 0, zeroError = 0
        for code in 0..<256 {
            let g = (0..<4).map { code >> (2 * $0) & 3 }
            let exact = (0..<4).allSatisfy { m in
                let s = (0..<4).filter { g[$0] == m }
                return ZhaoDengCommunication.classValue(games: 1, s) == 4 * s.count
            }
            if exact == ZhaoDengCutBound.admitsZeroError(games: 1, messages: g) { agreeing += 1 }
            if exact { zeroError += 1 }
        }
        #expect(agreeing == 256 && zeroError > 0 && zeroError < 256)
        let bound = try ZhaoDengCutBound(games: 2)
        #expect(ZhaoDengCutBound.admitsZeroError(games: 2, messages: bound.values[2].strategy.messages))
        #expect(!ZhaoDengCutBound.admitsZeroError(games: 2, messages: bound.values[1].strategy.messages))
    }

    /// Negative (n_g = 2): no zero-error model has ≤ 2 states after x₁ and ≤ 3 at the cut, so the
    /// per-token bounds [1, 2, 3, 2, 1] are not attained together; (2, 4) is (the one-bit
    /// strategy), and (3, 3) is by the witness of `leastStatesAtCutTwoGames`. One state after x₁
    /// with 4 at the cut is impossible too (game 1 would be played without communication).
    @Test func stagedTwoGames() throws {
        #expect(try !ZhaoDengCutBound.stagedZeroErrorExists(afterFirst: 2, atCut: 3))
        #expect(try ZhaoDengCutBound.stagedZeroErrorExists(afterFirst: 2, atCut: 4))
        #expect(try !ZhaoDengCutBound.stagedZeroErrorExists(afterFirst: 1, atCut: 4))
        #expect(throws: SeparationError.self) { try ZhaoDengCutBound.stagedZeroErrorExists(afterFirst: 3, atCut: 3) }
    }

    /// n_g = 2: w_1 = 227/256, w_2 = 31/32, w_3 = 1, so s* = 3: every zero-error model has ≥ 3
    /// states at the cut (a 3-valued message suffices; 2 bits of memory still). Per-token lower
    /// bounds [1, 2, 3, 2, 1]; the one-bit strategy has [1, 2, 4, 2, 1] (not minimal at the cut) and
    /// the 3-message witness, a causal token stream, [1, 3, 3, 3, 1] (not minimal after x₁).
    /// Witnesses re-counted by the independent predicate.
    @Test func leastStatesAtCutTwoGames() throws {
        let bound = try ZhaoDengCutBound(games: 2)
        #expect(bound.values.map(\.states) == [1, 2, 3])
        #expect(bound.values.map(\.wonPairs) == [227, 248, 256])
        #expect(bound.leastStatesAtCut == 3)
        for e in bound.values {
            #expect(ZhaoDengBranchAndBoundTests.independentCount(games: 2, e.strategy) == e.wonPairs)
            #expect(e.strategy.messages.allSatisfy { $0 < e.states })
        }
        let lower = ZhaoDengCutBound.tokenLowerBounds(games: 2, least: [1, 2, bound.leastStatesAtCut])
        #expect(lower == [1, 2, 3, 2, 1])
        #expect(try ZhaoDengStreaming(games: 2).tokenLayers == [1, 2, 4, 2, 1])
        let witness = try #require(bound.values.last).strategy
        let layers = try ZhaoDengStreaming.layers(games: 2, output: ZhaoDengStreaming.tokenOutput(games: 2, strategy: witness))
        #expect(stride(from: 0, through: 8, by: 2).map { layers[$0] } == [1, 3, 3, 3, 1])
        #expect(zip(stride(from: 0, through: 8, by: 2).map { layers[$0] }, lower).allSatisfy { $0 >= $1 })
        #expect(ZhaoDengCutBound.tokenLowerBounds(games: 3, least: [1, 2, 3]) == [1, 2, 3, 3, 3, 2, 1])
    }
}
