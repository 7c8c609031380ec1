import Exact
import PropertyBased
import QBoundsTestSupport
import Testing
@testable import Bell

/// bell.notations: FP, FC and CG convert into one another without changing any value on
/// no-signalling behaviours (here: deterministic strategies and their exact mixtures).
@Suite struct NotationTests {
    static let seeds = Gen.int(in: 0...Int.max)

    @Test func collinsGisinRoundTripsAndKeepsValues() {
        seededCheck("bell.notations FP→CG→FP", count: 40, Self.seeds) { seed in
            var r = RandomBell(seed: seed)
            let s = r.scenario()
            let fp = r.probabilityFunctional(s)
            let cg = fp.collinsGisinForm()
            // CG coordinates are unique: CG → FP → CG is the identity.
            guard cg.probabilityForm().collinsGisinForm() == cg else { return false }
            // Values agree on deterministic strategies and on a mixture of two.
            for _ in 0..<6 {
                let d = r.strategy(s)
                guard try fp.value(of: d) == cg.probabilityForm().value(of: d) else { return false }
            }
            let d1 = r.strategy(s), d2 = r.strategy(s)
            let w = try Rational(r.int(0...5), 5)
            let mix = zip(behaviour(of: d1, s), behaviour(of: d2, s)).map { w * $0 + (Rational(1) - w) * $1 }
            return try fp.value(ofBehaviour: mix) == cg.probabilityForm().value(ofBehaviour: mix)
        }
    }

    @Test func correlatorRoundTripsAndKeepsValues() {
        seededCheck("bell.notations FC→FP→FC", count: 40, Self.seeds) { seed in
            var r = RandomBell(seed: seed)
            let n = r.int(2...3)
            let c = r.correlator(inputs: (0..<n).map { _ in r.int(1...3) })
            let fp = c.probabilityForm()
            guard try fp.correlatorForm() == c else { return false }
            for _ in 0..<6 {
                let d = r.strategy(c.scenario)
                guard try c.value(of: d) == fp.value(of: d) else { return false }
            }
            // A random binary FP functional: FP → FC keeps values.
            let p = r.probabilityFunctional(c.scenario)
            let pc = try p.correlatorForm()
            let d = r.strategy(c.scenario)
            return try p.value(of: d) == pc.value(of: d)
        }
    }

    /// The worked example of THEOREMS.md: CHSH in CG form is (S − 2)/4 of the correlator form.
    @Test func chshCollinsGisinIsAnAffineImageOfCorrelatorForm() throws {
        let cg = try CollinsGisinFunctional(matrix: [[0, -1, 0], [-1, 1, 1], [0, 1, -1]])
        let fc = try CorrelatorFunctional(matrix: [[0, 0, 0], [0, 1, 1], [0, 1, -1]])
        let viaFP = try cg.probabilityForm().correlatorForm()
        for d in allStrategies(fc.scenario) {
            #expect(try viaFP.value(of: d) == (try fc.value(of: d) - 2) * (try Rational(1, 4)))
        }
    }

    @Test func badShapesThrowWithWhatWasExpected() {
        #expect(throws: BellError.self) { try CorrelatorFunctional(inputs: [2, 2], coefficients: [1, 2, 3]) }
        #expect(throws: BellError.self) { try BellScenario(inputs: [2], outputs: [2]) }
        #expect(throws: BellError.self) { try BellScenario(inputs: [2, 0], outputs: [2, 2]) }
        #expect(throws: BellError.self) { try CollinsGisinFunctional(matrix: [[0, 1], [1]]) }
        do { _ = try ProbabilityFunctional(scenario: try .bipartite(inputs: 2, 2), coefficients: [1]) } catch {
            #expect("\(error)".contains("expected 16"))
        }
        #expect(throws: BellError.self) { try ProbabilityFunctional(scenario: try .bipartite(inputs: 2, 2, outputs: 3, 2),
                                                                    coefficients: Array(repeating: 0, count: 24)).correlatorForm() }
    }
}
