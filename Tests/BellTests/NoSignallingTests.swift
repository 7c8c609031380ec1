import Exact
import PropertyBased
import QBoundsTestSupport
import Testing
@testable import Bell

/// bell.invariance, last part: local ≤ quantum ≤ no-signalling, with the no-signalling value
/// from an exact simplex and its optimal box re-checked; CHSH's stated values (bell.chsh:
/// no-signalling 4 in correlator form, 1/2 in CG form, 1 as a game).
@Suite struct NoSignallingTests {
    @Test func chshNoSignallingValues() throws {
        let fc = try BellLibrary.entry(named: "chsh-correlator").functional.probabilityForm
        let cg = try BellLibrary.entry(named: "chsh-cg").functional.probabilityForm
        let game = try BellLibrary.entry(named: "chsh").functional.probabilityForm
        #expect(try NoSignallingBound.compute(fc).value == 4)
        #expect(try NoSignallingBound.compute(cg).value == (try Rational(1, 2)))
        let g = try NoSignallingBound.compute(game)
        #expect(g.value == 1)
        #expect(NoSignallingBound.isNoSignalling(g.box, scenario: game.scenario))
        #expect(try game.value(ofBehaviour: g.box) == 1)
    }

    @Test(arguments: ["chsh", "chsh-correlator", "chsh-cg", "i3322", "chained-3", "cglmp-3", "ghz-3", "mermin-3"])
    func localQuantumNoSignallingOrder(name: String) throws {
        let e = try BellLibrary.entry(named: name)
        let fp = e.functional.probabilityForm
        let local = try LocalBound.compute(e.functional).value
        let ns = try NoSignallingBound.compute(fp)
        let q = try e.strategy!.value(of: e.functional)
        #expect(NoSignallingBound.isNoSignalling(ns.box, scenario: fp.scenario))
        #expect(try fp.value(ofBehaviour: ns.box) == ns.value)
        #expect(local <= ns.value)
        // GHZ and Mermin reach the no-signalling value, so the enclosure may straddle it: it must
        // not lie above it.
        #expect(q.isGreater(than: ns.value) != .true && q.lower <= ns.value, "\(name): quantum \(q) vs NS \(ns.value)")
    }

    @Test func randomFunctionalsAreOrdered() {
        seededCheck("bell.invariance local ≤ NS ≤ algebraic", count: 15, Gen.int(in: 0...Int.max)) { seed in
            var r = RandomBell(seed: seed)
            let c = r.correlator(inputs: [r.int(1...3), r.int(1...3)])
            let fp = c.probabilityForm()
            let ns = try NoSignallingBound.compute(fp)
            let local = try LocalBound.compute(.correlator(c)).value
            return try local <= ns.value && ns.value <= c.algebraicBound
                && NoSignallingBound.isNoSignalling(ns.box, scenario: fp.scenario) && fp.value(ofBehaviour: ns.box) == ns.value
        }
    }
}
