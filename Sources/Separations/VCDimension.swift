/// VC dimension of the rows of M as concepts over Bob's inputs (statement `"comm.vc"`;
/// Kremer–Nisan–Ron, Comput. Complexity 8 (1999) 21–49: `R^{A→B}_ε(f) ≥ (1 − H₂(ε))·VC(f)`
/// for ε < 1/8 is their stated range; the index bound applies with the same constant).
///
/// A column set S is shattered when the rows restricted to S show all 2^{|S|} patterns.
/// The search goes level by level: every shattered set of size d + 1 contains a shattered set of
/// size d (its subsets are shattered), so extending each shattered d-set by a larger column
/// finds all shattered (d + 1)-sets. VC ≤ ⌊log₂ #distinct rows⌋ stops it early; a greedy pass
/// (add each column that keeps the set shattered) runs first and answers exactly when it reaches
/// that ceiling.
/// Witness: a shattered set with, for each pattern, a row showing it (`verify` re-checks).
/// When the level lists pass `budget` sets, or the search has visited `checkBudget` rows while
/// testing candidate sets (a test stops at the first row that completes the patterns; without
/// this cap a 20 × 20000 matrix tests 20000² pairs), `isExact` is false and the value is a
/// lower bound.
public struct VCDimension: Sendable, Hashable, Codable {
    public let dimension: Int
    public let shattered: [Int]
    /// rowForPattern[b] is a row whose restriction to `shattered` is pattern b (bit i ↔ shattered[i]).
    public let rowForPattern: [Int]
    public let isExact: Bool

    public init(dimension: Int, shattered: [Int], rowForPattern: [Int], isExact: Bool) {
        self.dimension = dimension; self.shattered = shattered; self.rowForPattern = rowForPattern; self.isExact = isExact
    }

    static func patterns(_ m: BooleanMatrix, _ s: [Int], rows: [Int]) -> [Int: Int] {
        var seen: [Int: Int] = [:]
        for x in rows {
            var b = 0
            for (i, y) in s.enumerated() where m[x, y] { b |= 1 << i }
            if seen[b] == nil { seen[b] = x }
        }
        return seen
    }

    /// True when the rows show all 2^{|s|} patterns on s; stops at the first row completing them.
    static func shatters(_ m: BooleanMatrix, _ s: [Int], rows: [Int], visits: inout Int) -> Bool {
        let need = 1 << s.count
        var seen = [Bool](repeating: false, count: need), count = 0
        for x in rows {
            visits += 1
            var b = 0
            for (i, y) in s.enumerated() where m[x, y] { b |= 1 << i }
            if !seen[b] { seen[b] = true; count += 1; if count == need { return true } }
        }
        return false
    }

    public static func compute(_ m: BooleanMatrix, budget: Int = 20_000, checkBudget: Int = 2_000_000) -> VCDimension {
        let reps = OneWayProtocol(m).representatives
        let cap = Log2.floor(reps.count)
        // Greedy pass first (one test per column): a shattered set to fall back on when the level
        // search is cut off, and an exact answer outright when it reaches the ceiling
        // ⌊log₂ #distinct rows⌋ (IP_n, INDEX_n: the unit vectors / all indices).
        var greedy: [Int] = [], greedyVisits = 0
        for y in 0..<m.columns where greedy.count < cap && greedyVisits <= checkBudget {
            if shatters(m, greedy + [y], rows: reps, visits: &greedyVisits) { greedy.append(y) }
        }
        if greedy.count == cap {
            let pats = patterns(m, greedy, rows: reps)
            return VCDimension(dimension: cap, shattered: greedy, rowForPattern: (0..<(1 << cap)).map { pats[$0]! }, isExact: true)
        }
        var level: [[Int]] = [[]]
        var best: [Int] = []
        var exact = true
        var d = 0, visits = 0
        while d < cap, !level.isEmpty {
            var next: [[Int]] = []
            outer: for s in level {
                for y in ((s.last ?? -1) + 1)..<m.columns {
                    let t = s + [y]
                    if visits > checkBudget { exact = false; break outer }
                    if shatters(m, t, rows: reps, visits: &visits) {
                        next.append(t)
                        if next.count >= budget { exact = false; break outer }
                    }
                }
            }
            if next.isEmpty { break }
            best = next[0]; level = next; d += 1
        }
        if greedy.count > best.count { best = greedy }
        let pats = patterns(m, best, rows: reps)
        return VCDimension(dimension: best.count, shattered: best,
                           rowForPattern: (0..<(1 << best.count)).map { pats[$0]! }, isExact: exact)
    }

    /// Checks that `shattered` is shattered, using the listed rows. Nil when valid.
    public func verify(against m: BooleanMatrix) -> String? {
        guard shattered.count == dimension, Set(shattered).count == dimension,
              shattered.allSatisfy({ (0..<m.columns).contains($0) }), rowForPattern.count == 1 << dimension else {
            return "the shattered set is malformed"
        }
        for (b, x) in rowForPattern.enumerated() {
            guard (0..<m.rows).contains(x) else { return "row \(x) out of range" }
            for (i, y) in shattered.enumerated() where m[x, y] != (b >> i & 1 == 1) { return "row \(x) does not show pattern \(b)" }
        }
        return nil
    }
}
