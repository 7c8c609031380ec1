import Exact
import PropertyBased
import QBoundsTestSupport
import Testing
@testable import Bell

/// bell.local-bound and bell.invariance: the Gray-code walk, the general enumeration and brute
/// force over every deterministic strategy agree; relabelling does not change the bound; the
/// witness attains it; a bound lowered by any amount is refuted by the witness.
@Suite struct LocalBoundTests {
    static let seeds = Gen.int(in: 0...Int.max)

    @Test func grayCodeAgreesWithBruteForceAndEnumeration() {
        seededCheck("bell.local-bound Gray vs brute force", count: 60, Self.seeds) { seed in
            var r = RandomBell(seed: seed)
            var c = r.correlator(inputs: [r.int(1...5), r.int(1...5)])
            if r.int(0...2) == 0 {   // XOR form: no marginals (exercises the halved walk)
                var k = c.coefficients
                for i in 0..<k.count where i < c.inputs[1] + 1 || i % (c.inputs[1] + 1) == 0 { if i != 0 { k[i] = 0 } }
                c = try CorrelatorFunctional(inputs: c.inputs, coefficients: k)
            }
            let gray = try LocalBound.grayCode(c)
            let brute = try allStrategies(c.scenario).map { try c.value(of: $0) }.max()!
            let general = try LocalBound.enumeration(c.probabilityForm())
            return try gray.value == brute && general.value == brute && (try c.value(of: gray.strategy)) == brute
                && (try c.probabilityForm().value(of: general.strategy)) == brute
        }
    }

    @Test func generalEnumerationAgreesWithBruteForce() {
        seededCheck("bell.local-bound enumeration vs brute force", count: 40, Self.seeds) { seed in
            var r = RandomBell(seed: seed)
            let s = r.scenario(maxParties: 3, maxInputs: 2, maxOutputs: 3)
            let f = r.probabilityFunctional(s)
            let e = try LocalBound.enumeration(f)
            let brute = try allStrategies(s).map { try f.value(of: $0) }.max()!
            return try e.value == brute && (try f.value(of: e.strategy)) == brute
        }
    }

    /// Big coefficients force the BigInteger path; it must agree with the Int64 path scaled.
    @Test func bigIntegerFallbackAgreesWithInt64() {
        seededCheck("bell.local-bound big-integer fallback", count: 20, Self.seeds) { seed in
            var r = RandomBell(seed: seed)
            let c = r.correlator(inputs: [r.int(1...4), r.int(1...4)])
            let big = BigInteger(1).shiftedLeft(80)
            let scaled = try CorrelatorFunctional(inputs: c.inputs, coefficients: c.coefficients.map { $0 * Rational(big) })
            let a = try LocalBound.grayCode(c), b = try LocalBound.grayCode(scaled)
            let e = try LocalBound.enumeration(scaled.probabilityForm())
            return a.arithmetic == "int64" && b.arithmetic == "big-integer" && b.value == a.value * Rational(big)
                && e.arithmetic == "big-integer" && e.value == b.value
        }
    }

    @Test func relabellingDoesNotChangeTheLocalBound() {
        seededCheck("bell.invariance relabelling", count: 40, Self.seeds) { seed in
            var r = RandomBell(seed: seed)
            let s = r.scenario(maxParties: 3, maxInputs: 2, maxOutputs: 3)
            let f = r.probabilityFunctional(s)
            let g = try f.relabelled(partyOrder: r.permutation(s.parties),
                                     inputMaps: s.inputs.map { r.permutation($0) }, outputMaps: s.outputs.map { r.permutation($0) })
            return try LocalBound.enumeration(f).value == LocalBound.enumeration(g).value
        }
    }

    /// Negative test: a claimed bound below the true one (by 1, or by a hair) is refuted by the
    /// witness strategy, whose exact value exceeds it.
    @Test func aLoweredBoundIsRefutedByTheWitness() throws {
        for name in ["chsh-correlator", "i3322", "chained-4", "mermin-3", "magic-square"] {
            let e = try BellLibrary.entry(named: name)
            let r = try LocalBound.compute(e.functional)
            let witness = try e.functional.value(of: r.strategy)
            #expect(witness > r.value - 1)
            #expect(witness > r.value - Rational(1).timesPowerOfTwo(-60))
            // and no deterministic strategy beats the bound (small cases: brute force)
            if e.functional.scenario.inputTupleCount * e.functional.scenario.outputTupleCount <= 64 {
                for d in allStrategies(e.functional.scenario) { #expect(try e.functional.value(of: d) <= r.value) }
            }
        }
    }

    @Test func absurdSizesAreRefusedUnlessForced() throws {
        let c = try CorrelatorFunctional(inputs: [40, 40], coefficients: Array(repeating: 1, count: 41 * 41))
        #expect(throws: BellError.self) { try LocalBound.compute(.correlator(c)) }
        do { _ = try LocalBound.compute(.correlator(c)) } catch { #expect("\(error)".contains("--force")) }
        let s = try BellScenario(inputs: [8, 8, 8], outputs: [4, 4, 4])
        let f = try ProbabilityFunctional(scenario: s, coefficients: Array(repeating: 0, count: s.inputTupleCount * s.outputTupleCount))
        #expect(throws: BellError.self) { try LocalBound.enumeration(f) }
    }

    /// Multipartite: the Mermin functionals' local bound 2^⌊n/2⌋ by enumeration equals brute force.
    @Test(arguments: [3, 4]) func merminLocalBoundByBruteForce(n: Int) throws {
        let f = BellLibrary.merminFunctional(n)
        let brute = try allStrategies(f.scenario).map { try f.value(of: $0) }.max()!
        #expect(try LocalBound.compute(.correlator(f)).value == brute)
        #expect(brute == Rational(1 << (n / 2)))
    }
}
