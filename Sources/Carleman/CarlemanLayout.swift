import Exact

/// The shape of a Carleman linearization truncated at order N for a system in n variables:
/// the state `ŷ = [y_1; y_2; …; y_N]` with `y_j ≈ u^{⊗j}` of length `n^j`, so
/// `Δ = n + n² + ⋯ + n^N = (n^{N+1} − n)/(n − 1)` (Δ = N when n = 1).
/// Block j starts at `offset(j) = n + ⋯ + n^{j−1}` (0-based rows).
public struct CarlemanLayout: Sendable, Hashable, Codable {
    public let variableCount: Int
    public let order: Int
    /// `blockSizes[j-1] = n^j`.
    public let blockSizes: [Int]
    /// `offsets[j-1]` = first row of block j; `offsets[N]` = Δ.
    public let offsets: [Int]

    /// Throws for N < 1, n < 1, or Δ above `maximumDimension`.
    public init(variableCount n: Int, order: Int, maximumDimension: Int = Int.max) throws(ExactError) {
        guard n >= 1 else { throw .sizeOutOfRange(what: "number of variables n", value: "\(n)", allowed: "at least 1") }
        guard order >= 1 else { throw .sizeOutOfRange(what: "truncation order N", value: "\(order)", allowed: "an integer N ≥ 1") }
        guard order <= 64 else { throw .sizeOutOfRange(what: "truncation order N", value: "\(order)", allowed: "at most 64") }
        var sizes: [Int] = [], offsets = [0]
        for j in 1...order {
            let s = try KroneckerIndex.power(n, j, limit: maximumDimension, what: "Carleman dimension Δ (block \(j) has n^\(j) rows)")
            sizes.append(s)
            let (t, o) = offsets.last!.addingReportingOverflow(s)
            guard !o, t <= maximumDimension else {
                throw .sizeOutOfRange(what: "Carleman dimension Δ = n + n² + … + n^N", value: "more than \(maximumDimension) (n = \(n), N = \(order))",
                                      allowed: "at most \(maximumDimension); lower N")
            }
            offsets.append(t)
        }
        self.variableCount = n
        self.order = order
        self.blockSizes = sizes
        self.offsets = offsets
    }

    /// Δ, the dimension of the truncated system.
    public var dimension: Int { offsets[order] }
    /// First row of block j (1-based j).
    public func offset(_ j: Int) -> Int { offsets[j - 1] }
    /// `n^j` for 0 ≤ j ≤ N.
    public func power(_ j: Int) -> Int { j == 0 ? 1 : blockSizes[j - 1] }

    /// An upper bound on the stored entries of the truncated matrix of `system`:
    /// row block j has j·n^{j−1}·nnz(F_s) contributions from F_s, for each s with j+s−1 ≤ N.
    public func nonzeroBound(_ nonzerosByDegree: [Int]) -> Int {
        var total = 0
        for j in 1...order {
            for (s, nnz) in nonzerosByDegree.enumerated() where nnz > 0 && j + s - 1 >= 1 && j + s - 1 <= order {
                let (a, o1) = nnz.multipliedReportingOverflow(by: j)
                let (b, o2) = a.multipliedReportingOverflow(by: power(j - 1))
                let (c, o3) = total.addingReportingOverflow(b)
                if o1 || o2 || o3 { return Int.max }
                total = c
            }
        }
        return total
    }
}
