import Testing
@testable import Separations

@Suite struct PeresMerminTests {
    /// memory.peres-mermin: no machine with 1 or 2 states reproduces the compatible-sequence
    /// predictions (exhaustive search), a 3-state machine does, and its witness re-checks.
    @Test func threeStatesAreNecessaryAndSufficient() throws {
        #expect(PeresMerminMachine.search(states: 1) == nil)
        #expect(PeresMerminMachine.search(states: 2) == nil)
        let m = try #require(PeresMerminMachine.search(states: 3))
        #expect(m.verify() == nil)
    }

    /// A fixed 3-state witness (found once by the search) re-checked directly, and broken by tampering.
    @Test func fixedThreeStateWitness() {
        let m = PeresMerminMachine(
            outputs: [[0, 0, 0, 0, 0, 0, 0, 0, 1], [1, 0, 1, 1, 0, 0, 0, 0, 0], [1, 0, 0, 1, 1, 0, 0, 1, 1]],
            transitions: [[0, 0, 0, 0, 0, 0, 0, 1, 2], [1, 1, 1, 2, 0, 1, 1, 1, 1], [1, 2, 0, 2, 2, 2, 2, 2, 2]])
        #expect(m.verify() == nil)
        for s in 0..<3 {
            for a in 0..<9 {
                var o = m.outputs; o[s][a] ^= 1
                #expect(PeresMerminMachine(outputs: o, transitions: m.transitions).verify() != nil, "flipping output (\(s), \(a)) went unnoticed")
            }
        }
        // One state is a noncontextual assignment: the parity argument rules it out.
        #expect(PeresMerminMachine(outputs: [m.outputs[0]], transitions: [[Int](repeating: 0, count: 9)]).verify() != nil)
    }
}
