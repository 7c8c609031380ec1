import Exact
import Foundation
import PropertyBased
import QBoundsTestSupport
import Testing
@testable import Separations

@Suite struct BoundsAndCodesTests {
    /// comm.index: (1 − H₂(ε))·n; exact at ε = 0 and 1/2; enclosure contains the float value.
    @Test func indexBound() throws {
        let zero = try BinaryEntropy.indexBound(n: 7, epsilon: Rational(0))
        #expect(zero.contains(Rational(7)) && zero.width.isZero)
        #expect(try BinaryEntropy.indexBound(n: 7, epsilon: try Rational(1, 2)).contains(Rational(0)))
        let q = try BinaryEntropy.indexBound(n: 10, epsilon: try Rational(1, 10))
        let h = -(0.1 * log2(0.1) + 0.9 * log2(0.9))
        #expect(q.lowerDouble <= (1 - h) * 10 + 1e-12 && (1 - h) * 10 - 1e-12 <= q.upperDouble)
        #expect(q.width < (try Rational(1, 1 << 60)))
        let e = try BinaryEntropy.indexBound(n: 10, epsilon: try Rational(1, 10), entanglement: true)
        #expect(e.isLess(than: q) == .true)
        #expect(throws: SeparationError.self) { try BinaryEntropy.indexBound(n: 3, epsilon: try Rational(2, 3)) }
    }

    /// comm.rac, classical: the exhaustive search over all 2^{2ⁿ} encodings (each scored with
    /// Bob's best decoding) equals the closed form 1/2 + C(n−1, ⌊(n−1)/2⌋)/2ⁿ for n = 1…4, and the
    /// encoding it returns re-scores to that value. Independent values: n = 2 → 3/4, n = 3 → 3/4,
    /// n = 4 → 11/16 (worked out in proofs/comm.rac.md).
    @Test func classicalRandomAccessCodes() throws {
        let byHand = [1: (1, 1), 2: (3, 4), 3: (3, 4), 4: (11, 16)]
        for n in 1...4 {
            let (v, e) = try RandomAccessCode.classicalOptimumBySearch(n: n)
            #expect(v == (try RandomAccessCode.classicalOptimum(n: n)), "n = \(n)")
            #expect(v == (try Rational(byHand[n]!.0, byHand[n]!.1)), "n = \(n): \(v)")
            #expect(try Rational(RandomAccessCode.classicalScore(n: n, encoding: e), n << n) == v)
        }
    }

    /// comm.rac, qubit: the square (n = 2) and cube (n = 3) codes run on the state-vector
    /// simulator land in the enclosure of 1/2 + 1/(2√n), which lies strictly above the classical
    /// optimum found by exhaustive search; and no encoding with the same measurement axes beats
    /// the bound (random Bloch vectors, the Cauchy–Schwarz step of the proof).
    @Test func qubitRandomAccessCodes() throws {
        for n in 2...3 {
            let q = try RandomAccessCode.quantumOptimum(n: n)
            let sim = try RandomAccessCode.simulatedQuantumCode(n: n)
            #expect(q.lowerDouble - 1e-12 <= sim && sim <= q.upperDouble + 1e-12, "n = \(n): \(sim) vs \(q)")
            #expect(q.isGreater(than: try RandomAccessCode.classicalOptimumBySearch(n: n).value) == .true)
        }
        seededCheck("comm.rac qubit bound", count: 40, Gen.double(in: -1...1).array(of: 24)) { raw in
            var ok = true
            for n in 2...3 {
                // Encoding x ↦ unit Bloch vector r_x (random); Bob measures axis i for xᵢ: success (1 + (−1)^{xᵢ} r_x[i])/2.
                var total = 0.0
                for x in 0..<(1 << n) {
                    var r = (0..<3).map { raw[3 * x + $0] }
                    let norm = max(1e-9, (r.reduce(0) { $0 + $1 * $1 }).squareRoot()); r = r.map { $0 / norm }
                    for i in 0..<n { total += 0.5 + 0.5 * ((x >> i) & 1 == 0 ? 1 : -1) * r[i] }
                }
                let p = total / Double(n << n)
                let bound = try RandomAccessCode.quantumOptimum(n: n).upperDouble
                ok = ok && p <= bound + 1e-12
            }
            return ok
        }
    }

    /// Input validation: the qubit enclosure is for n = 2, 3 only (the (4,1) statement is cited),
    /// and the exhaustive classical search stops at n = 4.
    @Test func randomAccessCodeArgumentsAreValidated() {
        #expect(throws: SeparationError.self) { try RandomAccessCode.quantumOptimum(n: 4) }
        #expect(throws: SeparationError.self) { try RandomAccessCode.simulatedQuantumCode(n: 1) }
        #expect(throws: SeparationError.self) { try RandomAccessCode.classicalOptimumBySearch(n: 5) }
    }
}
