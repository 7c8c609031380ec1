/// The exact best number of won input pairs of a `OneWayGame` with M messages, by depth-first
/// branch and bound over Alice's choices, with an optimal strategy as witness
/// (statement `"zhaodeng.communication"`; proof in proofs/zhaodeng.communication.md).
///
/// For a message map g and answer map a, Bob best-responds to each (m, y), so the number of won
/// pairs is `Σ_m Σ_y max_b N(m, y, b)` with `N(m, y, b) = #{x : g(x) = m, win(x, a(x), y, b)}`.
/// Alice's inputs are assigned one at a time (in `order`) a pair (message, answer).
///
/// Bound (admissible: never below the best completion). With the assigned inputs' counts
/// N(m, y, b) and U the unassigned inputs,
/// `UB = Σ_m Σ_y max_b N(m, y, b) + Σ_{x ∈ U} #{y : some (a, b) wins at (x, y)}`:
/// in any completion, the pairs of assigned inputs that Bob's b(m, y) wins are at most
/// max_b N(m, y, b) (the counts only grow), and an unassigned x adds at most one pair per y it
/// can win at all. A branch is cut when UB ≤ the best value already found, so only strictly
/// better strategies are searched for; the result is the maximum over the search space.
///
/// Reductions (each keeps at least one optimal strategy in the search space):
/// - answers of x whose win rows (over all (y, b)) coincide are interchangeable: only the first
///   is tried;
/// - message labels are interchangeable: the messages appear in order of first use (the first
///   input gets message 0, a new label is the least unused one);
/// - `pinnedAnswers[x] = a` restricts x to a. **Not checked here**: the caller must know that
///   every strategy is matched by one with these answers and the same value (a symmetry of the
///   game, e.g. the gauge symmetry of `ZhaoDengCommunication`). With no pins the result holds
///   for any game;
/// - `answerSymmetries` (lex-leader symmetry breaking): permutations σ of Alice's answers,
///   which together with the identity form a group G. Only strategies whose answer sequence
///   (along `order`) is lexicographically ≤ its image under every σ are searched: at the first
///   input x where a(x) ≠ σ(a(x)) the search requires a(x) < σ(a(x)). **Not checked here**: the
///   caller must know that each σ is a symmetry of the game acting on answers alone (for some
///   permutation π of Bob's inputs and answers, win(x, σa, πy, πb) = win(x, a, y, b)), that σ
///   fixes the pinned answers and maps the first answer of each class of equivalent answers to
///   the first answer of a class. Then the lexicographically least strategy of each G-orbit is in
///   the search space (proofs/zhaodeng.communication.md).
///
/// `initial`, when given, is evaluated by `OneWayGame.wonPairs` (plain enumeration) and is the
/// starting incumbent: it is returned when nothing strictly better exists. The returned
/// strategy's count is re-evaluated by enumeration before it is returned.
public enum OneWayBranchAndBound {
    /// The maximum number of won pairs, a strategy attaining it, and the nodes visited.
    public struct Result: Sendable, Hashable {
        public let wonPairs: Int
        public let strategy: OneWayStrategy
        public let nodes: Int
    }

    public static func maximum(_ game: OneWayGame, messages mCount: Int, order: [Int]? = nil,
                               pinnedAnswers: [Int: Int] = [:], answerSymmetries: [[Int]] = [],
                               initial: OneWayStrategy? = nil) throws -> Result {
        guard mCount >= 1 else { throw SeparationError.invalidArgument("expected at least one message") }
        let nx = game.aliceInputs, ny = game.bobInputs, nb = game.bobAnswers
        let m = min(mCount, nx)   // more labels than inputs are never used
        let order = order ?? Array(0..<nx)
        guard order.sorted() == Array(0..<nx) else { throw SeparationError.invalidArgument("the order must be a permutation of Alice's \(nx) inputs") }
        for (x, a) in pinnedAnswers where !(0..<nx).contains(x) || !(0..<game.aliceAnswers).contains(a) {
            throw SeparationError.invalidArgument("pinned answer \(a) for input \(x) is out of range")
        }
        guard answerSymmetries.count <= 63,
              answerSymmetries.allSatisfy({ $0.sorted() == Array(0..<game.aliceAnswers) }) else {
            throw SeparationError.invalidArgument("answer symmetries must be at most 63 permutations of Alice's \(game.aliceAnswers) answers")
        }
        // Candidate answers and their win lists (indices y·|B| + b).
        var candidates: [[Int]] = [], winLists: [[[Int32]]] = [], reach: [Int] = []
        for x in 0..<nx {
            var cands: [Int] = [], lists: [[Int32]] = [], rows: [[Bool]] = []
            for a in 0..<game.aliceAnswers {
                if let p = pinnedAnswers[x], p != a { continue }
                let row = (0..<(ny * nb)).map { game.wins(x: x, a: a, y: $0 / nb, b: $0 % nb) }
                if rows.contains(row) { continue }
                rows.append(row); cands.append(a)
                lists.append(row.indices.filter { row[$0] }.map(Int32.init))
            }
            candidates.append(cands); winLists.append(lists)
            reach.append((0..<ny).filter { y in rows.contains { r in r[(y * nb)..<((y + 1) * nb)].contains(true) } }.count)
        }
        var incumbent = -1
        var bestMessages = [Int](), bestAnswers = [Int]()
        if let s = initial {
            incumbent = try game.wonPairs(s)
            bestMessages = s.messages; bestAnswers = s.aliceAnswers
        }
        var search = Search(nx: nx, ny: ny, nb: nb, messages: m, answers: game.aliceAnswers, order: order, candidates: candidates,
                            winLists: winLists, reach: reach, symmetries: answerSymmetries, best: incumbent)
        search.run()
        defer { search.release() }
        let bobAnswers: [[Int]]
        if search.best > incumbent {
            bestMessages = search.bestMessages; bestAnswers = search.bestAnswers
            bobAnswers = game.bestResponse(messages: bestMessages, aliceAnswers: bestAnswers, messageCount: m)
        } else if let s = initial {
            bobAnswers = s.bobAnswers
        } else {
            throw SeparationError.invalidArgument("no strategy found")   // unreachable: every leaf beats −1
        }
        let strategy = OneWayStrategy(messages: bestMessages, aliceAnswers: bestAnswers, bobAnswers: bobAnswers)
        let value = try game.wonPairs(strategy)
        guard value == max(search.best, incumbent) else {
            throw SeparationError.invalidArgument("internal: the witness wins \(value) pairs, the search found \(search.best)")
        }
        return Result(wonPairs: value, strategy: strategy, nodes: search.nodes)
    }

    /// The depth-first search state: counts N(m, y, b), the maxima max_b N(m, y, b) and their sum.
    /// The tables are flat buffers (the inner loop runs ~10⁶ times for two Zhao–Deng games).
    struct Search {
        let nx: Int, ny: Int, nb: Int, messages: Int, symmetryCount: Int, answers: Int
        var best: Int
        var nodes = 0
        var bestMessages: [Int] = [], bestAnswers: [Int] = []
        /// order[k]; reach[x]; candidates of x at candStart[x] ..< candStart[x + 1] (answer
        /// candAnswer[c], win list winFlat[listStart[c] ..< listStart[c + 1]] of indices y·|B| + b,
        /// and winY of the same entries); symmetry j maps answer a to sym[j·|A| + a].
        let order: UnsafeMutablePointer<Int>, reach: UnsafeMutablePointer<Int>, candStart: UnsafeMutablePointer<Int>
        let candAnswer: UnsafeMutablePointer<Int>, listStart: UnsafeMutablePointer<Int>
        let winFlat: UnsafeMutablePointer<Int32>, winY: UnsafeMutablePointer<Int32>, sym: UnsafeMutablePointer<Int>
        let count: UnsafeMutablePointer<Int32>, maxima: UnsafeMutablePointer<Int32>, saved: UnsafeMutablePointer<Int32>
        let curMessages: UnsafeMutablePointer<Int>, curAnswers: UnsafeMutablePointer<Int>
        var total = 0, remaining: Int

        static func buffer<T>(_ values: [T]) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(values.count, 1))
            p.initialize(from: values, count: values.count)
            return p
        }

        init(nx: Int, ny: Int, nb: Int, messages: Int, answers: Int, order: [Int], candidates: [[Int]], winLists: [[[Int32]]], reach: [Int],
             symmetries: [[Int]], best: Int) {
            self.nx = nx; self.ny = ny; self.nb = nb; self.messages = messages; self.answers = answers
            self.symmetryCount = symmetries.count; self.best = best
            self.order = Self.buffer(order); self.reach = Self.buffer(reach)
            var starts = [0]
            for c in candidates { starts.append(starts.last! + c.count) }
            candStart = Self.buffer(starts)
            candAnswer = Self.buffer(candidates.flatMap { $0 })
            let lists = winLists.flatMap { $0 }
            var ls = [0]
            for l in lists { ls.append(ls.last! + l.count) }
            listStart = Self.buffer(ls)
            winFlat = Self.buffer(lists.flatMap { $0 })
            winY = Self.buffer(lists.flatMap { $0 }.map { $0 / Int32(nb) })
            sym = Self.buffer(symmetries.flatMap { $0 })
            count = .allocate(capacity: messages * ny * nb); count.initialize(repeating: 0, count: messages * ny * nb)
            maxima = .allocate(capacity: messages * ny); maxima.initialize(repeating: 0, count: messages * ny)
            saved = .allocate(capacity: (nx + 1) * ny); saved.initialize(repeating: 0, count: (nx + 1) * ny)
            curMessages = Self.buffer([Int](repeating: 0, count: nx)); curAnswers = Self.buffer([Int](repeating: 0, count: nx))
            remaining = reach.reduce(0, +)
        }

        func release() {
            for p in [order, reach, candStart, candAnswer, listStart, sym, curMessages, curAnswers] { p.deallocate() }
            for p in [winFlat, winY, count, maxima, saved] { p.deallocate() }
        }

        mutating func run() { descend(0, used: 0, active: symmetryCount == 0 ? 0 : (1 << UInt64(symmetryCount)) - 1) }

        /// `active`: the symmetries σ under which the assigned prefix is still σ-invariant (bit i ↔ σᵢ).
        mutating func descend(_ k: Int, used: Int, active: UInt64) {
            nodes += 1
            if k == nx {
                if total > best {
                    best = total
                    bestMessages = Array(UnsafeBufferPointer(start: curMessages, count: nx))
                    bestAnswers = Array(UnsafeBufferPointer(start: curAnswers, count: nx))
                }
                return
            }
            if total + remaining <= best { return }
            let x = order[k]
            remaining -= reach[x]
            let labels = min(used + 1, messages)
            let stash = saved + k * ny
            for msg in 0..<labels {
                let cBase = count + msg * ny * nb, mBase = maxima + msg * ny
                stash.update(from: mBase, count: ny)
                let before = total
                for c in candStart[x]..<candStart[x + 1] {
                    let a = candAnswer[c]
                    var stillActive = active, rejected = false
                    var bits = active
                    while bits != 0 {
                        let j = bits.trailingZeroBitCount
                        bits &= bits - 1
                        let image = sym[j * answers + a]
                        if a > image { rejected = true; break }
                        if a < image { stillActive &= ~(1 << UInt64(j)) }
                    }
                    if rejected { continue }
                    let lo = listStart[c], hi = listStart[c + 1]
                    var t = lo
                    while t < hi {
                        let j = Int(winFlat[t]), y = Int(winY[t])
                        cBase[j] &+= 1
                        if cBase[j] > mBase[y] { mBase[y] = cBase[j]; total &+= 1 }
                        t &+= 1
                    }
                    curMessages[x] = msg; curAnswers[x] = a
                    descend(k + 1, used: msg == used ? used + 1 : used, active: stillActive)
                    t = lo
                    while t < hi { cBase[Int(winFlat[t])] &-= 1; t &+= 1 }
                    mBase.update(from: stash, count: ny)
                    total = before
                }
            }
            remaining += reach[x]
        }
    }
}
