import Foundation
import PropertyBased
import QBoundsTestSupport
import Testing
@testable import Training

/// `"discrete.error-proxy"`: P(0) = 1; retained a_i ∈ (−2, 0) ⇒ P non-increasing and → 0;
/// a retained a_i > 0 or < −2 ⇒ exponential growth; the cut; a = −s·h.
@Suite struct ErrorProxyTests {
    static let id = "discrete.error-proxy"

    @Test("the statement id is the one of THEOREMS.md")
    func statementID() { #expect(ErrorProxy.statement == Self.id) }

    /// Random spectra: values in (−2, 0) (dissipative), with the cut deciding which are retained.
    static let dissipative = zip(Gen.int(in: 1...40), Gen.int(in: 0...1_000_000))

    static func spectrum(_ n: Int, _ seed: Int, in range: ClosedRange<Double>) -> [Double] {
        TestMatrices.vector(count: n, seed: UInt64(seed)).map { range.lowerBound + ($0 + 1) / 2 * (range.upperBound - range.lowerBound) }
    }

    @Test("P(0) = 1 whenever some a_i passes the cut")
    func pOfZero() {
        seededCheck("P(0) = 1", count: 30, Self.dissipative) { input in
            let a = Self.spectrum(input.0, input.1, in: -3...3) + [0.5]
            return try ErrorProxy(a: a).value(at: 0) == 1 && ErrorProxy(a: a).log10Value(at: 0) == 0
        }
    }

    @Test("all retained a_i ∈ (−2, 0): P is non-increasing and tends to 0")
    func dissipativeDecreases() {
        seededCheck("dissipative P decreases", count: 30, Self.dissipative) { input in
            let a = Self.spectrum(input.0, input.1, in: -1.999...(-1e-3)) + [-0.4, -1.9]
            let p = try ErrorProxy(a: a)
            guard p.isDissipative, p.divergentCount == 0 else { return false }
            var previous = 1.0
            for t in 1...300 {
                guard let v = p.value(at: t), v <= previous * (1 + 1e-12) else { return false }
                previous = v
            }
            // (max|1 + a_i|)^t bounds P(t); at t = 20000 it is below 1e-8 here (max|1+a| = 0.999).
            return previous < 1 && (p.value(at: 20_000) ?? 1) < 1e-8
        }
    }

    @Test("negative test: one retained a_i = 0.5 makes P grow like 1.5^t / N_c")
    func oneDivergentModeGrows() {
        seededCheck("a = 0.5 grows", count: 30, Self.dissipative) { input in
            let a = Self.spectrum(input.0, input.1, in: -1.999...(-0.4)) + [0.5]
            let p = try ErrorProxy(a: a)
            let nc = Double(p.normalisation)
            guard !p.isDissipative, p.divergentCount == 1, p.growthFactor == 1.5 else { return false }
            // Lower bound 1.5^t/N_c, upper bound 1.5^t: P eventually exceeds 1 and keeps growing.
            for t in [50, 100, 200] {
                let v = try #require(p.value(at: t))
                if v < pow(1.5, Double(t)) / nc * (1 - 1e-12) || v > pow(1.5, Double(t)) * (1 + 1e-12) { return false }
            }
            return (p.value(at: 200) ?? 0) > (p.value(at: 100) ?? .infinity) && (p.value(at: 100) ?? 0) > 1
        }
    }

    @Test("a retained a_i < −2 (ηh > 2, past the edge of stability) also grows; a = −2 stays bounded")
    func belowMinusTwoGrows() throws {
        let p = try ErrorProxy(a: [-1, -0.5, -2.5])
        #expect(p.divergentCount == 1 && p.growthFactor == 1.5)
        #expect(try #require(p.value(at: 80)) > 1e13)
        let edge = try ErrorProxy(a: [-2, -0.5])
        #expect(!edge.isDissipative && edge.divergentCount == 0)
        #expect(edge.value(at: 1000) == 0.5)   // |1 + (−2)|^t = 1, |0.5|^1000 underflows to 0
    }

    @Test("the 0.4 cut: |a| < 0.4 is discarded, N_c counts the rest; no retained a: P undefined")
    func cut() throws {
        let p = try ErrorProxy(a: [0.39, -0.39, 0.4, -0.4, 0, 3])
        #expect(p.retained == [0.4, -0.4, 3] && p.discarded == 3 && p.normalisation == 3)
        let t = 3
        let expected: Double = (pow(1.4, 3.0) + pow(0.6, 3.0) + pow(4.0, 3.0)) / 3
        #expect(abs(try #require(p.value(at: t)) - expected) < 1e-13 * expected)
        let none = try ErrorProxy(a: [0.1, -0.2])
        #expect(none.value(at: 0) == nil && none.value(at: 5) == nil)
        #expect(throws: TrainingError.self) { try ErrorProxy(a: [.nan]) }
        #expect(throws: TrainingError.self) { try ErrorProxy(a: [1], cut: -1) }
    }

    @Test("a = −s·h: Hessian eigenvalue h with learning rate s; log-domain value agrees and survives overflow")
    func scaledAndLogDomain() throws {
        let p = try ErrorProxy(hessianEigenvalues: [10, 1, -5], scale: 0.1)
        #expect(p.retained == [-1, 0.5] && p.discarded == 1)   // a = −1, −0.1 (cut), 0.5
        for t in [1, 7, 40] {
            let v = try #require(p.value(at: t)), l = try #require(p.log10Value(at: t))
            #expect(abs(log10(v) - l) < 1e-12 * max(1, abs(l)))
        }
        let huge = try ErrorProxy(a: [9, -0.5])
        #expect(try #require(huge.log10Value(at: 400)) > 399)   // 10^400/2 overflows a Double
        #expect(huge.value(at: 400) == .infinity)
        #expect(throws: TrainingError.self) { try ErrorProxy(hessianEigenvalues: [1], scale: 0) }
    }
}
