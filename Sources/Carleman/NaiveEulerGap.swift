import Exact

/// `discrete.naive-euler-gap`: what is lost by using the continuous Carleman matrix with an
/// Euler step, `ŷ(t+1) = ŷ(t) + η(A ŷ(t) + b)`, in place of the exact discrete lifting, for the
/// map `u(t+1) = u(t) + η f(u(t))`. Everything is a polynomial in η with rational coefficients,
/// computed exactly: `gap(T) = u(T) − ŷ_1(T)`.
///
/// After one step block 1 is exact (when N ≥ q) but block j ≥ 2 misses the η² terms of
/// `(u + ηf)^{⊗j}`; they reach block 1 at the second step multiplied by η, so the gap after two
/// steps starts at η³ in general (Liu et al., Nat. Commun. 15, 434 (2024), who motivate the
/// η-dependent corrections by exactly this effect).
public enum NaiveEulerGap {
    /// The gap per component, as polynomials in η (index i = coefficient of η^i).
    public static func gap(field: PolynomialSystem, initial u0: RationalVector, order N: Int, steps: Int = 2) throws(ExactError) -> [RationalPolynomial] {
        guard steps >= 1, steps <= 6 else { throw .sizeOutOfRange(what: "steps", value: "\(steps)", allowed: "1…6") }
        let eta = RationalPolynomial.x
        // True map, with η symbolic.
        var u = u0.entries.map { RationalPolynomial([$0]) }
        for _ in 0..<steps {
            let f = try evaluate(field, u)
            u = zip(u, f).map { $0 + eta * $1 }
        }
        // Euler on the continuous Carleman system.
        let a = try CarlemanMatrix(system: field, order: N)
        var y = try a.lift(u0).entries.map { RationalPolynomial([$0]) }
        let b = a.forcingVector.entries
        for _ in 0..<steps {
            var next = y
            for i in 0..<y.count {
                var s = RationalPolynomial([b[i]])
                for k in a.matrix.rowStart[i]..<a.matrix.rowStart[i + 1] { s = s + a.matrix.values[k] * y[a.matrix.columnIndex[k]] }
                next[i] = y[i] + eta * s
            }
            y = next
        }
        return (0..<field.dimension).map { u[$0] - y[$0] }
    }

    /// The lowest power of η with a nonzero coefficient in any component (nil if the gap is 0).
    public static func lowestOrder(_ gap: [RationalPolynomial]) -> Int? {
        gap.compactMap { p in p.coefficients.firstIndex { !$0.isZero } }.min()
    }

    /// Σ F_ℓ u^{⊗ℓ} at a vector of polynomials.
    static func evaluate(_ field: PolynomialSystem, _ u: [RationalPolynomial]) throws(ExactError) -> [RationalPolynomial] {
        let n = field.dimension
        var out = Array(repeating: RationalPolynomial([]), count: n)
        for (l, f) in field.coefficients.enumerated() {
            for i in 0..<n {
                for k in f.rowStart[i]..<f.rowStart[i + 1] {
                    var t = RationalPolynomial([f.values[k]])
                    var c = f.columnIndex[k]
                    for _ in 0..<l { t = t * u[c % n]; c /= n }
                    guard t.degree <= RationalPolynomial.maximumDegree else {
                        throw .sizeOutOfRange(what: "degree in η", value: "\(t.degree)", allowed: "at most \(RationalPolynomial.maximumDegree)")
                    }
                    out[i] = out[i] + t
                }
            }
        }
        return out
    }
}
