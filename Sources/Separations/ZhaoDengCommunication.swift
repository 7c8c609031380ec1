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
/// `V(S) = max_{a: S→A} Σ_y max_b Σ_{x∈S} win(x, a(x), y, b)` (exhaustive, exact).
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

    /// n_g games: inputs and answers are base-4 digit strings (game 1 most significant); all games must be won.
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

    /// The strategy "Alice answers fixed odd rows R₁ = 001, R₂ = 010, R₃ = 100 (as (a₁,a₂,a₃)),
    /// sends one bit per game, [xᵢ = 1]; Bob answers, for column y, b₁ = R₁[y] when the bit is 1, else
    /// b₂ = R₂[y], b₃ = R₃[y], b₁ = b₂ ⊕ b₃", evaluated exactly on all input pairs. Returns the
    /// winning probability (all games won) and the message of each Alice input (bit i ↔ game i).
    public static func oneBitPerGameStrategyValue(games: Int) -> (value: Rational, messages: [Int]) {
        let rows = [0, 0b01, 0b10, 0b00]     // (a₁a₂) per row x = 1, 2, 3; a₃ = 1 ⊕ a₁ ⊕ a₂
        func aliceEntry(_ x: Int, _ y: Int) -> Int { ZhaoDengCommunication.aliceEntry(rows[x], column: y) }
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
                    let yi = y >> (2 * g) & 3
                    var bg = 0
                    if yi != 0 {
                        if messages[x] >> g & 1 == 1 { bg = aliceEntry(1, yi) << 1 }   // b₁ = R₁[y], b₂ = 0
                        else { let b2 = aliceEntry(2, yi), b3 = aliceEntry(3, yi); bg = (b2 ^ b3) << 1 | b2 }
                    }
                    b |= bg << (2 * g)
                }
                if winsAll(games: games, x: x, y: y, a: answersA[x], b: b) { won += 1 }
            }
        }
        return (try! Rational(won, size * size), messages)
    }

    /// The exact best winning probability (all n_g games won) with c bits from Alice to Bob,
    /// with an optimal message function g (g[x] = message). Exhaustive for n_g = 1 (any c); for
    /// c ≥ n_g the one-bit-per-game strategy is evaluated (value 1). n_g ≥ 2 with c < n_g throws.
    public static func bestWinningProbability(games: Int, bits c: Int) throws -> (value: Rational, messages: [Int]) {
        guard c >= 0 else { throw SeparationError.invalidArgument("expected c ≥ 0") }
        guard (1...5).contains(games) else { throw SeparationError.tooLarge(what: "n_g", value: games, maximum: 5) }
        if c >= games {
            // One bit per game suffices (proofs/zhaodeng.communication.md): the explicit strategy is
            // evaluated on every input pair, so the value 1 is checked, not assumed.
            let (value, messages) = oneBitPerGameStrategyValue(games: games)
            return (value, messages)
        }
        guard games == 1 else {
            throw SeparationError.invalidArgument("exact values are implemented for n_g = 1 (any c) and c ≥ n_g; n_g = \(games), c = \(c) is not")
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
}
