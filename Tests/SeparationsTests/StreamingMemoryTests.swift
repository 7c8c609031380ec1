import PropertyBased
import QBoundsTestSupport
import Testing
@testable import Separations

@Suite struct StreamingMemoryTests {
    /// memory.myhill-nerode: layer sizes equal the distinct rows of each cut matrix, counted by brute force.
    @Test func layersAgainstCutMatrices() {
        seededCheck("memory.myhill-nerode", count: 40, SepGen.sequenceFunction(maxLength: 8, outputs: 3)) { g in
            let a = LayeredAutomaton(g)
            guard a.verify(against: g) == nil else { return false }
            for t in 0...g.length {
                let s = g.length - t
                let rows = Set((0..<(1 << t)).map { p in (0..<(1 << s)).map { g.outputs[(p << s) | $0] } })
                if rows.count != a.layers[t] { return false }
            }
            return a.layers[0] == 1
        }
    }

    /// one-way bits of every cut ≤ streaming memory (a streaming model is a one-way protocol at each cut).
    @Test func oneWayAtEachCutIsAtMostTheMemory() {
        seededCheck("one-way ≤ streaming", count: 30, SepGen.sequenceFunction(maxLength: 7)) { g in
            let a = LayeredAutomaton(g)
            return (0...g.length).allSatisfy { t in
                let m = try! g.cutMatrix(at: t)
                return OneWayProtocol(m).bits <= a.memoryBits && LogRankBound(m).bitsOfRank <= a.memoryBits
            }
        }
    }

    @Test func knownSequenceFunctions() throws {
        // Parity of n bits: two states per layer after the first.
        let parity = try SequenceFunction(length: 10) { $0.nonzeroBitCount & 1 }
        #expect(LayeredAutomaton(parity).layers == [1] + Array(repeating: 2, count: 10))
        // "x equals y" on x·y with |x| = |y| = 5: 2⁵ states at the middle cut.
        let eq = try SequenceFunction(length: 10) { ($0 >> 5) == ($0 & 31) ? 1 : 0 }
        let a = LayeredAutomaton(eq)
        #expect(a.layers[5] == 32 && a.memoryBits == 5 && a.verify(against: eq) == nil)
        // The middle cut of EQ is EQ_5's matrix.
        #expect(try eq.cutMatrix(at: 5) == CommunicationTask.equality.matrix(n: 5))
    }

    @Test func tamperedAutomatonIsRejected() throws {
        let g = try SequenceFunction(length: 3) { $0 == 5 ? 1 : 0 }
        let a = LayeredAutomaton(g)
        var t = a.transitions
        t[2][0] = (t[2][0] + 1) % a.layers[3]
        let bad = LayeredAutomaton(length: a.length, layers: a.layers, transitions: t, finalOutputs: a.finalOutputs, representatives: a.representatives)
        #expect(bad.verify(against: g) != nil)
        var reps = a.representatives
        reps[2][1] = reps[2][0]
        let badReps = LayeredAutomaton(length: a.length, layers: a.layers, transitions: a.transitions, finalOutputs: a.finalOutputs, representatives: reps)
        #expect(badReps.verify(against: g) != nil)
    }

    @Test func truthTableReaderErrors() throws {
        let ok = try TruthTableReader.parse("00 0\n01 1\n10 1\n11 0 # xor\n", file: "t.txt")
        #expect(ok.outputs == [0, 1, 1, 0])
        for (text, line, needle) in [("00 0\n00 1\n", 2, "duplicate row"), ("00 0\n01 1\n10 1\n", 4, "missing row for input 11"),
                                     ("00 0\n011 1\n", 2, "expected 2"), ("0a 1\n", 1, "not a bit string"),
                                     ("00\n", 1, "two words"), ("00 -1\n", 1, "nonnegative integer"), ("", 1, "empty truth table")] {
            do { _ = try TruthTableReader.parse(text, file: "t.txt"); Issue.record("accepted \(text)") } catch let e as SeparationError {
                #expect(e.description.hasPrefix("t.txt:\(line): error:") && e.description.contains(needle), "\(e)")
            }
        }
    }
}
