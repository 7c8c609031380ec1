import Exact

/// A dense two-phase simplex method in exact rationals with Bland's rule (which cannot cycle):
/// maximise `cᵀp` subject to `A p = b`, `p ≥ 0`. Small problems only (the no-signalling
/// polytopes of small scenarios). Redundant equality rows are detected in phase 1 and dropped.
///
/// Reference: V. Chvátal, *Linear Programming* (1983), ch. 2–3 (two-phase method, Bland's rule).
struct ExactSimplex {
    enum Outcome { case optimal(value: Rational, point: [Rational]), infeasible, unbounded }

    static func maximize(c: [Rational], a: [[Rational]], b: [Rational]) -> Outcome {
        let m = a.count, n = c.count
        // Rows with b < 0 are negated so that the artificial basis is feasible.
        var rows = a, rhs = b
        for i in 0..<m where rhs[i].signum < 0 { rows[i] = rows[i].map { -$0 }; rhs[i] = -rhs[i] }
        // Tableau columns: n originals, m artificials.
        let width = n + m
        var t = (0..<m).map { i in rows[i] + (0..<m).map { $0 == i ? Rational(1) : Rational() } }
        var basis = (0..<m).map { n + $0 }
        var value = rhs

        func pivot(_ r: Int, _ col: Int) {
            let p = t[r][col]
            let inv = try! Rational(1) / p
            for j in 0..<width where !t[r][j].isZero { t[r][j] = t[r][j] * inv }
            value[r] = value[r] * inv
            for i in 0..<t.count where i != r && !t[i][col].isZero {
                let f = t[i][col]
                for j in 0..<width where !t[r][j].isZero { t[i][j] = t[i][j] - f * t[r][j] }
                value[i] = value[i] - f * value[r]
            }
            basis[r] = col
        }

        /// Runs the simplex on objective `obj` (over all columns) with `allowed` columns.
        func run(_ obj: [Rational], allowed: (Int) -> Bool) -> Bool {   // false = unbounded
            while true {
                // reduced cost d_j = obj_j − Σ_i obj_{basis_i} t[i][j]; entering: smallest j with d_j > 0
                var entering: Int? = nil
                for j in 0..<width where allowed(j) && !basis.contains(j) {
                    var d = obj[j]
                    for i in 0..<t.count where !t[i][j].isZero { d = d - obj[basis[i]] * t[i][j] }
                    if d.signum > 0 { entering = j; break }
                }
                guard let e = entering else { return true }
                var leave: Int? = nil
                var best: Rational? = nil
                for i in 0..<t.count where t[i][e].signum > 0 {
                    let ratio = try! value[i] / t[i][e]
                    if best == nil || ratio < best! || (ratio == best! && basis[i] < basis[leave!]) { best = ratio; leave = i }
                }
                guard let l = leave else { return false }
                pivot(l, e)
            }
        }

        // Phase 1: maximise −Σ artificials.
        let phase1 = (0..<width).map { $0 >= n ? Rational(-1) : Rational() }
        _ = run(phase1, allowed: { _ in true })
        for i in 0..<t.count where basis[i] >= n && !value[i].isZero { return .infeasible }
        // Drive artificials out of the basis, dropping redundant rows.
        var i = 0
        while i < t.count {
            if basis[i] >= n {
                if let j = (0..<n).first(where: { !t[i][$0].isZero }) { pivot(i, j); i += 1 } else {
                    t.remove(at: i); value.remove(at: i); basis.remove(at: i)
                }
            } else { i += 1 }
        }
        // Phase 2.
        let phase2 = c + Array(repeating: Rational(), count: m)
        guard run(phase2, allowed: { $0 < n }) else { return .unbounded }
        var point = Array(repeating: Rational(), count: n)
        for (r, col) in basis.enumerated() where col < n { point[col] = value[r] }
        let opt = zip(c, point).reduce(Rational()) { $0 + $1.0 * $1.1 }
        return .optimal(value: opt, point: point)
    }
}
