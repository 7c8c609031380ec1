import Carleman
import Exact
import Foundation
import PropertyBased
import QBoundsTestSupport
import Testing

/// `discrete.linear-system` norm and condition bounds, the residual enclosure of
/// `discrete.error-recurrence` by two routes, and `discrete.dissipation` on random quadratic losses.
@Suite struct DiscreteBoundsTests {
    static func q(_ s: String) -> Rational { try! Rational(parsing: s) }

    /// The exact inverse of a square matrix, column by column.
    static func inverse(_ m: RationalMatrix) throws -> RationalMatrix {
        let n = m.rows
        var columns: [[Rational]] = []
        for c in 0..<n {
            var e = Array(repeating: Rational(), count: n); e[c] = Rational(1)
            columns.append(try m.solve(RationalVector(e)).entries)
        }
        return try RationalMatrix((0..<n).map { r in (0..<n).map { columns[$0][r] } })
    }

    @Test("discrete.linear-system: ‖L‖₂ ≤ 1 + ρ, ‖L⁻¹‖₂ ≤ Σρ^k and κ₂(L) ≤ their product against exact enclosures of the Eq. 6 matrix")
    func linearSystemNormBounds() {
        seededCheck("discrete.linear-system bounds", count: 8, zip(CarlemanGens.system(maxDegree: 2), Gen.int(in: 1...2), Gen.int(in: 1...3), Gen.int(in: 1...9))) { input in
            let ((field, u), N, T, e) = input
            let eta = try Rational(e, 10)
            let system = try DiscreteCarlemanSystem(lifting: try DiscreteLifting(field: field, order: N), eta: eta)
            guard (T + 1) * system.layout.dimension <= 40 else { return true }
            let L = try DiscreteLinearSystem(system: system, initial: u, steps: T).matrix
            let (rho, _) = try DiscreteBounds.spectralNorm(system.step)
            let bounds = try LinearSystemBounds(rho: rho.upper, steps: T)
            let (normL, _) = try DiscreteBounds.spectralNorm(L)
            let (normInverse, _) = try DiscreteBounds.spectralNorm(SparseRationalMatrix(try Self.inverse(try L.dense())))
            return normL.lower <= bounds.norm.upper && normInverse.lower <= bounds.inverseNorm.upper
                && normL.lower * normInverse.lower <= bounds.condition.upper
        }
    }

    @Test("discrete.linear-system: for a scalar P = ρ ≥ 0, ‖L⁻¹‖_∞ = Σ_{k≤T} ρ^k exactly, so the bound shrunk by 1% is violated")
    func linearSystemBoundIsTight() {
        seededCheck("discrete.linear-system tight", count: 20, zip(Gen.int(in: 0...40), Gen.int(in: 1...6))) { input in
            let (r, T) = input
            let rho = try Rational(r, 20)
            // δu = (ρ − 1)u with η = 1: the step matrix of order 1 is the 1×1 matrix ρ.
            let p = try PolynomialParser(variables: ["u"])
            let field = try PolynomialSystem(variables: ["u"], equations: [try p.parse("\(rho - Rational(1))*u")])
            let system = try DiscreteCarlemanSystem(lifting: try DiscreteLifting(field: field, order: 1), eta: Rational(1))
            let L = try DiscreteLinearSystem(system: system, initial: RationalVector([Rational(1)]), steps: T).matrix
            let inv = try Self.inverse(try L.dense())
            let infinityNorm = (0..<inv.rows).map { i in inv.row(i).reduce(Rational()) { $0 + $1.magnitude } }.max()!
            let bound = try LinearSystemBounds(rho: rho, steps: T).inverseNorm
            let shrunk = bound.upper * Self.q("99/100")
            return infinityNorm <= bound.upper && infinityNorm > shrunk && bound.contains(infinityNorm)
        }
    }

    @Test("discrete.error-recurrence: the residual enclosure contains the exact ‖B_N(u)‖₂, with dense powers and with every power split")
    func residualTwoRoutes() {
        seededCheck("residual enclosure", count: 10, zip(CarlemanGens.system(maxDegree: 3), Gen.int(in: 1...2), Gen.int(in: 1...9))) { input in
            let ((field, u), N, e) = input
            let eta = try Rational(e, 10)
            let lifting = try DiscreteLifting(field: field, order: N)
            let blocks = try DiscreteBounds.residualBlocks(lifting, eta: eta, order: N)
            let point = try u.entries.map { try Interval($0, precision: 128) }
            let dense = try DiscreteBounds.residualNorm(blocks, variables: field.dimension, at: point)
            let split = try DiscreteBounds.residualNorm(blocks, variables: field.dimension, at: point, densePowerLimit: 1)
            // Exact: Σ_j ‖Σ_k M_{j,k} u^{⊗k}‖² in rationals.
            var squares = Rational()
            for j in 1...N {
                var bj: RationalVector? = nil
                for b in blocks where b.row == j {
                    var power = RationalVector([Rational(1)])
                    for _ in 0..<b.column { power = RationalVector(power.entries.flatMap { a in u.entries.map { a * $0 } }) }
                    let term = try b.matrix * power
                    bj = try bj.map { RationalVector(zip($0.entries, term.entries).map { $0 + $1 }) } ?? term
                }
                for x in bj?.entries ?? [] { squares += x * x }
            }
            for enclosure in [dense, split] {
                let lo = enclosure.lower.signum > 0 ? enclosure.lower * enclosure.lower : Rational()
                guard lo <= squares, squares <= enclosure.upper * enclosure.upper else { return false }
            }
            return true
        }
    }

    @Test("discrete.error-recurrence: the large-matrix norm enclosure (Rayleigh quotient, Schur test, Hölder) contains the exact Gram/LDLᵀ enclosure's value")
    func largeNormEnclosure() {
        seededCheck("norm enclosure routes", count: 12, zip(CarlemanGens.system(maxDegree: 2), Gen.int(in: 1...3), Gen.int(in: 1...9))) { input in
            let ((field, _), N, e) = input
            let s = try DiscreteCarlemanSystem(lifting: try DiscreteLifting(field: field, order: N), eta: try Rational(e, 10))
            guard s.step.rows <= 120 else { return true }
            let (exact, _) = try DiscreteBounds.spectralNorm(s.step)
            let (large, _) = try DiscreteBounds.spectralNorm(s.step, gramLimit: 0)
            // Both enclose ‖I + A_N‖₂, so they must overlap; the large route must contain the
            // tight exact enclosure's midpoint up to the exact enclosure's width.
            return large.lower <= exact.upper && exact.lower <= large.upper
        }
    }

    @Test("discrete.dissipation: for L = ½θᵀHθ (random symmetric H), ‖I − ηH‖₂ < 1 iff 0 < ηh < 2 for every eigenvalue h; the class never contradicts the exact inertia test")
    func dissipationOnRandomQuadratics() {
        let decided = DecidedCount()
        seededCheck("discrete.dissipation random", count: 30, zip(Gen.int(in: -4...4).array(of: 3), Gen.int(in: 1...10), Gen.int(in: 1...2))) { input in
            let (h, e, N) = input
            let eta = try Rational(e, 10)
            let H = try RationalMatrix([[Rational(h[0]), Rational(h[1])], [Rational(h[1]), Rational(h[2])]])
            let p = try PolynomialParser(variables: ["a", "b"])
            let field = try PolynomialSystem(variables: ["a", "b"], equations: [
                try p.parse("\(-H[0, 0])*a + \(-H[0, 1])*b"), try p.parse("\(-H[1, 0])*a + \(-H[1, 1])*b")])
            let s = try DiscreteCarlemanSystem(lifting: try DiscreteLifting(field: field, order: N), eta: eta)
            let (rho, _) = try DiscreteBounds.spectralNorm(s.step)
            let cls = DiscreteBounds.classify(rho)
            // Exact: 0 < ηh < 2 ∀h ⟺ H ≻ 0 and (2/η)I − H ≻ 0.
            let two = try RationalMatrix.diagonal([Rational(2) / eta, Rational(2) / eta])
            let exactlyInside = try H.inertia().positive == 2 && (try (two - H).inertia()).positive == 2
            let hSingularOrEdge = try H.inertia().zero > 0 || (try (two - H).inertia()).zero > 0
            if cls != .undecided { decided.increment() }
            switch cls {
            case .fullyDissipative: return exactlyInside
            case .almostDissipative: return !exactlyInside && hSingularOrEdge
            case .notDissipative: return !exactlyInside
            case .undecided: return true
            }
        }
        #expect(decided.value >= 20, "the enclosure decided only \(decided.value) cases: the test would not see a wrong class")
    }
}

/// How many random cases a classification decided (the property closure may run on any thread).
final class DecidedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
