import Exact

/// The exact Carleman lifting of a polynomial map `u(t+1) = u(t) + Σ_ℓ η f_ℓ u(t)^{⊗ℓ}` — plain
/// gradient descent when `f = −∇L` (Liu et al., Nat. Commun. 15, 434 (2024), Eqs. 3–5) — with the
/// learning rate η kept symbolic (`discrete.lifting`, `discrete.eta-orders`).
///
/// With `G1 = I + ηf1` and `G_ℓ = ηf_ℓ` (ℓ ≠ 1), `u(t+1)^{⊗j} = Σ_k M_{j,k} u(t)^{⊗k}` where
/// `M_{j,k} = Σ_{ℓ1+…+ℓj=k} G_{ℓ1} ⊗ ⋯ ⊗ G_{ℓj}`. Expanding each `G1` into `I + ηf1`, every term
/// is a Kronecker product in which p factors are some `ηf_ℓ` and j − p are `I`; so
/// `A_{j,k} = M_{j,k} − δ_{jk} I = Σ_{p=1..j} η^p C_{j,k,p}` with `C_{j,k,p}` the sum of the
/// products with exactly p non-identity factors (`f_ℓ`) whose degrees, plus one per identity
/// factor, add up to k. The identity term (p = 0) is exactly the δ_{jk} I that A removes, so the
/// constant term is zero, the degree in η is at most j, and `C_{j,k,1}` is the continuous
/// Carleman block `A^j_k` of the field f.
///
/// Built row by row: row `(d_1…d_j)` of block j expands each digit either to itself (identity)
/// or, for each nonzero `(d_i, c)` of some `f_ℓ`, to the ℓ digits of c; no Kronecker product is
/// formed. The number of expansions is capped before anything is allocated.
public struct DiscreteLifting: Sendable {
    /// The field f (so F_ℓ = η f_ℓ).
    public let field: PolynomialSystem
    public let order: Int
    /// `blocks[(j, k, p)]` = C_{j,k,p} (`n^j × n^k`), only the nonzero ones; j = 1…N, k = 0…qj.
    public let blocks: [BlockKey: SparseRationalMatrix]

    public struct BlockKey: Sendable, Hashable, Comparable {
        public let row: Int, column: Int, etaPower: Int
        public init(row: Int, column: Int, etaPower: Int) { self.row = row; self.column = column; self.etaPower = etaPower }
        public static func < (a: BlockKey, b: BlockKey) -> Bool {
            (a.row, a.column, a.etaPower) < (b.row, b.column, b.etaPower)
        }
    }

    /// Largest number of row expansions (terms) the exact lifting may enumerate.
    public static let maximumTerms = 5_000_000

    /// All blocks C_{j,k,p} for j = 1…N (every k = 0…qj, not truncated).
    public init(field: PolynomialSystem, order: Int, maximumTerms: Int = DiscreteLifting.maximumTerms) throws(ExactError) {
        let n = field.dimension, q = field.degree
        guard order >= 1, order <= 16 else { throw .sizeOutOfRange(what: "order N", value: "\(order)", allowed: "1…16") }
        // Terms per row of block j ≤ (1 + widest row of the f_ℓ)^j; rows n^j.
        var widest = 0
        for f in field.coefficients { var m = 0; for d in 0..<n { m = Swift.max(m, f.rowStart[d + 1] - f.rowStart[d]) }; widest += m }
        var total = 0
        for j in 1...order {
            var t = try KroneckerIndex.power(n, j, limit: maximumTerms, what: "rows of block \(j)")
            for _ in 0..<j {
                let (x, o) = t.multipliedReportingOverflow(by: widest + 1)
                guard !o, x <= maximumTerms else {
                    throw .sizeOutOfRange(what: "terms of the exact discrete lifting", value: "more than \(maximumTerms) (n = \(n), N = \(order))", allowed: "at most \(maximumTerms); lower N")
                }
                t = x
            }
            total += t
            guard total <= maximumTerms else {
                throw .sizeOutOfRange(what: "terms of the exact discrete lifting", value: "more than \(maximumTerms)", allowed: "at most \(maximumTerms); lower N")
            }
        }
        // Per degree ℓ and row d: the (column, value) pairs of f_ℓ.
        let rows: [[[(Int, Rational)]]] = field.coefficients.map { f in
            (0..<n).map { d in (f.rowStart[d]..<f.rowStart[d + 1]).map { (f.columnIndex[$0], f.values[$0]) } }
        }
        var triplets: [BlockKey: [(Int, Int, Rational)]] = [:]
        for j in 1...order {
            let rowsInBlock = try KroneckerIndex.power(n, j)
            for r in 0..<rowsInBlock {
                let digits = KroneckerIndex.digits(r, base: n, length: j)
                // Depth-first over positions: (column so far, degree so far, p so far, coefficient).
                func expand(_ i: Int, _ column: Int, _ degree: Int, _ p: Int, _ coefficient: Rational) {
                    if i == j {
                        if p > 0 { triplets[BlockKey(row: j, column: degree, etaPower: p), default: []].append((r, column, coefficient)) }
                        return
                    }
                    let d = digits[i]
                    expand(i + 1, column * n + d, degree + 1, p, coefficient)
                    for (l, byRow) in rows.enumerated() {
                        var width = 1
                        for _ in 0..<l { width *= n }
                        for (c, v) in byRow[d] {
                            expand(i + 1, column * width + c, degree + l, p + 1, coefficient * v)
                        }
                    }
                }
                expand(0, 0, 0, 0, Rational(1))
            }
        }
        var blocks: [BlockKey: SparseRationalMatrix] = [:]
        for (key, t) in triplets {
            let m = try SparseRationalMatrix(rows: try KroneckerIndex.power(n, key.row), columns: try KroneckerIndex.power(n, key.column), triplets: t)
            if m.nonzeroCount > 0 { blocks[key] = m }
        }
        _ = q
        self.field = field
        self.order = order
        self.blocks = blocks
    }

    /// `A_{j,k}(η) = Σ_p η^p C_{j,k,p}` at a rational η (the zero matrix if no block).
    public func block(row j: Int, column k: Int, eta: Rational) throws(ExactError) -> SparseRationalMatrix {
        let n = field.dimension
        var total = try SparseRationalMatrix(rows: try KroneckerIndex.power(n, j), columns: try KroneckerIndex.power(n, k), triplets: [])
        var etaPower = Rational(1)
        for p in 1...j {
            etaPower *= eta
            if let c = blocks[BlockKey(row: j, column: k, etaPower: p)] { total = try total + etaPower * c }
        }
        return total
    }

    /// `M_{j,k}(η) = A_{j,k}(η) + δ_{jk} I`.
    public func lifted(row j: Int, column k: Int, eta: Rational) throws(ExactError) -> SparseRationalMatrix {
        let a = try block(row: j, column: k, eta: eta)
        return j == k ? try a + (try SparseRationalMatrix.identity(a.rows)) : a
    }

    /// The largest column block with a nonzero coefficient in row block j (≤ qj).
    public func widestColumn(row j: Int) -> Int {
        blocks.keys.filter { $0.row == j }.map(\.column).max() ?? j
    }
}
