import Exact
import PropertyBased
import QBoundsTestSupport
import Testing
@testable import Bell

/// bell.quantum-value and bell.tsirelson-xor: interval values against the float simulator,
/// local ≤ quantum ≤ no-signalling (algebraic) bounds, certificates re-checked, and
/// bell.noise-threshold.
@Suite struct QuantumValueTests {
    static let seeds = Gen.int(in: 0...Int.max)

    /// A random two-qubit strategy: cos θ|00⟩ + sin θ|11⟩ with θ and the x–z observable angles
    /// random multiples of π/12.
    static func randomStrategy(_ r: inout RandomBell, mA: Int, mB: Int) -> QuantumStrategy {
        let theta = IntervalMatrix.angle(piTimes: try! Rational(r.int(0...12), 24))
        let z = ComplexInterval.zero(precision: 128)
        let state = [ComplexInterval(theta.cos()), z, z, ComplexInterval(theta.sin())]
        func obs() -> IntervalMatrix { .xzObservable(IntervalMatrix.angle(piTimes: try! Rational(r.int(-12...12), 12))) }
        return try! QuantumStrategy(dimensions: [2, 2], state: state,
                                    measurements: [(0..<mA).map { _ in obs() }, (0..<mB).map { _ in obs() }])
    }

    @Test func intervalValueAgreesWithFloatSimulatorAndRespectsBounds() {
        seededCheck("bell.quantum-value interval vs float", count: 25, Self.seeds) { seed in
            var r = RandomBell(seed: seed)
            let mA = r.int(1...3), mB = r.int(1...3)
            let c = r.correlator(inputs: [mA, mB])
            let st = Self.randomStrategy(&r, mA: mA, mB: mB)
            let q = try st.value(of: .correlator(c))
            let f = try st.floatValue(of: .correlator(c))
            let local = try LocalBound.compute(.correlator(c)).value
            // quantum value of one strategy ≤ algebraic (≥ no-signalling) bound; local ≤ algebraic
            return abs(f - q.midpoint.double()) < 1e-9 && q.width < Rational(1).timesPowerOfTwo(-80)
                && q.isLessOrEqual(to: c.algebraicBound) == .true && local <= c.algebraicBound
        }
    }

    @Test func tsirelsonCertificatesBracketEveryStrategyAndTheLocalBound() {
        seededCheck("bell.tsirelson-xor certificates", count: 15, Self.seeds) { seed in
            var r = RandomBell(seed: seed)
            let mA = r.int(2...4), mB = r.int(2...4)
            var rows = [[Rational]](repeating: [Rational](repeating: 0, count: mB + 1), count: mA + 1)
            for x in 1...mA { for y in 1...mB { rows[x][y] = r.rational() } }
            let c = try CorrelatorFunctional(matrix: rows)
            let t = try TsirelsonBound.compute(c)
            let local = try LocalBound.compute(.correlator(c)).value
            let st = Self.randomStrategy(&r, mA: mA, mB: mB)
            let q = try st.value(of: .correlator(c))
            return t.verify() && local <= t.upper && q.isLessOrEqual(to: t.upper) == .true
                && t.lower.isLessOrEqual(to: t.upper) == .true && t.lower.upper >= local - Rational(1).timesPowerOfTwo(-30)
                && t.upper <= c.algebraicBound + Rational(1).timesPowerOfTwo(-20)
        }
    }

    @Test func chshAndChainedTsirelsonBoundsAreTight() throws {
        for m in [2, 3, 4] {
            let c = BellLibrary.chainedFunctional(m)
            let t = try TsirelsonBound.compute(c)
            let exact = IntervalMatrix.angle(piTimes: try Rational(1, 2 * m)).cos() * Rational(2 * m)
            #expect(t.verify())
            #expect(t.lower.overlaps(exact) || (t.lower.isLessOrEqual(to: exact) == .true))
            #expect(exact.isLessOrEqual(to: t.upper) == .true)
            #expect((try Interval(t.upper) - t.lower).upperDouble < 1e-9, "chained-\(m): gap too wide")
            // Negative: the certificate with a lowered by 1/1000 is not PSD (the bound is tight).
            var a = t.a; a[0] = a[0] - (try Rational(1, 1000))
            #expect(!TsirelsonBound.isDualFeasible(t.correlations, a: a, b: t.b))
            // A claimed quantum value above the certified upper bound is refuted.
            #expect(t.upper < t.upper + (try Rational(1, 1_000_000)))
        }
        let withMarginals = try CorrelatorFunctional(matrix: [[0, 1, 0], [0, 1, 1], [0, 1, -1]])
        #expect(throws: BellError.self) { try TsirelsonBound.compute(withMarginals) }
    }

    /// bell.noise-threshold: CHSH v* = 1/√2, Mermin-3 v* = 1/2 (exact), the CHSH game's
    /// white-noise value (random answers win with 1/2) gives the same 1/√2.
    @Test func criticalVisibilities() throws {
        let chsh = try BellLibrary.entry(named: "chsh-correlator")
        let q = try chsh.strategy!.value(of: chsh.functional)
        let v = try NoiseThreshold.criticalVisibility(local: 2, quantum: q)
        let invSqrt2 = try (try Interval(2).squareRoot()).reciprocal()
        #expect(v.overlaps(invSqrt2) && v.width < Rational(1).timesPowerOfTwo(-100))
        let game = try BellLibrary.entry(named: "chsh")
        let vg = try NoiseThreshold.criticalVisibility(local: try Rational(3, 4), quantum: try game.strategy!.value(of: game.functional),
                                                       constant: try Rational(1, 2))
        #expect(vg.overlaps(invSqrt2))
        let m3 = try BellLibrary.entry(named: "mermin-3")
        let vm = try NoiseThreshold.criticalVisibility(local: 2, quantum: try m3.strategy!.value(of: m3.functional))
        #expect(vm.contains(try Rational(1, 2)))
        // A strategy that does not beat the constant has no threshold.
        #expect(throws: BellError.self) { try NoiseThreshold.criticalVisibility(local: 2, quantum: try Interval(0)) }
    }

    /// A violation is certified only when the enclosure's lower end exceeds the local bound:
    /// Mermin-2's GHZ value equals its local bound 2, so it is not certified.
    @Test func noViolationWithoutAStrictGap() throws {
        let e = try BellLibrary.entry(named: "mermin-2")
        let q = try e.strategy!.value(of: e.functional)
        #expect(q.isGreater(than: e.expectedLocal) != .true)
        #expect(q.contains(2))
    }
}
