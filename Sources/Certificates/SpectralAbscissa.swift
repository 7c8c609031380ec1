import Exact

/// The spectral abscissa α(F) = max Re λ over the eigenvalues of F, where it has a closed form:
/// a triangular F (the maximum diagonal entry, exact) or a 2×2 F = [[a, b], [c, d]] (eigenvalues
/// t/2 ± √Δ/2 with t = a + d, Δ = (a − d)² + 4bc: α = t/2 + √Δ/2 if Δ ≥ 0, else t/2).
/// Reported for context only (it shows why a negative α is not the hypothesis a bound needs).
public enum SpectralAbscissa {
    /// The exact value, or an enclosure at `precision` bits that contains α(F); nil when F is
    /// neither triangular nor 2×2 (or not square).
    public static func enclosure(of f: RationalMatrix, precision: Int) throws -> ExpressionValue? {
        guard f.isSquare, f.rows >= 1 else { return nil }
        let n = f.rows
        var upper = true, lower = true
        for i in 0..<n { for j in 0..<n where !f[i, j].isZero { if i > j { upper = false }; if i < j { lower = false } } }
        if upper || lower { return .exact((0..<n).map { f[$0, $0] }.max()!) }
        guard n == 2 else { return nil }
        let a = f[0, 0], b = f[0, 1], c = f[1, 0], d = f[1, 1]
        let half = try! Rational(1, 2)
        let t = a + d, disc = (a - d) * (a - d) + 4 * b * c
        if disc.signum < 0 { return .exact(half * t) }
        let root = try Interval(disc, precision: precision).squareRoot()
        return .enclosure(try Interval(half * t, precision: precision) + root * half)
    }
}
