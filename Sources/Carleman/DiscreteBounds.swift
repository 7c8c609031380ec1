import Exact

/// Certified numbers for the discrete scheme: the norm of the step matrix, the dissipation
/// class, the truncation residuals B_N(t) along an enclosed trajectory, and the error bound of
/// `discrete.error-recurrence`.
public enum DiscreteBounds {
    /// An enclosure [lower, upper] of ‖X‖₂ for a sparse rational X: the exact Gram/LDLᵀ route
    /// for small X; else lower = the larger of the largest column norm and an exact Rayleigh
    /// quotient, upper = the smaller of √(‖X‖₁‖X‖_∞) (Hölder) and a Schur-test bound
    /// (`SchurNormBound`; floats pick the test vectors, the bounds are exact).
    /// `gramLimit`: the largest row or column count for the Gram/LDLᵀ route.
    public static func spectralNorm(_ x: SparseRationalMatrix, precision: Int = 128, gramLimit: Int = 120) throws(ExactError) -> (Interval, String) {
        if x.rows <= gramLimit, x.columns <= gramLimit, x.nonzeroCount > 0 {
            let (norm, _) = try (try x.dense()).spectralNormBound(precision: precision)
            return (norm, "exact Gram-matrix eigenvalue bound (LDLᵀ)")
        }
        var rowSums = Array(repeating: Rational(), count: x.rows), columnSums = Array(repeating: Rational(), count: x.columns)
        var columnSquares = Array(repeating: Rational(), count: x.columns)
        for i in 0..<x.rows {
            for k in x.rowStart[i]..<x.rowStart[i + 1] {
                let v = x.values[k], c = x.columnIndex[k]
                rowSums[i] += v.magnitude; columnSums[c] += v.magnitude; columnSquares[c] += v * v
            }
        }
        let inf = rowSums.max() ?? Rational(), one = columnSums.max() ?? Rational()
        var lowerSquared = columnSquares.max() ?? Rational(), upperSquared = one * inf
        var method = "largest column norm ≤ ‖X‖₂ ≤ √(‖X‖₁‖X‖_∞)"
        if let schur = try SchurNormBound.squaredEnclosure(x) {
            if schur.lowerSquared > lowerSquared { lowerSquared = schur.lowerSquared; method = "Rayleigh quotient ≤ ‖X‖₂" } else { method = "largest column norm ≤ ‖X‖₂" }
            if schur.upperSquared < upperSquared { upperSquared = schur.upperSquared; method += " ≤ Schur test √(αβ)" } else { method += " ≤ √(‖X‖₁‖X‖_∞)" }
        }
        let lo = try Interval(lowerSquared, precision: precision).squareRoot()
        let hi = try Interval(upperSquared, precision: precision).squareRoot()
        return (try Interval(lower: lo.lower, upper: hi.upper, precision: precision), method)
    }

    /// `discrete.dissipation`: from an enclosure [ρ_lo, ρ_hi] of ‖I + A_N‖₂.
    public enum Dissipation: String, Sendable, Codable, Hashable {
        case fullyDissipative = "fully-dissipative"
        case almostDissipative = "almost-dissipative"
        case notDissipative = "not-dissipative"
        case undecided
    }

    public static func classify(_ rho: Interval) -> Dissipation {
        if rho.isLess(than: Rational(1)) == .true { return .fullyDissipative }
        if rho.isLessOrEqual(to: Rational(1)) == .true { return .almostDissipative }
        if rho.isGreater(than: Rational(1)) == .true { return .notDissipative }
        return .undecided
    }

    /// Enclosures of u(0), …, u(T) under u ↦ u + η f(u), by interval arithmetic from the exact u0.
    public static func trajectory(_ field: PolynomialSystem, eta: Rational, from u0: RationalVector, steps: Int, precision: Int = 128) throws(ExactError) -> [[Interval]] {
        var u = try u0.entries.map { (q: Rational) throws(ExactError) -> Interval in try Interval(q, precision: precision) }
        var out = [u]
        let e = try Interval(eta, precision: precision)
        for _ in 0..<steps {
            let f = try evaluate(field, u)
            u = zip(u, f).map { $0 + e * $1 }
            out.append(u)
        }
        return out
    }

    /// Σ_ℓ F_ℓ u^{⊗ℓ} at an interval vector (monomial by monomial).
    public static func evaluate(_ field: PolynomialSystem, _ u: [Interval]) throws(ExactError) -> [Interval] {
        let n = field.dimension
        let p = u.first?.precision ?? 128
        var out = try (0..<n).map { _ throws(ExactError) in try Interval(0, precision: p) }
        for (l, f) in field.coefficients.enumerated() {
            for i in 0..<n {
                for k in f.rowStart[i]..<f.rowStart[i + 1] {
                    var t = try Interval(f.values[k], precision: p)
                    var c = f.columnIndex[k]
                    for _ in 0..<l { t = t * u[c % n]; c /= n }
                    out[i] = out[i] + t
                }
            }
        }
        return out
    }

    /// The blocks of the residual `B_N(u)_j = Σ_{k>N} M_{j,k}(η) u^{⊗k}` (j = 1…N, nonzero
    /// blocks only), formed once so that the residual can be enclosed at many points.
    public struct ResidualBlock: Sendable {
        public let row: Int, column: Int
        public let matrix: SparseRationalMatrix
    }

    public static func residualBlocks(_ lifting: DiscreteLifting, eta: Rational, order N: Int) throws(ExactError) -> [ResidualBlock] {
        var out: [ResidualBlock] = []
        for j in 1...N {
            let width = lifting.widestColumn(row: j)
            guard width > N else { continue }
            for k in (N + 1)...width {
                let m = try lifting.lifted(row: j, column: k, eta: eta)
                if m.nonzeroCount > 0 { out.append(ResidualBlock(row: j, column: k, matrix: m)) }
            }
        }
        return out
    }

    /// An upper bound (as an interval whose upper end is the bound) of ‖B_N(u)‖₂ with
    /// `B_N(u)_j = Σ_{k>N} M_{j,k} u^{⊗k}`, for an interval vector u.
    public static func residualNorm(_ lifting: DiscreteLifting, eta: Rational, order N: Int, at u: [Interval]) throws(ExactError) -> Interval {
        try residualNorm(try residualBlocks(lifting, eta: eta, order: N), variables: u.count, at: u)
    }

    /// The same from precomputed blocks; encloses ‖(Σ_k M_{j,k} u^{⊗k})_j‖₂ for every real u
    /// in the interval vector.
    /// `densePowerLimit` (≥ 1): the largest n^k kept as a dense vector of u^{⊗k}.
    public static func residualNorm(_ blocks: [ResidualBlock], variables n: Int, at u: [Interval], densePowerLimit: Int = 1 << 16) throws(ExactError) -> Interval {
        guard u.count == n else { throw .dimensionMismatch("point of length \(u.count): expected \(n)") }
        let p = u.first?.precision ?? 128
        var sumSquares = try Interval(0, precision: p)
        // Enclosures of the entries of u^{⊗k}. Kept as dense vectors only while n^k ≤
        // `densePowerLimit`; a higher power's entry c is the product of the entries of two lower
        // powers at the high and low base-n digits of c (u^{⊗k} = u^{⊗a} ⊗ u^{⊗b}, a + b = k),
        // so memory stays O(densePowerLimit) whatever the degree. Interval products are
        // enclosures in any grouping, so the split only changes the rounding, never validity.
        var powers: [[Interval]] = [[try Interval(1, precision: p)]]
        var sizes = [1]
        let widest = blocks.map(\.column).max() ?? 0
        while sizes.count <= widest {
            let (next, overflow) = sizes.last!.multipliedReportingOverflow(by: n)
            sizes.append(overflow ? Int.max : next)
        }
        func densePower(_ k: Int) -> [Interval] {
            while powers.count <= k {
                let last = powers.last!
                var next: [Interval] = []
                next.reserveCapacity(last.count * n)
                for a in last { for x in u { next.append(a * x) } }
                powers.append(next)
            }
            return powers[k]
        }
        func entry(_ k: Int, _ c: Int) -> Interval {
            // k ≤ 1 is always dense (u itself): splitting it would not make progress.
            if k <= 1 || sizes[k] <= densePowerLimit { return densePower(k)[c] }
            let b = k / 2, a = k - b
            return entry(a, c / sizes[b]) * entry(b, c % sizes[b])
        }
        var bj: [Interval] = []
        var currentRow = 0
        func flush() { for x in bj { let a = x.magnitude; sumSquares = sumSquares + a * a } }
        for block in blocks {
            if block.row != currentRow {
                flush()
                currentRow = block.row
                bj = Array(repeating: try Interval(0, precision: p), count: block.matrix.rows)
            }
            let m = block.matrix
            for r in 0..<m.rows {
                for e in m.rowStart[r]..<m.rowStart[r + 1] { bj[r] = bj[r] + entry(block.column, m.columnIndex[e]) * m.values[e] }
            }
        }
        flush()
        return try sumSquares.squareRoot()
    }

    /// `discrete.error-recurrence`: ‖e(T)‖ ≤ Σ_{s<T} ρ^{T−1−s} ‖B_N(s)‖ at every T = 0…steps,
    /// with ρ the upper end of the enclosure of ‖I + A_N‖ and the residual norms enclosed along
    /// the interval trajectory. Returns the bound at each T (the value at T = 0 is 0).
    public static func errorBound(rho: Rational, residuals: [Interval]) throws(ExactError) -> [Interval] {
        guard let p = residuals.first?.precision else { return [] }
        let r = try Interval(rho, precision: p)
        var bound = try Interval(0, precision: p)
        var out = [bound]
        for res in residuals {
            bound = r * bound + res          // e(T+1) ≤ ρ‖e(T)‖ + ‖B_N(T)‖
            out.append(bound)
        }
        return out
    }
}
