import Exact
import Simulate

/// A polynomial system `du/dt = Σ_{ℓ=0…q} F_ℓ u^{⊗ℓ}` (or a map `δu = Σ F_ℓ u^{⊗ℓ}`) with
/// exact rational coefficients, `u ∈ ℝⁿ`.
///
/// `F_ℓ` is an `n × n^ℓ` sparse matrix over ℚ; column `c` multiplies the monomial
/// `u_{i1}⋯u_{iℓ}` with `c = i1·n^{ℓ−1} + ⋯ + iℓ`. Built from polynomials, each monomial goes
/// to its sorted multi-index `i1 ≤ ⋯ ≤ iℓ` (the matrices are not symmetrized; both forms
/// describe the same field, and Carleman linearization is exact for either).
/// Reference: Liu et al., PNAS 118 (2021) e2026805118, Eq. (1); Forets & Pouly, arXiv:1711.02552, §2.
public struct PolynomialSystem: Sendable, Hashable {
    /// Variable names, in order (`u_0 … u_{n−1}`).
    public let variables: [String]
    /// `[F_0, F_1, …, F_q]`; `F_q` is nonzero unless the whole field is zero (then q = 1).
    public let coefficients: [SparseRationalMatrix]

    public var dimension: Int { variables.count }
    /// The degree q (at least 1).
    public var degree: Int { coefficients.count - 1 }

    /// `F_ℓ`, or the zero `n × n^ℓ` matrix beyond the degree (ℓ must keep n^ℓ representable).
    public func coefficient(_ l: Int) -> SparseRationalMatrix {
        if l < coefficients.count { return coefficients[l] }
        let cols = (try? KroneckerIndex.power(dimension, l)) ?? 0
        return try! SparseRationalMatrix(rows: dimension, columns: cols, triplets: [])
    }

    /// The degrees ℓ with `F_ℓ ≠ 0`.
    public var presentDegrees: [Int] { coefficients.indices.filter { coefficients[$0].nonzeroCount > 0 } }

    /// From the coefficient matrices; checks their shapes (`F_ℓ` is `n × n^ℓ`) and drops
    /// trailing zero matrices (keeping at least F_0 and F_1).
    public init(variables: [String], coefficients: [SparseRationalMatrix]) throws(ExactError) {
        let n = variables.count
        guard n >= 1 else { throw .sizeOutOfRange(what: "number of variables", value: "0", allowed: "at least 1") }
        var fs = coefficients
        for (l, f) in fs.enumerated() {
            let cols = try KroneckerIndex.power(n, l, limit: CarlemanLimits.maximumColumns, what: "columns of F\(l) (n^\(l))")
            guard f.rows == n, f.columns == cols else {
                throw .dimensionMismatch("F\(l) is \(f.rows)×\(f.columns): expected \(n)×\(cols) (n × n^\(l))")
            }
        }
        while fs.count > 2, fs.last!.nonzeroCount == 0 { fs.removeLast() }
        while fs.count < 2 {
            let cols = try KroneckerIndex.power(n, fs.count)
            fs.append(try SparseRationalMatrix(rows: n, columns: cols, triplets: []))
        }
        self.variables = variables
        self.coefficients = fs
    }

    /// From one polynomial right-hand side per variable.
    public init(variables: [String], equations: [MultivariatePolynomial]) throws(ExactError) {
        let n = variables.count
        guard equations.count == n else {
            throw .dimensionMismatch("\(equations.count) equations for \(n) variables: expected one per variable")
        }
        let q = Swift.max(1, equations.map(\.degree).max() ?? 1)
        var triplets = Array(repeating: [(Int, Int, Rational)](), count: q + 1)
        for (i, p) in equations.enumerated() {
            guard p.variableCount == n else { throw .dimensionMismatch("equation \(i) has \(p.variableCount) variables: expected \(n)") }
            for (e, c) in p.terms {
                let l = e.reduce(0, +)
                var digits: [Int] = []
                digits.reserveCapacity(l)
                for (k, m) in e.enumerated() { for _ in 0..<m { digits.append(k) } }
                triplets[l].append((i, KroneckerIndex.index(digits, base: n), c))
            }
        }
        var fs: [SparseRationalMatrix] = []
        for l in 0...q {
            let cols = try KroneckerIndex.power(n, l, limit: CarlemanLimits.maximumColumns, what: "columns of F\(l) (n^\(l))")
            fs.append(try SparseRationalMatrix(rows: n, columns: cols, triplets: triplets[l]))
        }
        try self.init(variables: variables, coefficients: fs)
    }

    /// The exact value `Σ F_ℓ u^{⊗ℓ}` at a rational point (computed monomial by monomial,
    /// without forming `u^{⊗ℓ}`).
    public func evaluate(_ u: RationalVector) throws(ExactError) -> RationalVector {
        let n = dimension
        guard u.count == n else { throw .dimensionMismatch("point of length \(u.count): expected \(n)") }
        var out = Array(repeating: Rational(), count: n)
        for (l, f) in coefficients.enumerated() {
            for i in 0..<n {
                for k in f.rowStart[i]..<f.rowStart[i + 1] {
                    var t = f.values[k]
                    var c = f.columnIndex[k]
                    for _ in 0..<l { t *= u[c % n]; c /= n }
                    out[i] += t
                }
            }
        }
        return RationalVector(out)
    }

    /// The same field in Double (each coefficient rounded to nearest) for the float core.
    public func floatField() throws -> PolynomialField {
        let n = dimension
        let fs = try coefficients.map { f in
            try SparseMatrix(rowCount: n, columnCount: f.columns,
                             triplets: f.triplets.map { (row: $0.0, column: $0.1, value: $0.2.double()) })
        }
        return try PolynomialField(dimension: n, coefficients: fs)
    }

    /// `F_ℓ` as a dense rational matrix (for norms; `n × n^ℓ` must stay small).
    public func denseCoefficient(_ l: Int) throws(ExactError) -> RationalMatrix {
        let f = coefficient(l)
        guard f.rows * f.columns <= CarlemanLimits.maximumDenseEntries else {
            throw .sizeOutOfRange(what: "dense F\(l)", value: "\(f.rows)×\(f.columns)", allowed: "at most \(CarlemanLimits.maximumDenseEntries) entries")
        }
        return try f.dense()
    }
}

/// Size caps for Carleman constructions from user files (checked before allocating).
public enum CarlemanLimits {
    /// Largest number of columns of a coefficient matrix `F_ℓ` (n^ℓ).
    public static let maximumColumns = 1 << 40
    /// Largest dense matrix formed for exact norms.
    public static let maximumDenseEntries = 4_000_000
    /// Largest Carleman dimension Δ for the float build.
    public static let maximumFloatDimension = 50_000_000
    /// Largest number of stored entries of the float Carleman matrix (≈ 16 bytes each).
    public static let maximumFloatNonzeros = 150_000_000
    /// Largest Carleman dimension Δ for the exact build.
    public static let maximumExactDimension = 2_000_000
    /// Largest number of stored entries of the exact Carleman matrix.
    public static let maximumExactNonzeros = 10_000_000
}
