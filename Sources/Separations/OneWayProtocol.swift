/// The optimal one-way deterministic protocol for a communication matrix (statement
/// `"comm.one-way"`): Alice sends the index of her row's class among the r distinct rows of M,
/// Bob looks the answer up. `D^{A→B}(f) = ⌈log₂ r⌉` (Kushilevitz–Nisan 1997, §4.2; Kremer,
/// Nisan, Ron, Comput. Complexity 8 (1999) 21–49, for the one-way model).
///
/// Witness: `rowClass[x]` (Alice's message) and `representatives[c]` (a row of class c).
/// ≤ side: every row equals its representative's row (so Bob's table `M[representative, y]` is
/// correct). ≥ side: the representatives' rows are pairwise distinct, so two of them sharing a
/// message would make Bob err on some column; hence r messages are needed.
public struct OneWayProtocol: Sendable, Hashable, Codable {
    public let rowClass: [Int]
    public let representatives: [Int]

    /// r, the number of distinct rows.
    public var distinctRows: Int { representatives.count }
    /// ⌈log₂ r⌉, the exact one-way deterministic complexity.
    public var bits: Int { Log2.ceiling(distinctRows) }

    public init(rowClass: [Int], representatives: [Int]) {
        self.rowClass = rowClass; self.representatives = representatives
    }

    /// Computes the protocol by hashing rows (O(rows · columns)).
    public init(_ m: BooleanMatrix) {
        var seen: [ArraySlice<UInt8>: Int] = [:]
        var cls = [Int](repeating: 0, count: m.rows), reps: [Int] = []
        for x in 0..<m.rows {
            let r = m.row(x)
            if let c = seen[r] { cls[x] = c } else { seen[r] = reps.count; cls[x] = reps.count; reps.append(x) }
        }
        self.init(rowClass: cls, representatives: reps)
    }

    /// Re-checks both sides against m by direct comparison. Returns nil when valid, else the first failure.
    public func verify(against m: BooleanMatrix) -> String? {
        guard rowClass.count == m.rows else { return "expected one message per row (\(m.rows)), got \(rowClass.count)" }
        guard representatives.allSatisfy({ (0..<m.rows).contains($0) }) else { return "a representative is out of range" }
        for x in 0..<m.rows {
            guard (0..<representatives.count).contains(rowClass[x]) else { return "row \(x) has message \(rowClass[x]) out of range" }
            if m.row(x) != m.row(representatives[rowClass[x]]) { return "row \(x) differs from its class representative: Bob would err" }
        }
        for a in 0..<representatives.count {
            for b in (a + 1)..<max(a + 1, representatives.count) where m.row(representatives[a]) == m.row(representatives[b]) {
                return "representatives \(representatives[a]) and \(representatives[b]) have equal rows: fewer messages would do"
            }
        }
        return nil
    }
}
