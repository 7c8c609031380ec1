/// A rational enclosure of the spectral abscissa `α(F) = max Re λ` over the eigenvalues of a
/// real square matrix F, decided exactly: `lower ≤ α(F) < upper`.
///
/// Method. The characteristic polynomial χ(z) = det(zI − F) is computed over ℚ
/// (Faddeev–LeVerrier). `α(F) < c` holds iff every root of `χ(z + c)` lies in the open left
/// half-plane, i.e. iff `χ(z + c)` is Hurwitz stable, which the Routh array decides exactly:
/// with a positive leading coefficient, stability holds iff every first-column entry of the
/// array is positive (Routh 1877; Gantmacher, *The Theory of Matrices* II, ch. XV §6 — the
/// entries are ratios Δ_k/Δ_{k−1} of Hurwitz determinants, so a zero or a negative entry
/// means some Δ_k ≤ 0 and the polynomial is not stable). Bisection between Gershgorin's bounds
/// keeps `α < upper` (a stable shift) and `α ≥ lower` (an unstable shift) at every step.
/// No float is involved.
public struct SpectralAbscissaBound: Sendable, Hashable, Codable {
    /// `lower ≤ α(F)`: `χ(z + lower)` is not Hurwitz stable (or `lower` is a proven eigenvalue real part).
    public let lower: Rational
    /// `α(F) < upper`: `χ(z + upper)` is Hurwitz stable.
    public let upper: Rational
    /// χ(z) = det(zI − F), coefficients of z⁰, z¹, …
    public let characteristicPolynomial: RationalPolynomial

    /// Encloses α(F) to a width of at most `width` (or after `maximumSteps` bisections).
    public init(of f: RationalMatrix, width: Rational = try! Rational(1, 1 << 40), maximumSteps: Int = 200) throws(ExactError) {
        guard f.isSquare, f.rows >= 1 else { throw .dimensionMismatch("spectral abscissa needs a nonempty square matrix") }
        guard f.rows <= 200 else { throw .sizeOutOfRange(what: "matrix order for the characteristic polynomial", value: "\(f.rows)", allowed: "at most 200") }
        let chi = try f.characteristicPolynomial()
        // Every eigenvalue satisfies |λ| ≤ max row sum of |F| (Gershgorin), so −g ≤ α ≤ g.
        var g = Rational()
        for i in 0..<f.rows {
            var s = Rational()
            for j in 0..<f.columns { s += f[i, j].magnitude }
            if s > g { g = s }
        }
        var lo = -g - 1, hi = g + 1
        // −g − 1 < −g ≤ α, so χ(z + lo) is unstable; hi = g + 1 > α, so χ(z + hi) is stable.
        var steps = 0
        while hi - lo > width, steps < maximumSteps {
            let mid = (lo + hi).timesPowerOfTwo(-1)
            if SpectralAbscissaBound.isHurwitzStable(chi.shifted(by: mid)) { hi = mid } else { lo = mid }
            steps += 1
        }
        self.lower = lo
        self.upper = hi
        self.characteristicPolynomial = chi
    }

    /// Whether every root of `p` has a negative real part (Routh's criterion, exact).
    /// A constant nonzero polynomial has no roots: stable. The zero polynomial is not.
    public static func isHurwitzStable(_ p: RationalPolynomial) -> Bool {
        guard !p.isZero else { return false }
        let d = p.degree
        if d == 0 { return true }
        let sign: Rational = p.leadingCoefficient.signum > 0 ? 1 : -1
        let a = (0...d).map { sign * p[d - $0] }       // a[0] = |leading coefficient| > 0
        // Rows 0 and 1 of the Routh array; each further row is
        // next[k] = prev[k+1] − (prev[0]/cur[0])·cur[k+1]. Stable iff all d + 1 first entries are > 0.
        var previous = stride(from: 0, through: d, by: 2).map { a[$0] }
        var current = stride(from: 1, through: d, by: 2).map { a[$0] }
        var positiveRows = 1
        while true {
            guard let head = current.first, head.signum > 0 else { return false }
            positiveRows += 1
            if positiveRows == d + 1 { return true }
            let ratio = try! previous[0] / head          // head > 0
            var next: [Rational] = []
            for k in 0..<(previous.count - 1) {
                next.append(previous[k + 1] - ratio * (k + 1 < current.count ? current[k + 1] : Rational()))
            }
            previous = current
            current = next
        }
    }
}

extension RationalPolynomial {
    /// `p(z + c)`, exactly (Taylor shift by repeated synthetic division, O(d²)).
    public func shifted(by c: Rational) -> RationalPolynomial {
        var a = coefficients
        let d = a.count - 1
        if d < 1 { return self }
        for i in 0..<d {
            for k in stride(from: d - 1, through: i, by: -1) { a[k] += c * a[k + 1] }
        }
        return RationalPolynomial(a)
    }
}

extension RationalMatrix {
    /// χ(z) = det(zI − F) over ℚ by the Faddeev–LeVerrier recursion
    /// (M₀ = 0, c_n = 1; M_k = F M_{k−1} + c_{n−k+1} I, c_{n−k} = −tr(F M_k)/k): O(n⁴) exact operations.
    public func characteristicPolynomial() throws(ExactError) -> RationalPolynomial {
        guard isSquare else { throw .dimensionMismatch("characteristic polynomial of a \(rows)×\(columns) matrix") }
        let n = rows
        var c = Array(repeating: Rational(), count: n + 1)
        c[n] = 1
        var m = try RationalMatrix(rows: n, columns: n)
        for k in 1...Swift.max(n, 1) where n >= 1 {
            var next = try self * m
            for i in 0..<n { next[i, i] += c[n - k + 1] }
            m = next
            let fm = try self * m
            var trace = Rational()
            for i in 0..<n { trace += fm[i, i] }
            c[n - k] = -(try trace / Rational(k))
        }
        return RationalPolynomial(c)
    }
}
