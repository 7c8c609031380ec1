import Exact
import Simulate

/// Certified bounds on the quantum value of a two-party XOR (correlation) functional
/// `c₀₀ + Σ_{xy} C_xy ⟨A_x B_y⟩` (`bell.tsirelson-xor`). By Tsirelson's theorem the quantum value
/// is `c₀₀ + max Σ C_xy u_x·v_y` over unit vectors.
///
/// - Lower bound: explicit vectors (proposed by a float see-saw iteration, then made rational);
///   the value `Σ C_xy (u_x·v_y)/(|u_x||v_y|)` is enclosed with intervals — or the exact local
///   bound, when it is larger (a deterministic strategy is a one-dimensional vector strategy).
/// - Upper bound: a dual certificate — rational `a`, `b` with
///   `W = [[diag(a), −C/2], [−Cᵀ/2, diag(b)]] ⪰ 0`, decided exactly by LDLᵀ; then the value is at
///   most `c₀₀ + Σa + Σb` (for the Gram matrix G of the vectors, `tr(WG) ≥ 0`).
///
/// Reference: B. S. Tsirelson, Lett. Math. Phys. 4 (1980) 93; R. Cleve, P. Høyer, B. Toner,
/// J. Watrous, CCC 2004 (XOR games as SDPs); Ket.jl `tsirelson_bound` (anchor; no code used).
public struct TsirelsonBound: Sendable {
    public let lower: Interval
    public let upper: Rational
    public let a: [Rational]
    public let b: [Rational]
    public let constant: Rational
    public let correlations: [[Rational]]
    /// The rational vectors u_x (Alice) and v_y (Bob) of the lower bound: by Tsirelson's theorem
    /// any vectors give a quantum strategy of value `c₀₀ + Σ C_xy (u_x·v_y)/(|u_x||v_y|)` (a
    /// witness a re-checker evaluates with intervals). `lower` may instead be the exact local
    /// bound when that is larger.
    public let vectorsA: [[Rational]]
    public let vectorsB: [[Rational]]

    /// Computes both bounds for a bipartite correlator functional without marginal terms.
    public static func compute(_ f: CorrelatorFunctional, precision: Int = 128, iterations: Int = 3000) throws(BellError) -> TsirelsonBound {
        guard let m = f.matrix else { throw .invalid("the Tsirelson bound needs a bipartite correlator functional") }
        guard m[0].dropFirst().allSatisfy(\.isZero), m.dropFirst().allSatisfy({ $0[0].isZero }) else {
            throw .invalid("the Tsirelson bound needs an XOR functional: expected no marginal terms ⟨A_x⟩, ⟨B_y⟩")
        }
        let c = m.dropFirst().map { Array($0.dropFirst()) }
        let mA = c.count, mB = c[0].count, dim = mA + mB
        let cd = c.map { $0.map { $0.double() } }
        // Float see-saw: u_x ∝ Σ_y C_xy v_y, v_y ∝ Σ_x C_xy u_x (deterministic start).
        var rng = Xoshiro256StarStar(seed: 0x7517)
        var v = (0..<mB).map { _ in normalized((0..<dim).map { _ in Double.random(in: -1...1, using: &rng) }) }
        var u = Array(repeating: Array(repeating: 0.0, count: dim), count: mA)
        for _ in 0..<iterations {
            let old = u
            for x in 0..<mA { u[x] = normalized((0..<dim).map { k in (0..<mB).reduce(0.0) { $0 + cd[x][$1] * v[$1][k] } }, fallback: u[x]) }
            for y in 0..<mB { v[y] = normalized((0..<dim).map { k in (0..<mA).reduce(0.0) { $0 + cd[$1][y] * u[$1][k] } }, fallback: v[y]) }
            // Stop once the vectors no longer move (the value converges much earlier than the
            // vectors, and the dual certificate needs the vectors).
            var change = 0.0
            for x in 0..<mA { for k in 0..<dim { change = Swift.max(change, abs(u[x][k] - old[x][k])) } }
            if change < 1e-15 { break }
        }
        // Lower bound: the rational vectors' value, enclosed.
        let ur = u.map { $0.map { try! Rational(exactly: $0) } }, vr = v.map { $0.map { try! Rational(exactly: $0) } }
        var lower = try! Interval(f.constant, precision: precision)
        for x in 0..<mA {
            let nu = try! Interval(RationalVector(ur[x]).normSquared, precision: precision).squareRoot()
            for y in 0..<mB where !c[x][y].isZero {
                let nv = try! Interval(RationalVector(vr[y]).normSquared, precision: precision).squareRoot()
                let dot = try! RationalVector(ur[x]).dot(RationalVector(vr[y]))
                lower += try! (try! Interval(dot * c[x][y], precision: precision) / nu) / nv
            }
        }
        // A deterministic ±1 strategy is a vector strategy in dimension 1, so the exact local
        // bound is also a lower bound; it wins when the see-saw stalls on a degenerate optimum.
        if Swift.min(mA, mB) <= 16, let local = try? LocalBound.compute(.correlator(f)).value,
           lower.isLess(than: local) == .true {
            lower = try! Interval(local, precision: precision)
        }
        // Upper bound: a_x = ½ Σ_y C_xy u_x·v_y, b_y likewise, raised by ε until W ⪰ 0 exactly.
        let aF = (0..<mA).map { x in 0.5 * (0..<mB).reduce(0.0) { $0 + cd[x][$1] * dot(u[x], v[$1]) } }
        let bF = (0..<mB).map { y in 0.5 * (0..<mA).reduce(0.0) { $0 + cd[$1][y] * dot(u[$1], v[y]) } }
        var eps = 1e-12 * Swift.max(1, cd.flatMap { $0 }.map(abs).max() ?? 1)
        for _ in 0..<40 {
            let a = aF.map { rationalAbove($0 + eps) }, b = bF.map { rationalAbove($0 + eps) }
            if TsirelsonBound.isDualFeasible(c, a: a, b: b) {
                let upper = f.constant + a.reduce(Rational(), +) + b.reduce(Rational(), +)
                return TsirelsonBound(lower: lower, upper: upper, a: a, b: b, constant: f.constant, correlations: c,
                                      vectorsA: ur, vectorsB: vr)
            }
            eps *= 8
        }
        throw .invalid("no dual certificate was found: expected the see-saw to converge (try more iterations)")
    }

    /// The dual matrix `W = [[diag(a), −C/2], [−Cᵀ/2, diag(b)]]`.
    public static func dualMatrix(_ c: [[Rational]], a: [Rational], b: [Rational]) -> RationalMatrix {
        let mA = a.count, mB = b.count, n = mA + mB
        var w = try! RationalMatrix(rows: n, columns: n)
        let h = try! Rational(-1, 2)
        for x in 0..<mA { w[x, x] = a[x] }
        for y in 0..<mB { w[mA + y, mA + y] = b[y] }
        for x in 0..<mA { for y in 0..<mB { w[x, mA + y] = h * c[x][y]; w[mA + y, x] = h * c[x][y] } }
        return w
    }

    /// Decides exactly (LDLᵀ inertia) whether `W(a, b) ⪰ 0`.
    public static func isDualFeasible(_ c: [[Rational]], a: [Rational], b: [Rational]) -> Bool {
        guard c.count == a.count, c.allSatisfy({ $0.count == b.count }) else { return false }
        return (try? dualMatrix(c, a: a, b: b).symmetricFactorization().isPositiveSemidefinite) ?? false
    }

    /// Re-checks the certificate from its own data: W ⪰ 0 and upper = c₀₀ + Σa + Σb.
    public func verify() -> Bool {
        TsirelsonBound.isDualFeasible(correlations, a: a, b: b)
            && upper == constant + a.reduce(Rational(), +) + b.reduce(Rational(), +)
    }

    static func dot(_ p: [Double], _ q: [Double]) -> Double { zip(p, q).reduce(0) { $0 + $1.0 * $1.1 } }
    static func normalized(_ p: [Double], fallback: [Double]? = nil) -> [Double] {
        let n = dot(p, p).squareRoot()
        guard n > 1e-300 else { return fallback ?? p }
        return p.map { $0 / n }
    }
    /// A rational with few digits that is ≥ x (x rounded up to a multiple of 2^−40).
    static func rationalAbove(_ x: Double) -> Rational {
        let scaled = (x * 1_099_511_627_776).rounded(.up)
        return try! Rational(exactly: scaled).timesPowerOfTwo(-40)
    }
}
