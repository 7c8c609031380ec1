/// A two-party game with one-way communication from Alice to Bob, given by its win table
/// (statement `"zhaodeng.communication"`; the table form is generic so that the search in
/// `OneWayBranchAndBound` can be checked against exhaustive enumeration on random small games).
///
/// Alice gets x ∈ [0, |X|), answers a ∈ [0, |A|) and sends a message m = g(x) ∈ [0, M); Bob
/// gets y ∈ [0, |Y|) and answers b ∈ [0, |B|) as a function of (m, y). Inputs are uniform, so
/// the winning probability of a deterministic strategy is (number of won pairs (x, y)) / |X||Y|.
/// Randomised strategies (shared or private randomness) are mixtures of deterministic ones and
/// the winning probability is linear in the mixture, so the deterministic maximum is the value.
public struct OneWayGame: Sendable, Hashable {
    public let aliceInputs: Int
    public let aliceAnswers: Int
    public let bobInputs: Int
    public let bobAnswers: Int
    /// `table[((x·|A| + a)·|Y| + y)·|B| + b]` is true when (x, a, y, b) wins.
    public let table: [Bool]

    /// Largest table accepted (entries |X||A||Y||B|).
    public static let maximumEntries = 1 << 20

    /// The game whose win predicate is `wins(x, a, y, b)`.
    public init(aliceInputs: Int, aliceAnswers: Int, bobInputs: Int, bobAnswers: Int,
                wins: (_ x: Int, _ a: Int, _ y: Int, _ b: Int) -> Bool) throws {
        let sizes = [aliceInputs, aliceAnswers, bobInputs, bobAnswers]
        guard sizes.allSatisfy({ $0 >= 1 && $0 <= 1 << 10 }) else {
            throw SeparationError.invalidArgument("a game needs 1 to 1024 inputs and answers per party, got \(sizes)")
        }
        let entries = sizes.reduce(1, *)
        guard entries <= Self.maximumEntries else {
            throw SeparationError.tooLarge(what: "game table entries", value: entries, maximum: Self.maximumEntries)
        }
        self.aliceInputs = aliceInputs; self.aliceAnswers = aliceAnswers
        self.bobInputs = bobInputs; self.bobAnswers = bobAnswers
        var t = [Bool](repeating: false, count: entries)
        var i = 0
        for x in 0..<aliceInputs { for a in 0..<aliceAnswers { for y in 0..<bobInputs { for b in 0..<bobAnswers {
            t[i] = wins(x, a, y, b); i += 1
        } } } }
        table = t
    }

    /// n_g parallel Zhao–Deng games (THEOREMS.md §3): inputs and answers are base-4 digit strings,
    /// digit g (bits 2g, 2g+1) belongs to game g; a pair wins when every game is won
    /// (`ZhaoDengCommunication.wins`). Sizes 4^{n_g} for every party; n_g ≤ 2.
    public static func zhaoDeng(games: Int) throws -> OneWayGame {
        guard games >= 1 else { throw SeparationError.invalidArgument("expected n_g ≥ 1 games, got \(games)") }
        guard games <= 2 else { throw SeparationError.tooLarge(what: "n_g (game table)", value: games, maximum: 2) }
        let size = 1 << (2 * games)
        return try OneWayGame(aliceInputs: size, aliceAnswers: size, bobInputs: size, bobAnswers: size) { x, a, y, b in
            ZhaoDengCommunication.winsAll(games: games, x: x, y: y, a: a, b: b)
        }
    }

    /// The game with the parties' roles exchanged: Bob's inputs and answers become the first
    /// party's. Without communication (one message) both games have the same maximum, the
    /// maximum of Σ_{x,y} win(x, a(x), y, b(y)) over both answer maps; with messages they differ
    /// (the message goes from the first party to the second).
    public func transposed() throws -> OneWayGame {
        try OneWayGame(aliceInputs: bobInputs, aliceAnswers: bobAnswers, bobInputs: aliceInputs, bobAnswers: aliceAnswers) { y, b, x, a in
            wins(x: x, a: a, y: y, b: b)
        }
    }

    /// Whether (x, a, y, b) wins.
    @inlinable public func wins(x: Int, a: Int, y: Int, b: Int) -> Bool {
        table[((x * aliceAnswers + a) * bobInputs + y) * bobAnswers + b]
    }

    /// Bob's best answers to Alice's part of a strategy: for each message m and input y, the
    /// smallest b maximising the number of x with g(x) = m won at (y, b).
    public func bestResponse(messages: [Int], aliceAnswers a: [Int], messageCount: Int) -> [[Int]] {
        (0..<messageCount).map { m in
            (0..<bobInputs).map { y in
                var best = -1, arg = 0
                for b in 0..<bobAnswers {
                    var c = 0
                    for x in 0..<aliceInputs where messages[x] == m && wins(x: x, a: a[x], y: y, b: b) { c += 1 }
                    if c > best { best = c; arg = b }
                }
                return arg
            }
        }
    }

    /// The number of input pairs (x, y) the strategy wins, by plain enumeration of all |X||Y|
    /// pairs. Throws when the strategy's arrays do not fit the game.
    public func wonPairs(_ s: OneWayStrategy) throws -> Int {
        try s.validate(for: self)
        var won = 0
        for x in 0..<aliceInputs { for y in 0..<bobInputs
        where wins(x: x, a: s.aliceAnswers[x], y: y, b: s.bobAnswers[s.messages[x]][y]) { won += 1 } }
        return won
    }

    /// The exact maximum number of won pairs with M messages, by exhaustive enumeration of every
    /// message map g and every answer map a (Bob best-responds per (m, y)). Cost
    /// (M·|A|)^{|X|}·|Y||B||X|; refused above 2·10⁷ strategies. The reference the branch and
    /// bound is tested against.
    public func exhaustiveMaximum(messages mCount: Int) throws -> Int {
        guard mCount >= 1 else { throw SeparationError.invalidArgument("expected at least one message") }
        let per = mCount * aliceAnswers
        var strategies = 1.0
        for _ in 0..<aliceInputs { strategies *= Double(per) }
        guard strategies <= 2e7 else { throw SeparationError.tooLarge(what: "exhaustive strategies", value: Int(min(strategies, 9e18)), maximum: 20_000_000) }
        var digits = [Int](repeating: 0, count: aliceInputs)
        var best = 0
        while true {
            var total = 0
            for m in 0..<mCount { for y in 0..<bobInputs {
                var mx = 0
                for b in 0..<bobAnswers {
                    var c = 0
                    for x in 0..<aliceInputs where digits[x] / aliceAnswers == m && wins(x: x, a: digits[x] % aliceAnswers, y: y, b: b) { c += 1 }
                    mx = max(mx, c)
                }
                total += mx
            } }
            best = max(best, total)
            var i = 0
            while i < aliceInputs { digits[i] += 1; if digits[i] < per { break }; digits[i] = 0; i += 1 }
            if i == aliceInputs { return best }
        }
    }
}
