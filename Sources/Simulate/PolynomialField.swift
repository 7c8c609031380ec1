//===--- PolynomialField.swift -----------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

/// A polynomial vector field `f: ℝⁿ → ℝⁿ` written in Kronecker form,
///
///     f(u) = Σ_{ℓ=0…q} F_ℓ · u^{⊗ℓ},
///
/// where `F_ℓ` is a sparse `n × n^ℓ` matrix (`F_0` is `n × 1`, a constant term) and
/// `u^{⊗ℓ} = u ⊗ u ⊗ … ⊗ u` (ℓ factors). This is the form used by Carleman linearization
/// (Kowalski & Steeb, *Nonlinear Dynamical Systems and Carleman Linearization*, World
/// Scientific 1991; Forets & Pouly, "Explicit error bounds for Carleman linearization",
/// arXiv:1711.02552; Liu et al., "Efficient quantum algorithm for dissipative nonlinear
/// differential equations", PNAS 118 (2021) e2026805118).
///
/// **Kronecker index.** Column `c` of `F_ℓ` multiplies the monomial `u_{i1} u_{i2} ⋯ u_{iℓ}`
/// with `c = i1·n^{ℓ−1} + i2·n^{ℓ−2} + ⋯ + iℓ` — `i1` is the most significant base-`n` digit,
/// matching `SparseMatrix.kron`. The matrices are *not* required to be symmetrized: the
/// columns for `u_0u_1` and `u_1u_0` are distinct and both contribute.
///
/// **Evaluation.** `u^{⊗ℓ}` (length `n^ℓ`) is never formed. The multi-index of every stored
/// nonzero of `F_ℓ` is decoded once at construction, and `f(u)` costs
/// `Σ_ℓ ℓ·nnz(F_ℓ)` multiplications. Each monomial is the left-to-right rounded product
/// `((c·u_{i1})·u_{i2})⋯`, summed per row in ascending column order, then over ℓ ascending.
public struct PolynomialField: Sendable {
    /// The state dimension `n`.
    public let dimension: Int
    /// `coefficients[ℓ]` is `F_ℓ`, an `n × n^ℓ` sparse matrix, for `ℓ = 0…degree`.
    public let coefficients: [SparseMatrix]
    /// For each ℓ, the decoded multi-indices `(i1, …, iℓ)` of the nonzeros of `F_ℓ`,
    /// flattened: nonzero `k` uses entries `k·ℓ ..< (k+1)·ℓ`.
    @usableFromInline
    internal let factorIndices: [[Int]]

    /// The highest power `q` (the number of coefficient matrices minus one).
    public var degree: Int { coefficients.count - 1 }

    /// Builds the field from its Kronecker coefficient matrices `[F_0, F_1, …, F_q]`.
    ///
    /// Throws if `dimension < 1`, if the list is empty, if `F_ℓ` is not `n × n^ℓ`, or if
    /// `n^ℓ` overflows `Int`.
    public init(dimension: Int, coefficients: [SparseMatrix]) throws {
        guard dimension >= 1 else {
            throw SimulationError.invalidSize(what: "polynomial field dimension", value: dimension, expected: "a positive integer")
        }
        guard !coefficients.isEmpty else {
            throw SimulationError.invalidSize(what: "number of coefficient matrices", value: 0, expected: "at least one (F_0)")
        }
        var decoded: [[Int]] = []
        var width = 1
        for (l, F) in coefficients.enumerated() {
            if l > 0 {
                let (w, overflow) = width.multipliedReportingOverflow(by: dimension)
                guard !overflow else {
                    throw SimulationError.sizeOverflow(what: "n^ℓ = \(dimension)^\(l) does not fit in Int")
                }
                width = w
            }
            guard F.rowCount == dimension else {
                throw SimulationError.dimensionMismatch(what: "row count of F_\(l)", expected: dimension, actual: F.rowCount)
            }
            guard F.columnCount == width else {
                throw SimulationError.dimensionMismatch(what: "column count of F_\(l) (n^\(l))", expected: width, actual: F.columnCount)
            }
            var idx = [Int](repeating: 0, count: F.nonzeroCount * l)
            for k in 0..<F.nonzeroCount {
                var c = F.columnIndices[k]
                // Least significant digit is iℓ, written last.
                var m = l - 1
                while m >= 0 {
                    idx[k * l + m] = c % dimension
                    c /= dimension
                    m -= 1
                }
            }
            decoded.append(idx)
        }
        self.dimension = dimension
        self.coefficients = coefficients
        self.factorIndices = decoded
    }

    /// Builds the field from monomial terms: each term adds `coefficient · u_{v1} ⋯ u_{vℓ}`
    /// to component `component` of `f`, where `variables = [v1, …, vℓ]` (ℓ may be 0 for a
    /// constant). Repeated terms are summed. The degree is the longest `variables` list, or
    /// `degree` if given (which must be at least that).
    public init(dimension: Int, degree: Int? = nil,
                terms: [(component: Int, variables: [Int], coefficient: Double)]) throws {
        guard dimension >= 1 else {
            throw SimulationError.invalidSize(what: "polynomial field dimension", value: dimension, expected: "a positive integer")
        }
        let maxLength = terms.map(\.variables.count).max() ?? 0
        let q = degree ?? maxLength
        guard q >= maxLength else {
            throw SimulationError.invalidSize(what: "degree", value: q, expected: "at least \(maxLength), the longest monomial")
        }
        var rows = [[Int]](repeating: [], count: q + 1)
        var cols = [[Int]](repeating: [], count: q + 1)
        var vals = [[Double]](repeating: [], count: q + 1)
        for (t, term) in terms.enumerated() {
            guard term.component >= 0 && term.component < dimension else {
                throw SimulationError.indexOutOfRange(what: "component of term #\(t)", index: term.component, bound: dimension)
            }
            var c = 0
            for v in term.variables {
                guard v >= 0 && v < dimension else {
                    throw SimulationError.indexOutOfRange(what: "variable of term #\(t)", index: v, bound: dimension)
                }
                let (p, o1) = c.multipliedReportingOverflow(by: dimension)
                let (s, o2) = p.addingReportingOverflow(v)
                guard !o1 && !o2 else { throw SimulationError.sizeOverflow(what: "Kronecker index of term #\(t)") }
                c = s
            }
            let l = term.variables.count
            rows[l].append(term.component)
            cols[l].append(c)
            vals[l].append(term.coefficient)
        }
        var matrices: [SparseMatrix] = []
        var width = 1
        for l in 0...q {
            if l > 0 {
                let (w, overflow) = width.multipliedReportingOverflow(by: dimension)
                guard !overflow else { throw SimulationError.sizeOverflow(what: "n^ℓ = \(dimension)^\(l) does not fit in Int") }
                width = w
            }
            matrices.append(try SparseMatrix(rowCount: dimension, columnCount: width,
                                             rowIndices: rows[l], columnIndices: cols[l], values: vals[l]))
        }
        try self.init(dimension: dimension, coefficients: matrices)
    }

    /// `f(u)`, in a new array. Throws on a wrong length or a non-finite input or result.
    public func evaluate(_ u: [Double]) throws -> [Double] {
        var out = [Double](repeating: 0, count: dimension)
        try evaluate(u, into: &out)
        return out
    }

    /// `f(u)`, written into `out` (which must have `dimension` components) without allocating.
    public func evaluate(_ u: [Double], into out: inout [Double]) throws {
        guard u.count == dimension else {
            throw SimulationError.dimensionMismatch(what: "polynomial field argument length", expected: dimension, actual: u.count)
        }
        guard out.count == dimension else {
            throw SimulationError.dimensionMismatch(what: "polynomial field output length", expected: dimension, actual: out.count)
        }
        for x in u where !x.isFinite { throw SimulationError.nonFiniteValue(what: "polynomial field argument") }
        evaluateUnchecked(u, into: &out)
        for x in out where !x.isFinite { throw SimulationError.nonFiniteValue(what: "polynomial field value (overflow)") }
    }

    /// `f(u)` without validation; `u` and `out` must have `dimension` components.
    /// Non-finite results are left for the caller to detect.
    @usableFromInline
    internal func evaluateUnchecked(_ u: [Double], into out: inout [Double]) {
        let n = dimension
        out.withUnsafeMutableBufferPointer { y in
            for i in 0..<n { y[i] = 0 }
            u.withUnsafeBufferPointer { x in
                for l in 0..<coefficients.count {
                    let F = coefficients[l]
                    F.rowOffsets.withUnsafeBufferPointer { off in
                        F.values.withUnsafeBufferPointer { val in
                            factorIndices[l].withUnsafeBufferPointer { idx in
                                for i in 0..<n {
                                    var s = 0.0
                                    for k in off[i]..<off[i + 1] {
                                        var p = val[k]
                                        var m = k * l
                                        let end = m + l
                                        while m < end {
                                            p *= x[idx[m]]
                                            m += 1
                                        }
                                        s += p
                                    }
                                    y[i] += s
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The Jacobian matrix `J[i, j] = ∂f_i/∂u_j` at `u`, as an `n × n` sparse matrix.
    ///
    /// Differentiates each monomial `c·u_{i1}⋯u_{iℓ}` by the product rule: its contribution to
    /// column `i_m` is `c · Π_{m'≠m} u_{i_{m'}}` (computed directly, without division, so
    /// zeros in `u` are handled exactly). Cost `Σ_ℓ ℓ²·nnz(F_ℓ)`.
    public func jacobian(at u: [Double]) throws -> SparseMatrix {
        guard u.count == dimension else {
            throw SimulationError.dimensionMismatch(what: "Jacobian argument length", expected: dimension, actual: u.count)
        }
        for x in u where !x.isFinite { throw SimulationError.nonFiniteValue(what: "Jacobian argument") }
        var rows: [Int] = [], cols: [Int] = [], vals: [Double] = []
        for l in 1..<coefficients.count {
            let F = coefficients[l]
            let idx = factorIndices[l]
            for i in 0..<dimension {
                for k in F.rowOffsets[i]..<F.rowOffsets[i + 1] {
                    for m in 0..<l {
                        var p = F.values[k]
                        for m2 in 0..<l where m2 != m { p *= u[idx[k * l + m2]] }
                        rows.append(i); cols.append(idx[k * l + m]); vals.append(p)
                    }
                }
            }
        }
        return try SparseMatrix(rowCount: dimension, columnCount: dimension, rowIndices: rows, columnIndices: cols, values: vals)
    }
}
