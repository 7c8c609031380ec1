import Exact

/// The certified numbers every Carleman bound is made of, for one system and initial state,
/// in one norm. Each is an enclosure that contains the exact value; exact rationals where the
/// value is rational.
///
/// - `initialNorm` ∋ ‖u_in‖, `forcingNorm` ∋ ‖F0‖, `linearNorm` ∋ ‖F1‖, `quadraticNorm` ∋ ‖F2‖;
/// - `logNorm`: `logNormLower ≤ μ(F1) ≤ logNormUpper` (rationals), and `logNormIsNegative`
///   decided exactly (2-norm: inertia of −(F1 + F1ᵀ)/2 by exact LDLᵀ; ∞-norm: μ_∞ is rational);
/// - `spectralAbscissa`: `lower ≤ Re λ1 < upper` or `≤ upper` (exact, see `SpectralAbscissaBound`), nil if too large;
/// - `isNormal`: F1 F1ᵀ = F1ᵀ F1 exactly (then μ₂(F1) = Re λ1).
/// Reference for μ: Dahlquist (1958); Söderlind, BIT 46 (2006) 631–652.
public struct CarlemanQuantities: Sendable {
    public let norm: CarlemanNorm
    public let precision: Int
    public let initialNorm: Interval
    public let forcingNorm: Interval
    public let linearNorm: Interval
    public let quadraticNorm: Interval
    public let logNormLower: Rational
    public let logNormUpper: Rational
    public let logNormIsNegative: Bool
    /// 2-norm: the exact LDLᵀ of −(F1 + F1ᵀ)/2 that decides `logNormIsNegative`.
    public let logNormCertificate: SymmetricFactorization?
    /// 2-norm: the eigenvalue bound on (F1 + F1ᵀ)/2 behind [logNormLower, logNormUpper].
    public let logNormBound: EigenvalueBound?
    public let spectralAbscissaLower: Rational?
    public let spectralAbscissaUpper: Rational?
    public let isNormal: Bool
    /// How ‖F2‖ was enclosed ("gram-ldlt", "frobenius" for large n, "exact" in the ∞-norm).
    public let quadraticNormMethod: String

    public init(system: PolynomialSystem, initial u: RationalVector, norm: CarlemanNorm = .two, precision: Int = 128) throws(ExactError) {
        guard system.degree <= 2 else {
            throw .domain("the bounds are for quadratic systems: reduce a degree-\(system.degree) system first (QuadraticReduction)")
        }
        let n = system.dimension
        guard u.count == n else { throw .dimensionMismatch("initial state of length \(u.count): expected \(n)") }
        self.norm = norm
        self.precision = precision
        let f0 = system.coefficient(0), f1s = system.coefficient(1), f2 = system.coefficient(2)
        let f1 = try f1s.dense()
        // F1 F1ᵀ = F1ᵀ F1, exactly.
        isNormal = try f1 * f1.transposed == (try f1.transposed * f1)
        switch norm {
        case .infinity:
            initialNorm = try Interval(u.entries.map(\.magnitude).max() ?? Rational(), precision: precision)
            forcingNorm = try Interval(CarlemanQuantities.maxAbsRowSum(f0), precision: precision)
            linearNorm = try Interval(CarlemanQuantities.maxAbsRowSum(f1s), precision: precision)
            quadraticNorm = try Interval(CarlemanQuantities.maxAbsRowSum(f2), precision: precision)
            quadraticNormMethod = "exact"
            var mu: Rational? = nil
            for i in 0..<n {
                var r = f1[i, i]
                for j in 0..<n where j != i { r += f1[i, j].magnitude }
                if mu == nil || r > mu! { mu = r }
            }
            logNormLower = mu!; logNormUpper = mu!
            logNormIsNegative = mu!.signum < 0
            logNormCertificate = nil
            logNormBound = nil
        case .two:
            initialNorm = try Interval(u.normSquared, precision: precision).squareRoot()
            var s0 = Rational()
            for v in f0.values { s0 += v * v }
            forcingNorm = try Interval(s0, precision: precision).squareRoot()
            linearNorm = try f1.spectralNormBound(precision: precision).norm
            (quadraticNorm, quadraticNormMethod) = try CarlemanQuantities.spectralNorm(f2, precision: precision)
            let b = try f1.logNormBound()
            logNormBound = b
            logNormLower = b.lower; logNormUpper = b.upper
            let negSym = -1 * (try f1.symmetricPart)
            let ldl = try negSym.symmetricFactorization()
            logNormCertificate = ldl
            logNormIsNegative = ldl.isPositiveDefinite
        }
        // Re λ1: normal F1 → μ₂(F1) (eigenvalues of a normal matrix: Re λ are the eigenvalues of its symmetric part);
        // otherwise Routh–Hurwitz bisection for moderate n.
        if isNormal, norm == .two {
            spectralAbscissaLower = logNormLower; spectralAbscissaUpper = logNormUpper
        } else if isNormal, let b = try? f1.logNormBound() {
            spectralAbscissaLower = b.lower; spectralAbscissaUpper = b.upper
        } else if n <= 40, let sa = try? SpectralAbscissaBound(of: f1) {
            spectralAbscissaLower = sa.lower; spectralAbscissaUpper = sa.upper
        } else {
            spectralAbscissaLower = nil; spectralAbscissaUpper = nil
        }
    }

    static func maxAbsRowSum(_ m: SparseRationalMatrix) -> Rational {
        var best = Rational()
        for i in 0..<m.rows {
            var s = Rational()
            for k in m.rowStart[i]..<m.rowStart[i + 1] { s += m.values[k].magnitude }
            if s > best { best = s }
        }
        return best
    }

    /// An enclosure of ‖M‖₂ for a sparse n × m matrix: the exact Gram-matrix route when M Mᵀ is
    /// small enough, else [largest row norm, Frobenius norm] (both valid: ‖M‖₂ ≥ ‖row‖ and ≤ ‖M‖_F).
    static func spectralNorm(_ m: SparseRationalMatrix, precision: Int) throws(ExactError) -> (Interval, String) {
        if m.nonzeroCount == 0 { return (try Interval(Rational(), precision: precision), "zero") }
        if m.rows <= 40 {
            // M Mᵀ (rows × rows), from the sparse rows.
            var gram = try RationalMatrix(rows: m.rows, columns: m.rows)
            for i in 0..<m.rows {
                for j in i..<m.rows {
                    var s = Rational()
                    var a = m.rowStart[i], b = m.rowStart[j]
                    while a < m.rowStart[i + 1], b < m.rowStart[j + 1] {
                        if m.columnIndex[a] == m.columnIndex[b] { s += m.values[a] * m.values[b]; a += 1; b += 1 }
                        else if m.columnIndex[a] < m.columnIndex[b] { a += 1 } else { b += 1 }
                    }
                    gram[i, j] = s; gram[j, i] = s
                }
            }
            let e = try EigenvalueBound(largestEigenvalueOf: gram)
            let lo = try Interval(Rational.max(e.lower, Rational()), precision: precision).squareRoot()
            let hi = try Interval(e.upper, precision: precision).squareRoot()
            return (try Interval(lower: lo.lower, upper: hi.upper, precision: precision), "gram-" + e.method)
        }
        var frob = Rational(), bestRow = Rational()
        for i in 0..<m.rows {
            var r = Rational()
            for k in m.rowStart[i]..<m.rowStart[i + 1] { r += m.values[k] * m.values[k] }
            frob += r
            if r > bestRow { bestRow = r }
        }
        let lo = try Interval(bestRow, precision: precision).squareRoot()
        let hi = try Interval(frob, precision: precision).squareRoot()
        return (try Interval(lower: lo.lower, upper: hi.upper, precision: precision), "frobenius")
    }
}
