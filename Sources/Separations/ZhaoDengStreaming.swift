/// Streaming-memory counts per layer of the one-bit-per-game strategy for the Zhao–Deng task
/// read as a sequence (statement `"zhaodeng.streaming-memory"`, proofs/zhaodeng.streaming-memory.md;
/// the kernel is `LayeredAutomaton`, statement `"memory.myhill-nerode"`).
///
/// Sequence: the 2·n_g tokens x₁ … x_{n_g} y₁ … y_{n_g}, each in {0,1,2,3} and read as 2 bits (most
/// significant first), so an input is a 4·n_g-bit string w (x₁'s high bit is w's most significant
/// bit). Token j (1-based) has output o_j ∈ {0,1,2,3}: Alice's answer a_j for j ≤ n_g, Bob's b_i for
/// j = n_g + i. A streaming transducer has a state after every bit; it emits o_j when it reads
/// token j's second bit (bit layer 2j), from the state before that bit and the bit (Mealy form).
///
/// The strategy: a_i = `ZhaoDengCommunication.oneBitRows[x_i]`,
/// b_i = `ZhaoDengCommunication.oneBitBobAnswer(bit: [x_i = 1], column: y_i)`; it wins every game
/// on every input (`wonInputs` = 16^{n_g} is re-counted with `ZhaoDengCommunication.wins`).
///
/// Certified: `layers[ℓ]` (ℓ = 0 … 4·n_g bits read) is the number of states at layer ℓ of the
/// minimal streaming transducer computing this strategy's outputs, i.e. the number of distinct
/// rows p ↦ (s ↦ (o_j(p·s))_{j > ⌊ℓ/2⌋}) over prefixes p of ℓ bits (the outputs not yet emitted).
/// It is layer ℓ of `LayeredAutomaton(pendingOutputs(ℓ))`, each automaton checked by
/// `verify(against:)` (its run on all inputs and its representatives' distinct rows). Any
/// streaming model computing exactly these outputs needs at least `layers[ℓ]` states at layer ℓ.
/// These counts are for this strategy only; the bound for every zero-error model is
/// `ZhaoDengCutBound`.
public struct ZhaoDengStreaming: Sendable, Hashable {
    /// The largest n_g accepted (16-bit strings, 17 truth tables of 2¹⁶ entries).
    public static let maximumGames = 4

    public let games: Int
    /// r_ℓ for ℓ = 0 … 4·n_g bits read.
    public let layers: [Int]
    /// The number of inputs (of 16^{n_g}) on which the strategy wins every game.
    public let wonInputs: Int

    /// The number of input bits, 4·n_g.
    public var length: Int { 4 * games }
    /// The bit layer of the cut between Alice's half and Bob's half, 2·n_g.
    public var cutLayer: Int { 2 * games }
    /// r_ℓ at token boundaries ℓ = 2t, t = 0 … 2·n_g tokens read.
    public var tokenLayers: [Int] { stride(from: 0, through: length, by: 2).map { layers[$0] } }
    /// ⌈log₂ max_ℓ r_ℓ⌉ over all bit layers: the memory of the minimal bit-level transducer of
    /// this strategy, in bits (mid-token layers included).
    public var memoryBits: Int { Log2.ceiling(layers.max() ?? 1) }
    /// ⌈log₂ max_t r_{2t}⌉ over token boundaries only: the memory of a model reading a whole token
    /// per step.
    public var tokenMemoryBits: Int { Log2.ceiling(tokenLayers.max() ?? 1) }

    public init(games: Int) throws {
        guard (1...Self.maximumGames).contains(games) else {
            throw SeparationError.tooLarge(what: "n_g (streaming layers)", value: games, maximum: Self.maximumGames)
        }
        self.games = games
        var won = 0
        for w in 0..<(1 << (4 * games)) {
            let allWon = (1...games).allSatisfy { i in
                ZhaoDengCommunication.wins(x: Self.token(i, of: w, games: games), y: Self.token(games + i, of: w, games: games),
                                           a: Self.output(i, of: w, games: games), b: Self.output(games + i, of: w, games: games))
            }
            if allWon { won += 1 }
        }
        wonInputs = won
        layers = try Self.layers(games: games) { j, w in Self.output(j, of: w, games: games) }
    }

    /// r_ℓ, ℓ = 0 … 4·n_g, for any outputs `output(j, w)` (token j = 1 … 2·n_g, value 0 … 3) that
    /// depend only on the first 2j bits of w (checked: throws otherwise): layer ℓ of
    /// `LayeredAutomaton(pendingOutputs(ℓ))`, each automaton verified against its function.
    public static func layers(games: Int, output: (_ token: Int, _ input: Int) -> Int) throws -> [Int] {
        guard (1...maximumGames).contains(games) else {
            throw SeparationError.tooLarge(what: "n_g (streaming layers)", value: games, maximum: maximumGames)
        }
        let n = 4 * games
        for w in 0..<(1 << n) { for j in 1...(2 * games) {
            let o = output(j, w), prefix = (w >> (n - 2 * j)) << (n - 2 * j)
            guard (0...3).contains(o), o == output(j, prefix) else {
                throw SeparationError.invalidArgument("output \(j) on input \(w) is not a causal token value (\(o) vs \(output(j, prefix)) on the zero-padded prefix)")
            }
        } }
        var counts: [Int] = []
        for l in 0...n {
            let g = try pendingOutputs(games: games, layer: l, output: output)
            let a = LayeredAutomaton(g)
            if let problem = a.verify(against: g) {
                throw SeparationError.invalidArgument("internal: the automaton of layer \(l) fails its check: \(problem)")
            }
            counts.append(a.layers[l])
        }
        return counts
    }

    /// Token j (1-based, 1 … 2·n_g) of the 4·n_g-bit input w.
    public static func token(_ j: Int, of w: Int, games: Int) -> Int {
        w >> (4 * games - 2 * j) & 3
    }

    /// The strategy's output o_j on input w: a_j = R[x_j] for j ≤ n_g, else
    /// b_i = oneBitBobAnswer([x_i = 1], y_i) for i = j − n_g. Depends only on tokens ≤ j.
    public static func output(_ j: Int, of w: Int, games: Int) -> Int {
        if j <= games { return ZhaoDengCommunication.oneBitRows[token(j, of: w, games: games)] }
        let i = j - games
        return ZhaoDengCommunication.oneBitBobAnswer(bit: token(i, of: w, games: games) == 1 ? 1 : 0,
                                                     column: token(j, of: w, games: games))
    }

    /// The outputs of a one-way strategy of `OneWayGame.zhaoDeng(games:)` (digit i − 1 of its
    /// inputs and answers is game i) in token order: o_j = digit j − 1 of a(x) for j ≤ n_g, digit
    /// i − 1 of b(g(x), y) for j = n_g + i, with x, y assembled from the tokens. `layers` refuses
    /// it unless every o_j depends only on tokens 1 … j (e.g. Bob's answer digit i on y₁ … y_i).
    public static func tokenOutput(games: Int, strategy s: OneWayStrategy) -> (_ token: Int, _ input: Int) -> Int {
        { j, w in
            var x = 0, y = 0
            for i in 1...games { x |= token(i, of: w, games: games) << (2 * (i - 1)); y |= token(games + i, of: w, games: games) << (2 * (i - 1)) }
            return j <= games ? s.aliceAnswers[x] >> (2 * (j - 1)) & 3 : s.bobAnswers[s.messages[x]][y] >> (2 * (j - games - 1)) & 3
        }
    }

    /// The outputs not yet emitted after ℓ bits, as one sequence function (outputs 0 … 3):
    /// G_ℓ(w) = Σ_{j > ⌊ℓ/2⌋} o_j(w)·4^{2n_g − j} (base 4, token order). Its minimal automaton's
    /// layer ℓ is the transducer's layer ℓ (the rows of M_ℓ for G_ℓ are exactly the pending rows).
    public static func pendingOutputs(games: Int, layer l: Int,
                                      output: (_ token: Int, _ input: Int) -> Int) throws -> SequenceFunction {
        let n = 4 * games
        guard (0...n).contains(l) else { throw SeparationError.invalidArgument("layer \(l) outside 0...\(n)") }
        let first = l / 2 + 1
        return try SequenceFunction(length: n) { w in
            var v = 0
            if first <= 2 * games { for j in first...(2 * games) { v = v * 4 + output(j, w) } }
            return v
        }
    }
}
