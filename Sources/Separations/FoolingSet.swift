/// A 1-fooling set (statement `"comm.fooling-set"`; Kushilevitz–Nisan 1997, §1.3): pairs
/// (x₁, y₁), …, (x_k, y_k) with M[xᵢ, yᵢ] = 1 and, for i ≠ j, M[xᵢ, yⱼ] = 0 or M[xⱼ, yᵢ] = 0. No
/// monochromatic rectangle holds two of them, so D(f) ≥ log₂ k; and k ≤ rank(M)²
/// (Dietzfelbinger–Hromkovič–Schnitger, TCS 168 (1996) 39–51).
///
/// `maximum(of:)` searches the compatibility graph on the 1-entries for a maximum clique by
/// branch and bound (greedy-colouring bound, Tomita–Seki 2003). When the search finishes within
/// its node budget `isMaximum` is true and `pairs.count` is the exact maximum; otherwise the best
/// set found is a certified *lower* bound only. Either way the pairs are a witness that
/// `verify(against:)` re-checks pair by pair.
public struct FoolingSet: Sendable, Hashable, Codable {
    public let pairs: [Pair]
    public let isMaximum: Bool

    public struct Pair: Sendable, Hashable, Codable { public let x: Int; public let y: Int
        public init(x: Int, y: Int) { self.x = x; self.y = y } }

    public init(pairs: [Pair], isMaximum: Bool) { self.pairs = pairs; self.isMaximum = isMaximum }

    public var size: Int { pairs.count }

    /// Above this many 1-entries no exact search is tried (the compatibility graph would be too large).
    public static let maximumExactEntries = 1500

    /// Checks the fooling-set property directly. Returns nil when it holds.
    public func verify(against m: BooleanMatrix) -> String? {
        for p in pairs {
            guard (0..<m.rows).contains(p.x), (0..<m.columns).contains(p.y) else { return "pair (\(p.x), \(p.y)) is out of range" }
            guard m[p.x, p.y] else { return "M[\(p.x), \(p.y)] = 0, expected 1" }
        }
        for i in 0..<pairs.count {
            for j in (i + 1)..<max(i + 1, pairs.count) {
                let a = pairs[i], b = pairs[j]
                if m[a.x, b.y] && m[b.x, a.y] { return "pairs \(i) and \(j) lie in a 1-rectangle" }
            }
        }
        return nil
    }

    /// A maximum 1-fooling set when the search ends within `nodeBudget` nodes; else the best found.
    public static func maximum(of m: BooleanMatrix, nodeBudget: Int = 2_000_000) -> FoolingSet {
        var vs: [Pair] = []
        for x in 0..<m.rows { for y in 0..<m.columns where m[x, y] { vs.append(Pair(x: x, y: y)) } }
        let n = vs.count
        if n == 0 { return FoolingSet(pairs: [], isMaximum: true) }
        if n > maximumExactEntries {
            // Too many 1-entries for the pairwise graph: a greedy scan gives a certified lower bound.
            // The scan stops after `nodeBudget` · 16 pair tests (O(1-entries · chosen) otherwise).
            var chosen: [Pair] = []
            var tests = 0
            for v in vs {
                tests += chosen.count
                if tests > nodeBudget * 16 { break }
                guard chosen.allSatisfy({ !(m[$0.x, v.y] && m[v.x, $0.y]) }) else { continue }
                chosen.append(v)
                if chosen.count >= 4096 { break }
            }
            return FoolingSet(pairs: chosen, isMaximum: false)
        }
        let words = (n + 63) / 64
        var adj = [[UInt64]](repeating: [UInt64](repeating: 0, count: words), count: n)
        for i in 0..<n {
            for j in 0..<n where i != j {
                let a = vs[i], b = vs[j]
                if !(m[a.x, b.y] && m[b.x, a.y]) { adj[i][j / 64] |= 1 << UInt64(j % 64) }
            }
        }
        var search = CliqueSearch(adjacency: adj, count: n, budget: nodeBudget)
        // Seed with a greedy clique so the bound prunes from the start.
        search.best = search.greedy()
        var all = [UInt64](repeating: 0, count: words)
        for i in 0..<n { all[i / 64] |= 1 << UInt64(i % 64) }
        search.expand([], all)
        return FoolingSet(pairs: search.best.map { vs[$0] }, isMaximum: !search.exhausted)
    }
}

/// Maximum-clique branch and bound with greedy-colouring bounds over bitsets.
struct CliqueSearch {
    let adjacency: [[UInt64]]
    let count: Int
    var budget: Int
    var best: [Int] = []
    var exhausted = false

    init(adjacency: [[UInt64]], count: Int, budget: Int) { self.adjacency = adjacency; self.count = count; self.budget = budget }

    static func members(_ s: [UInt64]) -> [Int] {
        var out: [Int] = []
        for (w, word) in s.enumerated() { var b = word; while b != 0 { out.append(w * 64 + b.trailingZeroBitCount); b &= b - 1 } }
        return out
    }

    func greedy() -> [Int] {
        var clique: [Int] = []
        var cand = (0..<count).sorted { Self.members(adjacency[$0]).count > Self.members(adjacency[$1]).count }
        while let v = cand.first {
            clique.append(v)
            cand = cand.filter { $0 != v && adjacency[v][$0 / 64] & (1 << UInt64($0 % 64)) != 0 }
        }
        return clique
    }

    mutating func expand(_ clique: [Int], _ candidates: [UInt64]) {
        if budget <= 0 { exhausted = true; return }
        budget -= 1
        // Greedy colouring of the candidates: colour classes are independent sets, so a clique
        // takes at most one vertex per class.
        var order: [Int] = [], colour: [Int] = []
        var uncoloured = candidates
        var k = 0
        while uncoloured.contains(where: { $0 != 0 }) {
            k += 1
            var q = uncoloured
            while let v = Self.members(q).first {
                q[v / 64] &= ~(1 << UInt64(v % 64))
                uncoloured[v / 64] &= ~(1 << UInt64(v % 64))
                for w in 0..<q.count { q[w] &= ~adjacency[v][w] }
                order.append(v); colour.append(k)
            }
        }
        if order.isEmpty { if clique.count > best.count { best = clique }; return }
        var cand = candidates
        for idx in stride(from: order.count - 1, through: 0, by: -1) {
            if clique.count + colour[idx] <= best.count { return }
            let v = order[idx]
            var next = cand
            for w in 0..<next.count { next[w] &= adjacency[v][w] }
            expand(clique + [v], next)
            if exhausted { return }
            cand[v / 64] &= ~(1 << UInt64(v % 64))
        }
    }
}
