import Exact

/// Communication matrices generated from a name and a size n (inputs x, y ∈ {0,1}ⁿ, indexed by
/// the integers 0..<2ⁿ whose binary digits are the bits of x and y).
public enum MatrixGenerator: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// IPₙ as a 0/1 matrix: entry (x, y) is x·y mod 2 (the parity of popcount(x AND y)).
    ///
    /// Its rank over ℚ is 2ⁿ − 1 for n ≥ 1: with H the Sylvester–Hadamard matrix ((−1)^{x·y}),
    /// M = (J − H)/2 and J = H e₀ 1ᵀ, so M = H(e₀1ᵀ − I)/2, and e₀1ᵀ − I has the one-dimensional
    /// kernel spanned by e₀. (J − M = H(e₀1ᵀ + I)/2 has full rank 2ⁿ.)
    case innerProduct = "inner-product"
    /// EQₙ: entry (x, y) is 1 when x = y, else 0 — the 2ⁿ×2ⁿ identity, rank 2ⁿ.
    case equality

    public var description: String { rawValue }

    /// The 2ⁿ×2ⁿ matrix. Throws unless 0 ≤ n ≤ `ClaimLimits.maximumGeneratorSize`.
    public func matrix(n: Int) throws(ExactError) -> RationalMatrix {
        guard (0...ClaimLimits.maximumGeneratorSize).contains(n) else {
            throw .sizeOutOfRange(what: "generator size n", value: "\(n)",
                                  allowed: "0 ≤ n ≤ \(ClaimLimits.maximumGeneratorSize) (the matrix is 2ⁿ×2ⁿ)")
        }
        let size = 1 << n
        var m = try RationalMatrix(rows: size, columns: size)
        for x in 0..<size {
            for y in 0..<size {
                switch self {
                case .innerProduct: if (x & y).nonzeroBitCount % 2 == 1 { m[x, y] = 1 }
                case .equality: if x == y { m[x, y] = 1 }
                }
            }
        }
        return m
    }
}
