import Exact

/// The least number of states at the cut of any zero-error streaming model of the Zhao–Deng
/// task (statement `"zhaodeng.streaming-memory"`, proofs/zhaodeng.streaming-memory.md).
///
/// A streaming model (the transducer of `ZhaoDengStreaming`, any strategy) with s states after
/// Alice's half emits a(x) before the cut and b from (state, y) after it, so it is a one-way
/// strategy whose message takes s values. Hence a model winning every input needs s ≥ s*, where
/// s* is the least s with value w_s = 1, w_s the best winning probability with an s-valued
/// message (not only powers of two). `values[s − 1]` is w_s for s = 1 … 2^{n_g}, each the exact
/// maximum of `OneWayBranchAndBound` over all one-way strategies with s messages (with the gauge
/// pins and column swaps of `ZhaoDengCommunication`, proofs/zhaodeng.communication.md) and a
/// witness re-counted on all 16^{n_g} pairs by `ZhaoDengCommunication.wonPairs`. The list stops
/// at the first s with value 1 (the one-bit-per-game strategy has 2^{n_g} messages and wins
/// everything, so it stops by s = 2^{n_g}). n_g ≤ 2 (the game table's limit).
public struct ZhaoDengCutBound: Sendable, Hashable {
    /// One s: the exact value, the pairs won by the witness, and the search nodes.
    public struct Entry: Sendable, Hashable {
        public let states: Int
        public let value: Rational
        public let wonPairs: Int
        public let nodes: Int
        public let strategy: OneWayStrategy
    }

    public let games: Int
    public let values: [Entry]

    /// s*: the least s with w_s = 1.
    public var leastStatesAtCut: Int { values.last!.states }

    public init(games: Int) throws {
        guard (1...2).contains(games) else { throw SeparationError.tooLarge(what: "n_g (cut bound)", value: games, maximum: 2) }
        self.games = games
        let game = try OneWayGame.zhaoDeng(games: games)
        let pairs = 1 << (4 * games)
        var entries: [Entry] = []
        for s in 1...(1 << games) {
            let e = try Self.entry(games: games, states: s, game: game)
            guard e.wonPairs == (try ZhaoDengCommunication.wonPairs(games: games, e.strategy)) else {
                throw SeparationError.invalidArgument("internal: the witness for s = \(s) does not win \(e.wonPairs) pairs")
            }
            entries.append(e)
            if e.wonPairs == pairs { break }
        }
        guard entries.last?.wonPairs == pairs else {
            throw SeparationError.invalidArgument("internal: no s ≤ 2^n_g wins every pair")
        }
        values = entries
    }

    /// Whether some one-way strategy with message map `messages` (x ↦ g(x), inputs encoded as in
    /// `OneWayGame.zhaoDeng`) wins every pair: iff no class of g contains, in some game i, inputs
    /// with x_i = 1, 2 and 3 (proofs/zhaodeng.streaming-memory.md, "Classes": such a class forces
    /// three odd rows into Bob's even columns; otherwise fixed rows per x_i and, per class and
    /// game, an even column through the ≤ 2 prescribed entries win). Tested against exhaustive
    /// answer enumeration for n_g = 1.
    public static func admitsZeroError(games: Int, messages: [Int]) -> Bool {
        var seen: [Int: Int] = [:]   // (class, game) ↦ bit set of inputs 1…3 seen
        for (x, m) in messages.enumerated() {
            for i in 0..<games {
                let xi = x >> (2 * i) & 3
                if xi != 0 { seen[m * games + i, default: 0] |= 1 << xi }
            }
        }
        return !seen.values.contains(0b1110)
    }

    /// Two games read as tokens x₁ x₂: whether some zero-error model has at most `afterFirst`
    /// states after x₁ and at most `atCut` after x₂. Enumerates every state map σ₁: x₁ ↦ [afterFirst]
    /// and every transition f: (σ₁, x₂) ↦ [atCut]; the message at the cut is f(σ₁(x₁), x₂), and a
    /// model exists iff some such message map `admitsZeroError` (Alice's answers are emitted
    /// before the cut, Bob's from the cut state). Refused above 10⁷ maps.
    public static func stagedZeroErrorExists(afterFirst k: Int, atCut s: Int) throws -> Bool {
        guard k >= 1, s >= 1 else { throw SeparationError.invalidArgument("expected at least one state") }
        var total = 1.0
        for _ in 0..<4 { total *= Double(k) }
        for _ in 0..<(4 * k) { total *= Double(s) }
        guard total <= 1e7 else { throw SeparationError.tooLarge(what: "staged maps", value: Int(min(total, 9e18)), maximum: 10_000_000) }
        var sigma = [Int](repeating: 0, count: 4)
        while true {
            var f = [Int](repeating: 0, count: 4 * k)
            while true {
                let messages = (0..<16).map { x in f[sigma[x & 3] * 4 + (x >> 2)] }
                if admitsZeroError(games: 2, messages: messages) { return true }
                var i = 0
                while i < f.count { f[i] += 1; if f[i] < s { break }; f[i] = 0; i += 1 }
                if i == f.count { break }
            }
            var i = 0
            while i < 4 { sigma[i] += 1; if sigma[i] < k { break }; sigma[i] = 0; i += 1 }
            if i == 4 { return false }
        }
    }

    /// Lower bounds on the states of every zero-error streaming model after t tokens,
    /// t = 0 … 2·n_g: s*(k) with k = t in Alice's half and k = 2·n_g − t in Bob's half (the games
    /// still open across the cut), capped at the largest k with a known s*. `least[k]` is s*(k)
    /// for k = 0 … K (s*(0) = 1). Restriction argument (proofs/zhaodeng.streaming-memory.md): set
    /// the tokens of the other games to 0 (those games are won automatically); the model then
    /// plays k games one-way through the state at t. s*(k) is nondecreasing in k (set extra games'
    /// inputs to 0), so the cap keeps a valid bound.
    public static func tokenLowerBounds(games: Int, least: [Int]) -> [Int] {
        (0...(2 * games)).map { t in least[min(t <= games ? t : 2 * games - t, least.count - 1)] }
    }

    /// The exact best number of won pairs with an s-valued message, by the branch and bound of
    /// `ZhaoDengCommunication.exactValue` (same order, pins and symmetries), started from the
    /// product strategy with ⌊log₂ s⌋ bits (it uses at most 2^{⌊log₂ s⌋} ≤ s messages).
    public static func entry(games: Int, states s: Int, game: OneWayGame) throws -> Entry {
        guard s >= 1 else { throw SeparationError.invalidArgument("expected at least one state") }
        let start = ZhaoDengCommunication.productStrategy(games: games, bits: Log2.floor(s), game: game)
        let padded = OneWayStrategy(messages: start.messages, aliceAnswers: start.aliceAnswers,
                                    bobAnswers: (0..<min(s, game.aliceInputs)).map { $0 < start.bobAnswers.count ? start.bobAnswers[$0] : start.bobAnswers[0] })
        let r = try OneWayBranchAndBound.maximum(game, messages: s, order: ZhaoDengCommunication.searchOrder(games: games),
                                                 pinnedAnswers: ZhaoDengCommunication.gaugePins(games: games),
                                                 answerSymmetries: ZhaoDengCommunication.columnSwaps(games: games), initial: padded)
        return Entry(states: s, value: try Rational(r.wonPairs, 1 << (4 * games)), wonPairs: r.wonPairs, nodes: r.nodes, strategy: r.strategy)
    }
}
