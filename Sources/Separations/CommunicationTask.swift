/// The named two-party functions of THEOREMS.md §4 as communication matrices (inputs as n-bit
/// integers; Kushilevitz–Nisan 1997, Examples 1.21–1.29, 3.29; Kremer–Nisan–Ron 1999 for INDEX).
public enum CommunicationTask: String, Sendable, CaseIterable {
    /// IP_n(x, y) = ⟨x, y⟩ mod 2; rank 2ⁿ − 1, rank(J − M) = 2ⁿ.
    case innerProduct = "ip"
    /// EQ_n(x, y) = [x = y]; M = I has rank 2ⁿ and J − I (invertible for 2ⁿ ≥ 2) rank 2ⁿ.
    case equality = "eq"
    /// INDEX_n(x, i) = xᵢ with x ∈ {0,1}ⁿ (Alice) and i ∈ [n] (Bob): a 2ⁿ × n matrix.
    case index = "index"
    /// GT_n(x, y) = [x > y].
    case greaterThan = "gt"

    /// The largest n accepted (2ⁿ × 2ⁿ = 2²⁰ entries).
    public static let maximumN = 10

    public func matrix(n: Int) throws -> BooleanMatrix {
        guard (1...Self.maximumN).contains(n) else {
            throw SeparationError.tooLarge(what: "n for task \(rawValue)", value: n, maximum: Self.maximumN)
        }
        let size = 1 << n
        switch self {
        case .innerProduct: return try BooleanMatrix(rows: size, columns: size) { x, y in (x & y).nonzeroBitCount & 1 == 1 }
        case .equality: return try BooleanMatrix(rows: size, columns: size) { x, y in x == y }
        case .index: return try BooleanMatrix(rows: size, columns: n) { x, i in (x >> i) & 1 == 1 }
        case .greaterThan: return try BooleanMatrix(rows: size, columns: size) { x, y in x > y }
        }
    }
}
