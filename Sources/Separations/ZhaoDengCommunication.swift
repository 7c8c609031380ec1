import Exact

/// The classical side of the Zhao–Deng translation task with a c-bit channel from Alice's half
/// to Bob's half (statement `"zhaodeng.communication"`; task of Zhao–Deng arXiv:2410.03094 as
/// written in THEOREMS.md §3).
///
/// One game: Alice's input x ∈ {0,1,2,3}, Bob's y ∈ {0,1,2,3}, uniform. Alice answers a = (a₁, a₂)
/// with a₃ = 1 ⊕ a₁ ⊕ a₂ (odd row), Bob b = (b₁, b₂) with b₃ = b₁ ⊕ b₂ (even column). Won iff
/// x = 0, or y = 0, or a_y = b_x. A classical sequence model's outputs on Alice's half depend on
/// x only; the state passed on is a message m = g(x) of c bits; Bob's answers depend on (m, y).
/// The best winning probability is `max_g Σ_{classes S of g} V(S) / |X||Y|` with
/// `V(S) = max_{a: S→A} Σ_y max_b Σ_{x∈S} win(x, a(x), y, b)`: exhaustive for n_g = 1; for
/// n_g = 2 an exact branch and bound over (g, a) (`exactValue`, `OneWayBranchAndBound`) with
/// the gauge pins (`gaugePins`, `gaugeFixed`) and the column swaps (`columnSwaps`), whose optimal strategy is re-counted on all
/// 256 input pairs. Values: w(1, 0) = 15/16, w(1, c ≥ 1) = 1; w(2, 0) = 227/256,
/// w(2, 1) = 31/32, w(2, c ≥ 2) = 1.
public enum ZhaoDengCommunication {
    /// Alice's entry in column y (1…3) for answer a (a₁ most significant of the 2 bits).
    static func aliceEntry(_ a: Int, column y: Int) -> Int {
        let a1 = a >> 1 & 1, a2 = a & 1
        return y == 1 ? a1 : y == 2 ? a2 : 1 ^ a1 ^ a2
    }
    static func bobEntry(_ b: Int, row x: Int) -> Int {
        let b1 = b >> 1 & 1, b2 = b & 1
        return x == 1 ? b1 : x == 2 ? b2 : b1 ^ b2
    }

    /// The single-game predicate.
    public static func wins(x: Int, y: Int, a: Int, b: Int) -> Bool {
        x == 0 || y == 0 || aliceEntry(a, column: y) == bobEntry(b, row: x)
    }

    /// n_g games: inputs and answers are base-4 digit strings, digit g (bits 2g, 2g+1) for game g; all games must be won.
    static func winsAll(games: Int, x: Int, y: Int, a: Int, b: Int) -> Bool {
        for g in 0..<games {
            let s = 2 * g
            if !wins(x: x >> s & 3, y: y >> s & 3, a: a >> s & 3, b: b >> s & 3) { return false }
        }
        return true
    }

    /// V(S) for a set S of Alice inputs (as a list), n_g games: exhaustive over Alice's answers.
    static func classValue(games: Int, _ s: [Int]) -> Int {
        let answers = 1 << (2 * games), inputs = answers
        var best = 0
        var a = [Int](repeating: 0, count: s.count)
        while true {
            var total = 0
            for y in 0..<inputs {
                var m = 0
                for b in 0..<answers {
                    var c = 0
                    for (i, x) in s.enumerated() where winsAll(games: games, x: x, y: y, a: a[i], b: b) { c += 1 }
                    m = max(m, c)
                }
                total += m
            }
            best = max(best, total)
            var i = 0
            while i < a.count { a[i] += 1; if a[i] < answers { break }; a[i] = 0; i += 1 }
            if i == a.count { break }
        }
        return best
    }

    /// Alice's answer (a₁a₂) in the one-bit-per-game strategy for her input x = 0…3: the odd rows
    /// R₁ = 010, R₂ = 100, R₃ = 001 (as (a₁,a₂,a₃); the entries are a₁a₂); input 0 answers 0.
    public static let oneBitRows = [0, 0b01, 0b10, 0b00]

    /// Bob's answer (b₁b₂) in the one-bit-per-game strategy for the bit [x = 1] and his input y:
    /// 0 for y = 0; for bit 1, b₁ = R₁[y], b₂ = 0; for bit 0, b₂ = R₂[y] and b₁ = R₂[y] ⊕ R₃[y]
    /// (so b₃ = R₃[y]).
    public static func oneBitBobAnswer(bit: Int, column y: Int) -> Int {
        guard y != 0 else { return 0 }
        if bit == 1 { return aliceEntry(oneBitRows[1], column: y) << 1 }
        let b2 = aliceEntry(oneBitRows[2], column: y), b3 = aliceEntry(oneBitRows[3], column: y)
        return (b2 ^ b3) << 1 | b2
    }

    /// The strategy "Alice answers fixed odd rows R₁ = 010, R₂ = 100, R₃ = 001 (as (a₁,a₂,a₃)),
    /// sends one bit per game, [xᵢ = 1]; Bob answers, for column y, b₁ = R₁[y] when the bit is 1, else
    /// b₂ = R₂[y], b₃ = R₃[y], b₁ = b₂ ⊕ b₃", evaluated exactly on all input pairs. Returns the
    /// winning probability (all games won) and the message of each Alice input (bit i ↔ game i).
    public static func oneBitPerGameStrategyValue(games: Int) -> (value: Rational, messages: [Int]) {
        let rows = oneBitRows
        let size = 1 << (2 * games)
        var messages = [Int](repeating: 0, count: size)
        var answersA = [Int](repeating: 0, count: size)
        for x in 0..<size {
            for g in 0..<games {
                let xi = x >> (2 * g) & 3
                if xi == 1 { messages[x] |= 1 << g }
                answersA[x] |= rows[xi] << (2 * g)
            }
        }
        var won = 0
        for x in 0..<size {
            for y in 0..<size {
                var b = 0
                for g in 0..<games {
                    b |= oneBitBobAnswer(bit: messages[x] >> g & 1, column: y >> (2 * g) & 3) << (2 * g)
                }
                if winsAll(games: games, x: x, y: y, a: answersA[x], b: b) { won += 1 }
            }
        }
        return (try! Rational(won, size * size), messages)
    }

    /// The exact best winning probability (all n_g games won) with c bits from Alice to Bob,
    /// with an optimal message function g (g[x] = message). Exhaustive for n_g = 1 (any c);
    /// branch and bound (`exactValue`) for n_g = 2; for c ≥ n_g ≥ 3 the one-bit-per-game
    /// strategy is evaluated (value 1). n_g ≥ 3 with c < n_g throws.
    public static func bestWinningProbability(games: Int, bits c: Int) throws -> (value: Rational, messages: [Int]) {
        guard c >= 0 else { throw SeparationError.invalidArgument("expected c ≥ 0") }
        guard (1...5).contains(games) else { throw SeparationError.tooLarge(what: "n_g", value: games, maximum: 5) }
        let c = min(c, 2 * games)   // 2·n_g bits already name Alice's whole input
        if games == 2 {
            let r = try exactValue(games: 2, bits: c)
            return (r.value, r.strategy.messages)
        }
        if c >= games {
            // One bit per game suffices (proofs/zhaodeng.communication.md): the explicit strategy is
            // evaluated on every input pair, so the value 1 is checked, not assumed.
            let (value, messages) = oneBitPerGameStrategyValue(games: games)
            return (value, messages)
        }
        guard games == 1 else {
            throw SeparationError.invalidArgument("exact values are implemented for n_g ≤ 2 (any c) and c ≥ n_g; n_g = \(games), c = \(c) is not")
        }
        let inputs = 4, classes = 1 << c
        var best = -1, arg: [Int] = []
        var g = [Int](repeating: 0, count: inputs)
        var cache: [Int: Int] = [:]
        while true {
            var total = 0
            for m in 0..<classes {
                let s = (0..<inputs).filter { g[$0] == m }
                let mask = s.reduce(0) { $0 | 1 << $1 }
                if let v = cache[mask] { total += v } else { let v = classValue(games: 1, s); cache[mask] = v; total += v }
            }
            if total > best { best = total; arg = g }
            var i = 0
            while i < inputs { g[i] += 1; if g[i] < classes { break }; g[i] = 0; i += 1 }
            if i == inputs { break }
        }
        return (try Rational(best, inputs * inputs), arg)
    }

    // MARK: Branch and bound (n_g ≤ 2)

    /// The gauge pins: Alice's answer 0 on the input with every game's input 1, and on the input
    /// with every game's input 2. Valid (proofs/zhaodeng.communication.md, "Gauge symmetry"):
    /// flipping, in game i, the cells of a set T whose rows and columns all have even size, on
    /// Alice's and Bob's side at once, maps strategies to strategies of the same value, and these
    /// flips act transitively on (row-1 answer, row-2 answer) of each game.
    public static func gaugePins(games: Int) -> [Int: Int] {
        let ones = (0..<games).reduce(0) { $0 | 1 << (2 * $1) }
        return [ones: 0, 2 * ones: 0]
    }

    /// A strategy with the same value as `s` whose answers on the two pinned inputs of
    /// `gaugePins` are 0: the constructive half of the gauge argument. For each game i it builds
    /// a 3×3 binary matrix T (rows = Alice inputs 1…3, columns = Bob inputs 1…3) with every row
    /// and every column of even weight, and flips Alice's row r by T[r] and Bob's column y by
    /// T[·][y] in game i (inputs 0 are untouched). T = T₁ ⊕ T₂ with T₁ = (e, e, 0) mapping the
    /// row-1 answer to row 001 and T₂ = (0, f, f) then mapping the row-2 answer to 001.
    /// The value is not assumed equal: tests re-evaluate both strategies.
    public static func gaugeFixed(games: Int, _ s: OneWayStrategy) -> OneWayStrategy {
        let ones = (0..<games).reduce(0) { $0 | 1 << (2 * $1) }
        let t = (0..<games).map { g -> [[Int]] in
            var t = [[Int]](repeating: [0, 0, 0, 0], count: 4)   // t[r][y], r, y ∈ 1…3
            // Rows as 2-bit answers (a₁a₂): row r of answer `from` is (a₁, a₂, 1 ⊕ a₁ ⊕ a₂); the
            // flip e = row ⊕ 001 is even, put on rows r and `other` (columns get weight 0 or 2).
            func flipRow(_ r: Int, _ other: Int, _ from: Int) {
                let e1 = from >> 1 & 1, e2 = from & 1, e3 = e1 ^ e2
                for (y, e) in [(1, e1), (2, e2), (3, e3)] { t[r][y] ^= e; t[other][y] ^= e }
            }
            flipRow(1, 2, s.aliceAnswers[ones] >> (2 * g) & 3)
            flipRow(2, 3, (s.aliceAnswers[2 * ones] >> (2 * g) & 3) ^ (t[2][1] << 1 | t[2][2]))
            return t
        }
        return applyGauge(t, s)
    }

    /// The same on Bob's side for a strategy without communication (one message): Bob's answers
    /// on the inputs of `gaugePins` become 0 (column 000). T = (columns) (e, e, 0) ⊕ (0, f, f),
    /// again with every row and column even. Used by the transposed search (`exactValueByBob`).
    public static func bobGaugeFixed(games: Int, _ s: OneWayStrategy) throws -> OneWayStrategy {
        guard s.bobAnswers.count == 1 else { throw SeparationError.invalidArgument("Bob's pins are for one message only") }
        let ones = (0..<games).reduce(0) { $0 | 1 << (2 * $1) }
        let t = (0..<games).map { g -> [[Int]] in
            var t = [[Int]](repeating: [0, 0, 0, 0], count: 4)
            // Column y of answer `from` is (b₁, b₂, b₁ ⊕ b₂) down rows 1…3; e = that column (even).
            func flipColumn(_ y: Int, _ other: Int, _ from: Int) {
                let e1 = from >> 1 & 1, e2 = from & 1, e3 = e1 ^ e2
                for (r, e) in [(1, e1), (2, e2), (3, e3)] { t[r][y] ^= e; t[r][other] ^= e }
            }
            flipColumn(1, 2, s.bobAnswers[0][ones] >> (2 * g) & 3)
            flipColumn(2, 3, (s.bobAnswers[0][2 * ones] >> (2 * g) & 3) ^ (t[1][2] << 1 | t[2][2]))
            return t
        }
        return applyGauge(t, s)
    }

    /// Flips, in game g, Alice's row r by t[g][r][·] and Bob's column y by t[g][·][y].
    static func applyGauge(_ t: [[[Int]]], _ s: OneWayStrategy) -> OneWayStrategy {
        var alice = s.aliceAnswers, bob = s.bobAnswers
        for (g, tg) in t.enumerated() {
            for x in alice.indices {
                let r = x >> (2 * g) & 3
                if r != 0 { alice[x] ^= (tg[r][1] << 1 | tg[r][2]) << (2 * g) }
            }
            for m in bob.indices { for y in bob[m].indices {
                let col = y >> (2 * g) & 3
                if col != 0 { bob[m][y] ^= (tg[1][col] << 1 | tg[2][col]) << (2 * g) }
            } }
        }
        return OneWayStrategy(messages: s.messages, aliceAnswers: alice, bobAnswers: bob)
    }

    /// The column swaps: for each nonempty set E of games, the permutation of answers that
    /// exchanges the two answer bits (a₁, a₂) of every game in E. A symmetry of the game acting on
    /// answers alone (proofs/zhaodeng.communication.md, "Column swaps"): exchanging Bob's inputs 1
    /// and 2 in those games (Bob's table moved with them) keeps every win; on Bob's side of the
    /// transposed game the same bit exchange is the row swap 1 ↔ 2. It fixes answer 0 (the pins)
    /// and maps answers whose digits for games with input 0 are 0 to such answers.
    public static func columnSwaps(games: Int) -> [[Int]] {
        let size = 1 << (2 * games)
        return (1..<(1 << games)).map { e in
            (0..<size).map { a in
                var r = a
                for g in 0..<games where e >> g & 1 == 1 {
                    let d = a >> (2 * g) & 3
                    r = r & ~(3 << (2 * g)) | ((d & 1) << 1 | d >> 1) << (2 * g)
                }
                return r
            }
        }
    }

    /// The search order: the pinned inputs, then the inputs with no game input 0 (ascending),
    /// then the rest (ascending). Any order gives the same maximum; this one meets conflicts early.
    static func searchOrder(games: Int) -> [Int] {
        let size = 1 << (2 * games)
        let pins = gaugePins(games: games).keys.sorted()
        func full(_ x: Int) -> Bool { (0..<games).allSatisfy { x >> (2 * $0) & 3 != 0 } }
        let rest = (0..<size).filter { !pins.contains($0) }
        return pins + rest.filter(full) + rest.filter { !full($0) }
    }

    /// The starting strategy of the search: one bit per game on the first min(c, n_g) games (the
    /// strategy of `oneBitPerGameStrategyValue`), the classical row 001 (answer 0) on the other
    /// games, and Bob's best response. Its value is (15/16)^{n_g − c} for c ≤ n_g.
    public static func productStrategy(games: Int, bits c: Int, game: OneWayGame) -> OneWayStrategy {
        let rows = oneBitRows
        let size = 1 << (2 * games), used = min(c, games)
        var messages = [Int](repeating: 0, count: size), answers = [Int](repeating: 0, count: size)
        for x in 0..<size {
            for g in 0..<used {
                let xi = x >> (2 * g) & 3
                if xi == 1 { messages[x] |= 1 << g }
                answers[x] |= rows[xi] << (2 * g)
            }
        }
        let mCount = min(1 << min(c, 2 * games), size)
        return OneWayStrategy(messages: messages, aliceAnswers: answers,
                              bobAnswers: game.bestResponse(messages: messages, aliceAnswers: answers, messageCount: mCount))
    }

    /// The exact best winning probability for n_g ≤ 2 games and any c ≥ 0, by
    /// `OneWayBranchAndBound` with the gauge pins and the column swaps as symmetry breaking,
    /// starting from `productStrategy`. The strategy
    /// wins value·16^{n_g} input pairs (re-evaluated by enumeration inside the search);
    /// `nodes` is the size of the search tree. `gaugePinned: false` drops the gauge pins (a
    /// cross-check of that reduction on the instance itself; for n_g = 2 it visits about 240
    /// times more nodes, 13–20 s per value in a release build).
    public static func exactValue(games: Int, bits c: Int, gaugePinned: Bool = true) throws -> (value: Rational, strategy: OneWayStrategy, nodes: Int) {
        guard c >= 0 else { throw SeparationError.invalidArgument("expected c ≥ 0") }
        let game = try OneWayGame.zhaoDeng(games: games)
        let size = 1 << (2 * games)
        let mCount = min(1 << min(c, 2 * games), size)
        let r = try OneWayBranchAndBound.maximum(game, messages: mCount, order: searchOrder(games: games),
                                                 pinnedAnswers: gaugePinned ? gaugePins(games: games) : [:],
                                                 answerSymmetries: columnSwaps(games: games),
                                                 initial: productStrategy(games: games, bits: c, game: game))
        return (try Rational(r.wonPairs, size * size), r.strategy, r.nodes)
    }

    /// The value without communication (c = 0) by a second search: the same branch and bound
    /// on the transposed game (Bob's inputs assigned one at a time, Alice best-responding), with
    /// Bob's gauge pins (`bobGaugeFixed`), starting from Bob's half of the product strategy. The
    /// search tree differs from `exactValue`'s, so agreement is a cross-check. The returned
    /// strategy is in the original orientation (Alice's answers, Bob's one table).
    public static func exactValueByBob(games: Int) throws -> (value: Rational, strategy: OneWayStrategy, nodes: Int) {
        let game = try OneWayGame.zhaoDeng(games: games)
        let transposed = try game.transposed()
        let size = 1 << (2 * games)
        let product = productStrategy(games: games, bits: 0, game: game)
        let zeros = [Int](repeating: 0, count: size)
        let start = OneWayStrategy(messages: zeros, aliceAnswers: product.bobAnswers[0],
                                   bobAnswers: transposed.bestResponse(messages: zeros, aliceAnswers: product.bobAnswers[0], messageCount: 1))
        let r = try OneWayBranchAndBound.maximum(transposed, messages: 1, order: searchOrder(games: games),
                                                 pinnedAnswers: gaugePins(games: games), answerSymmetries: columnSwaps(games: games),
                                                 initial: start)
        let strategy = OneWayStrategy(messages: zeros, aliceAnswers: r.strategy.bobAnswers[0], bobAnswers: [r.strategy.aliceAnswers])
        return (try Rational(r.wonPairs, size * size), strategy, r.nodes)
    }

    /// The number of input pairs a strategy for n_g games wins, by plain enumeration of all
    /// 16^{n_g} pairs with the game predicate `winsAll` (not the table of `OneWayGame`).
    public static func wonPairs(games: Int, _ s: OneWayStrategy) throws -> Int {
        let size = 1 << (2 * games)
        guard s.messages.count == size, s.aliceAnswers.count == size,
              s.messages.allSatisfy({ (0..<s.bobAnswers.count).contains($0) }),
              s.aliceAnswers.allSatisfy({ (0..<size).contains($0) }),
              s.bobAnswers.allSatisfy({ $0.count == size && $0.allSatisfy { (0..<size).contains($0) } }) else {
            throw SeparationError.invalidArgument("the strategy does not fit n_g = \(games)")
        }
        var won = 0
        for x in 0..<size { for y in 0..<size
        where winsAll(games: games, x: x, y: y, a: s.aliceAnswers[x], b: s.bobAnswers[s.messages[x]][y]) { won += 1 } }
        return won
    }
}
