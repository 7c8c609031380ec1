/// Rigorous bounds on the largest eigenvalue of a symmetric rational matrix S:
/// `lower ≤ λ_max(S) ≤ upper`, both exact rationals, each with its witness.
///
/// - `lower` is the Rayleigh quotient vᵀSv / vᵀv of the rational vector `rayleighVector`
///   (Courant–Fischer: every Rayleigh quotient is ≤ λ_max).
/// - `upper` is certified by `upperCertificate`, an exact LDLᵀ of `upper·I − S` with no
///   negative pivot (so upper·I − S ⪰ 0), or, when `method` is "gershgorin", by Gershgorin's
///   circle theorem: λ_max ≤ maxᵢ (Sᵢᵢ + Σ_{j≠i} |Sᵢⱼ|).
///
/// The candidates come from a float Jacobi eigen-decomposition; floats only propose, the exact
/// checks decide.
public struct EigenvalueBound: Sendable, Hashable, Codable {
    public let lower: Rational
    public let upper: Rational
    public let rayleighVector: RationalVector
    public let method: String
    public let upperCertificate: SymmetricFactorization?

    /// Re-checks both sides against S; nil when both hold.
    public func verify(against s: RationalMatrix) -> String? {
        guard s.isSquare, s.isSymmetric else { return "not symmetric" }
        let n = s.rows
        if n == 0 { return nil }
        guard rayleighVector.count == n, !rayleighVector.isZero,
              let sv = try? s * rayleighVector, let num = try? rayleighVector.dot(sv),
              let q = try? num / rayleighVector.normSquared, q == lower else {
            return "the lower bound is not the Rayleigh quotient of the given vector"
        }
        if method == "gershgorin" {
            return EigenvalueBound.gershgorin(s) <= upper ? nil : "the Gershgorin bound exceeds the claimed upper bound"
        }
        guard let cert = upperCertificate else { return "no certificate for the upper bound" }
        guard let shifted = try? (upper * (try! RationalMatrix.identity(n))) - s else { return "shape error" }
        if let why = cert.verify(against: shifted) { return "upper·I − S: \(why)" }
        return cert.isPositiveSemidefinite ? nil : "upper·I − S has a negative eigenvalue"
    }

    /// maxᵢ (Sᵢᵢ + Σ_{j≠i} |Sᵢⱼ|), an upper bound of every real eigenvalue (Gershgorin).
    public static func gershgorin(_ s: RationalMatrix) -> Rational {
        var best: Rational? = nil
        for i in 0..<s.rows {
            var r = s[i, i]
            for j in 0..<s.columns where j != i { r += s[i, j].magnitude }
            if best == nil || r > best! { best = r }
        }
        return best ?? Rational()
    }

    /// Bounds λ_max(S) for a symmetric S (throws otherwise). `relativeSlack` is the first
    /// relative gap tried above the float estimate; it grows ×256 until the exact check passes
    /// (at most six tries), and Gershgorin's bound is the fallback.
    public init(largestEigenvalueOf s: RationalMatrix, relativeSlack: Double = 0x1p-30) throws(ExactError) {
        guard s.isSquare, s.isSymmetric else { throw .domain("λ_max bound needs a symmetric matrix") }
        let n = s.rows
        guard n > 0 else {
            self.init(lower: Rational(), upper: Rational(), rayleighVector: RationalVector([]), method: "empty", upperCertificate: nil)
            return
        }
        let (values, vectors) = FloatEigen.symmetric(s.approximateDoubles, n: n)
        let top = values.indices.max { values[$0] < values[$1] }!
        // Rayleigh vector: the float eigenvector, read as exact rationals (scaled to avoid tiny entries).
        var v = RationalVector((0..<n).map { i in (try? Rational(exactly: (vectors[i * n + top] * 0x1p20).rounded())) ?? Rational() })
        if v.isZero { v = RationalVector.basis(0, count: n) }
        let sv = try s * v
        let lower = try (try v.dot(sv)) / v.normSquared
        let gersh = EigenvalueBound.gershgorin(s)
        let scale = Swift.max(s.approximateDoubles.map(abs).max() ?? 0, 1e-300)
        var slack = Swift.max(abs(values[top]), scale) * relativeSlack
        for _ in 0..<6 {
            let candidate = values[top] + slack
            if let c = try? Rational(exactly: candidate), c < gersh {
                let shifted = try (c * (try RationalMatrix.identity(n))) - s
                let f = try shifted.symmetricFactorization()
                if f.isPositiveSemidefinite {
                    self.init(lower: lower, upper: c, rayleighVector: v, method: "ldlt", upperCertificate: f)
                    return
                }
            }
            slack *= 256
        }
        self.init(lower: lower, upper: gersh, rayleighVector: v, method: "gershgorin", upperCertificate: nil)
    }

    init(lower: Rational, upper: Rational, rayleighVector: RationalVector, method: String, upperCertificate: SymmetricFactorization?) {
        self.lower = lower; self.upper = upper; self.rayleighVector = rayleighVector
        self.method = method; self.upperCertificate = upperCertificate
    }
}

extension RationalMatrix {
    /// (M + Mᵀ)/2 for a square M.
    public var symmetricPart: RationalMatrix {
        get throws(ExactError) {
            guard isSquare else { throw .dimensionMismatch("symmetric part of a \(rows)×\(columns) matrix") }
            return (try! Rational(1, 2)) * (try self + transposed)
        }
    }

    /// Exactly whether λ_max(S) < c for symmetric S, i.e. whether c·I − S ≻ 0.
    public func largestEigenvalue(isBelow c: Rational) throws(ExactError) -> Bool {
        guard isSquare, isSymmetric else { throw .domain("λ_max test needs a symmetric matrix") }
        let shifted = try (c * (try RationalMatrix.identity(rows))) - self
        return try shifted.symmetricFactorization().isPositiveDefinite
    }

    /// Bounds on the logarithmic 2-norm μ₂(M) = λ_max((M + Mᵀ)/2) of a square M
    /// (Dahlquist 1958; Söderlind, BIT 46 (2006) 631–652). `lower ≤ μ₂(M) ≤ upper`.
    public func logNormBound() throws(ExactError) -> EigenvalueBound {
        try EigenvalueBound(largestEigenvalueOf: try symmetricPart)
    }

    /// Exactly whether μ₂(M) < 0, i.e. (M + Mᵀ)/2 ≺ 0: no rounding, no float estimate.
    public var hasNegativeLogNorm: Bool {
        get throws(ExactError) { try (-1 * (try symmetricPart)).symmetricFactorization().isPositiveDefinite }
    }

    /// An enclosure of the spectral norm ‖M‖₂ = √λ_max(MᵀM) at `precision` bits, together with
    /// the eigenvalue bound on the Gram matrix (MᵀM or MMᵀ, whichever is smaller) behind it.
    /// The result contains the exact spectral norm.
    public func spectralNormBound(precision: Int = 128) throws(ExactError) -> (norm: Interval, gram: EigenvalueBound) {
        let gram = rows < columns ? try self * transposed : try transposed * self
        let b = try EigenvalueBound(largestEigenvalueOf: gram)
        let lo = try Interval(Rational.max(b.lower, Rational()), precision: precision).squareRoot()
        let hi = try Interval(b.upper, precision: precision).squareRoot()
        return (try Interval(lower: lo.lower, upper: hi.upper, precision: precision), b)
    }
}
