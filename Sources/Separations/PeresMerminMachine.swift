/// Finite-state simulation of sequential Peres–Mermin measurements (statement
/// `"memory.peres-mermin"`; Kleinmann, Gühne, Portillo, Larsson, Cabello, "Memory cost of quantum
/// contextuality", New J. Phys. 13 (2011) 113011). The precise model is in
/// proofs/memory.peres-mermin.md:
///
/// Observables A_{rc} (r, c ∈ 0…2) of the square, index 3r + c; contexts are the rows (product
/// +1) and the columns (product +1, +1, −1). A machine has states 0…S−1, an output bit
/// `outputs[s][A]` (0 ↔ +1, 1 ↔ −1) and a next state `transitions[s][A]`. From every state s it
/// must reproduce the quantum predictions for compatible sequences:
/// (R) repeatability within a context: for every A, every context C ∋ A and every state s′
///     reachable from `transitions[s][A]` by measuring only observables of C,
///     `outputs[s′][A] = outputs[s][A]`;
/// (P) product rule: measuring the three observables of a context in any order from s gives
///     outputs whose product is the context's sign.
/// Given the transitions, (R) and (P) are linear equations over GF(2) in the output bits, so the
/// search branches on transitions only and decides the outputs by elimination; it is exhaustive.
public struct PeresMerminMachine: Sendable, Hashable, Codable {
    public let outputs: [[Int]]
    public let transitions: [[Int]]

    public var states: Int { outputs.count }

    public init(outputs: [[Int]], transitions: [[Int]]) { self.outputs = outputs; self.transitions = transitions }

    /// The six contexts (observable triples) and their sign bits (1 ↔ product −1).
    public static let contexts: [(members: [Int], sign: Int)] = [
        ([0, 1, 2], 0), ([3, 4, 5], 0), ([6, 7, 8], 0), ([0, 3, 6], 0), ([1, 4, 7], 0), ([2, 5, 8], 1),
    ]

    /// True when A and B share a row or a column (A compatible with itself).
    public static func compatible(_ a: Int, _ b: Int) -> Bool { a / 3 == b / 3 || a % 3 == b % 3 }

    static let orderings: [[Int]] = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]

    /// States reachable from s measuring only observables of `within` (a context containing a).
    static func closure(_ transitions: [[Int]], from s: Int, compatibleWith a: Int, within: [Int]) -> Set<Int> {
        var seen: Set<Int> = [s], stack = [s]
        while let t = stack.popLast() {
            for b in 0..<9 where within.contains(b) {
                let u = transitions[t][b]
                if seen.insert(u).inserted { stack.append(u) }
            }
        }
        return seen
    }

    /// nil when (R) and (P) hold from every state, else the first violation.
    public func verify() -> String? {
        let n = states
        guard n >= 1, transitions.count == n, outputs.allSatisfy({ $0.count == 9 && $0.allSatisfy { $0 == 0 || $0 == 1 } }),
              transitions.allSatisfy({ $0.count == 9 && $0.allSatisfy { (0..<n).contains($0) } }) else { return "malformed machine" }
        for s in 0..<n {
            for a in 0..<9 {
                for (ctx, _) in Self.contexts where ctx.contains(a) {
                    for t in Self.closure(transitions, from: transitions[s][a], compatibleWith: a, within: ctx) where outputs[t][a] != outputs[s][a] {
                        return "repeatability fails: observable \(a) from state \(s), later in state \(t)"
                    }
                }
            }
            for (members, sign) in Self.contexts {
                for ord in Self.orderings {
                    let a = members[ord[0]], b = members[ord[1]], c = members[ord[2]]
                    let s1 = transitions[s][a], s2 = transitions[s1][b]
                    if outputs[s][a] ^ outputs[s1][b] ^ outputs[s2][c] != sign {
                        return "product rule fails for context \(members) in order \(a),\(b),\(c) from state \(s)"
                    }
                }
            }
        }
        return nil
    }

    /// A machine with `states` states satisfying (R) and (P), or nil when none exists
    /// (exhaustive over transitions, outputs solved over GF(2)).
    public static func search(states: Int) -> PeresMerminMachine? {
        var solver = Search(states: states)
        return solver.run()
    }

    /// Depth-first search over the transition table with incremental GF(2) elimination.
    struct Search {
        let n: Int
        var t: [Int]              // n·9 entries, −1 = unassigned
        var paths: [(s: Int, a: Int, b: Int, c: Int, sign: Int)] = []

        init(states: Int) {
            n = states; t = [Int](repeating: -1, count: states * 9)
            for s in 0..<states {
                for (members, sign) in PeresMerminMachine.contexts {
                    for ord in PeresMerminMachine.orderings { paths.append((s, members[ord[0]], members[ord[1]], members[ord[2]], sign)) }
                }
            }
        }

        /// Reduced rows over GF(2) in the 9n output bits (bit s·9 + A), indexed by pivot.
        struct System {
            var mask = [UInt64](repeating: 0, count: 64)
            var rhs = [Int](repeating: 0, count: 64)
            mutating func add(_ m0: UInt64, _ r0: Int) -> Bool {
                var m = m0, r = r0
                while m != 0 {
                    let p = 63 - m.leadingZeroBitCount
                    if mask[p] == 0 { mask[p] = m; rhs[p] = r; return true }
                    m ^= mask[p]; r ^= rhs[p]
                }
                return r == 0
            }
            func solution(count: Int) -> [Int] {
                var x = [Int](repeating: 0, count: count)
                for p in 0..<count where mask[p] != 0 {
                    var v = rhs[p]
                    for q in 0..<p where mask[p] >> UInt64(q) & 1 == 1 { v ^= x[q] }
                    x[p] = v
                }
                return x
            }
        }

        func bit(_ s: Int, _ a: Int) -> UInt64 { 1 << UInt64(s * 9 + a) }

        mutating func run() -> PeresMerminMachine? { dfs(0, System()) }

        mutating func dfs(_ start: Int, _ system: System) -> PeresMerminMachine? {
            var sys = system
            var i = start
            while i < paths.count {
                let (s, a, b, c, sign) = paths[i]
                var missing = -1
                let s1 = t[s * 9 + a]
                var s2 = -1, s3 = -1
                if s1 < 0 { missing = s * 9 + a } else {
                    s2 = t[s1 * 9 + b]
                    if s2 < 0 { missing = s1 * 9 + b } else {
                        s3 = t[s2 * 9 + c]
                        if s3 < 0 { missing = s2 * 9 + c }
                    }
                }
                if missing >= 0 {
                    // Symmetry: among state labels not used yet, only the smallest is tried.
                    var used = Set(t.filter { $0 >= 0 }); used.insert(0)
                    for v in 0..<n where t[v * 9..<(v * 9 + 9)].contains(where: { $0 >= 0 }) { used.insert(v) }
                    let fresh = (0..<n).first { !used.contains($0) }
                    for target in 0..<n where used.contains(target) || target == fresh {
                        t[missing] = target
                        if let m = dfs(i, sys) { return m }
                    }
                    t[missing] = -1
                    return nil
                }
                for (m, r) in [(bit(s, a) ^ bit(s1, b) ^ bit(s2, c), sign), (bit(s, a) ^ bit(s1, a), 0), (bit(s, a) ^ bit(s2, a), 0),
                               (bit(s, a) ^ bit(s3, a), 0), (bit(s1, b) ^ bit(s2, b), 0), (bit(s1, b) ^ bit(s3, b), 0),
                               (bit(s2, c) ^ bit(s3, c), 0)] where !sys.add(m, r) { return nil }
                i += 1
            }
            // All transitions used by the paths are fixed; any still free cannot matter for (P),
            // so give them the value of their own state (a self-loop) and check (R) in full.
            let table = (0..<n).map { s in (0..<9).map { t[s * 9 + $0] < 0 ? s : t[s * 9 + $0] } }
            for s in 0..<n {
                for a in 0..<9 {
                    for (ctx, _) in PeresMerminMachine.contexts where ctx.contains(a) {
                        for u in PeresMerminMachine.closure(table, from: table[s][a], compatibleWith: a, within: ctx) where !sys.add(bit(s, a) ^ bit(u, a), 0) { return nil }
                    }
                }
            }
            let x = sys.solution(count: 9 * n)
            let machine = PeresMerminMachine(outputs: (0..<n).map { s in Array(x[(s * 9)..<(s * 9 + 9)]) }, transitions: table)
            return machine.verify() == nil ? machine : nil
        }
    }
}
