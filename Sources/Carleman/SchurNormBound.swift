import Exact

/// An enclosure of ‖X‖₂ for a large sparse rational X (too large for the Gram/LDLᵀ route), much
/// tighter than Hölder's `√(‖X‖₁‖X‖_∞)` when X is far from "flat". Floats only choose the test
/// vectors; both ends are then computed exactly from them, so the enclosure holds whatever the
/// floats did (`discrete.error-recurrence`, proofs/discrete.error-recurrence.md, "Norm enclosure").
///
/// - Lower end: the Rayleigh quotient `‖Xv‖² / ‖v‖² ≤ ‖X‖₂²` for any v ≠ 0, with v the exact
///   value of a power-iteration vector of XᵀX (doubles are dyadic rationals).
/// - Upper end: the Schur test. With K = |X| (entrywise) and positive vectors p, q such that
///   `Kq ≤ αp` and `Kᵀp ≤ βq` componentwise, `‖X‖₂ ≤ ‖K‖₂ ≤ √(αβ)`; α and β are the exact maxima
///   of the ratios for p ≈ Kq and q ≈ a power-iteration vector of KᵀK (the doubles' exact values,
///   raised to at least 2⁻⁶⁰ so that they are positive). With p = q = 1 the test gives
///   Hölder's bound; the caller keeps the smaller of the two.
enum SchurNormBound {
    /// Exact squares of the ends: lowerSquared ≤ ‖X‖₂² ≤ upperSquared. Nil for an empty X.
    static func squaredEnclosure(_ x: SparseRationalMatrix, iterations: Int = 100) throws(ExactError) -> (lowerSquared: Rational, upperSquared: Rational)? {
        let rows = x.rows, columns = x.columns, nnz = x.nonzeroCount
        guard nnz > 0 else { return nil }
        let values = x.values.map { $0.double() }
        let magnitudes = x.values.map(\.magnitude)
        // y = X v (transpose: y = Xᵀ v) in Double, with entrywise absolute values when `absolute`.
        func apply(_ v: [Double], transpose: Bool, absolute: Bool) -> [Double] {
            var y = [Double](repeating: 0, count: transpose ? columns : rows)
            for i in 0..<rows {
                for k in x.rowStart[i]..<x.rowStart[i + 1] {
                    let a = absolute ? abs(values[k]) : values[k], c = x.columnIndex[k]
                    if transpose { y[c] += a * v[i] } else { y[i] += a * v[c] }
                }
            }
            return y
        }
        func normalized(_ v: [Double]) -> [Double] {
            let m = v.map(abs).max() ?? 0
            return m > 0 && m.isFinite ? v.map { $0 / m } : [Double](repeating: 1, count: v.count)
        }
        // The exact value of a vector scaled to max |entry| = 1 (doubles are dyadic); with
        // `positive`, entries below 2⁻⁶⁰ are raised to 2⁻⁶⁰ (positivity for the Schur test).
        func exact(_ v: [Double], positive: Bool) throws(ExactError) -> [Rational] {
            let tiny = 0x1p-60
            return try normalized(v).map { (e: Double) throws(ExactError) -> Rational in try Rational(exactly: positive ? Swift.max(e, tiny) : e) }
        }
        // Lower end: power iteration on XᵀX, then the exact Rayleigh quotient.
        var v = [Double](repeating: 1, count: columns)
        for _ in 0..<iterations { v = normalized(apply(apply(v, transpose: false, absolute: false), transpose: true, absolute: false)) }
        let vq = try exact(v, positive: false)
        var lowerSquared = Rational()
        let vv = vq.reduce(Rational()) { $0 + $1 * $1 }
        if vv.signum > 0 {
            var w = [Rational](repeating: Rational(), count: rows)
            for i in 0..<rows { for k in x.rowStart[i]..<x.rowStart[i + 1] { w[i] += x.values[k] * vq[x.columnIndex[k]] } }
            lowerSquared = try w.reduce(Rational()) { $0 + $1 * $1 } / vv
        }
        // Upper end: q from power iteration on KᵀK, p ≈ Kq, both positive dyadics.
        var q = [Double](repeating: 1, count: columns)
        for _ in 0..<iterations { q = normalized(apply(apply(q, transpose: false, absolute: true), transpose: true, absolute: true)) }
        let qq = try exact(q, positive: true)
        let pq = try exact(apply(q, transpose: false, absolute: true), positive: true)
        var kq = [Rational](repeating: Rational(), count: rows), ktp = [Rational](repeating: Rational(), count: columns)
        for i in 0..<rows {
            for k in x.rowStart[i]..<x.rowStart[i + 1] {
                let c = x.columnIndex[k]
                kq[i] += magnitudes[k] * qq[c]
                ktp[c] += magnitudes[k] * pq[i]
            }
        }
        var alpha = Rational(), beta = Rational()
        for i in 0..<rows { let r = try kq[i] / pq[i]; if r > alpha { alpha = r } }
        for j in 0..<columns { let r = try ktp[j] / qq[j]; if r > beta { beta = r } }
        return (lowerSquared, alpha * beta)
    }
}
