import Foundation
import Testing
import Exact
import Separations
@testable import Certificates

/// `communication-bound` claims on the discrepancy: under a distribution file (exact, with the
/// witness re-checked by `Rechecker`), past the work cap (undecided, like an over-budget
/// search), and bad weights files located by file and line.
@Suite struct DiscrepancyClaimTests {
    static let ip3 = CommunicationClaimTests.fixture("ip3.txt")
    static let weights = CommunicationClaimTests.fixture("ip3-weights.txt")

    static func claim(_ quantity: String, _ relation: String, _ value: String, distribution: String? = weights) throws -> Claim {
        try Support.claim("""
            id: d
            statement: comm.discrepancy
            kind: communication-bound
            matrix-file: \(ip3)
            \(distribution.map { "distribution-file: \($0)" } ?? "")
            quantity: \(quantity)
            relation: "\(relation)"
            value: "\(value)"
            """)
    }

    /// disc_μ(IP_3) = 41/256 for μ = (x + y + 1)/512: certified, the false 5/32 refuted, both
    /// re-checked; the weighted value differs from the uniform 11/64.
    @Test func distributionClaims() throws {
        let c = try Certifier.certify(try Self.claim("discrepancy", "=", "41/256"))
        #expect(c.verdict == .certified, "\(c.summary)")
        #expect(Rechecker.verify(c).isValid, "\(Rechecker.verify(c).problems)")
        let f = try Certifier.certify(try Self.claim("discrepancy", "<=", "5/32"))
        #expect(f.verdict == .refuted && Rechecker.verify(f).isValid)
        // A rectangle re-summed with the uniform weights is not a witness for this distribution.
        var t = c
        let d = try #require(c.witnesses.discrepancy)
        let u = try Rational(1, 64)
        t.witnesses.discrepancy = Discrepancy(value: d.value, rowSet: d.rowSet, columnSet: d.columnSet, weights: [Rational](repeating: u, count: 64))
        #expect(!Rechecker.verify(t).isValid)
        // A smaller rectangle, honestly summed, does not pass as the maximum.
        var low = c
        let m = try CommunicationInput.matrix(Self.ip3)
        let lower = try Discrepancy.singleLineLowerBound(m, weights: d.weights)
        #expect(lower.value < d.value)
        low.witnesses.discrepancy = lower
        #expect(!Rechecker.verify(low).isValid)
    }

    /// Past the work cap (injected small) the certificate gives [single-line rectangle, 1]: a
    /// claim those ends decide is decided, others are undecided — never a hang or a guess.
    @Test func overTheCapIsUndecided() throws {
        let claim = try Self.claim("discrepancy_uniform", "=", "11/64", distribution: nil)
        guard case let .communicationBound(input, quantity, layer, distribution, relation, value) = claim.body else { Issue.record("kind"); return }
        let c = try Certifier.communicationBound(claim, input: input, quantity: quantity, layer: layer, distribution: distribution,
                                                 relation: relation, value: value, maximumWork: 100)
        #expect(c.verdict == .undecided, "\(c.summary)")
        #expect(c.notes.contains { $0.contains("not enumerated") && $0.contains("expected at most 100") })
        let trivial = try Certifier.communicationBound(claim, input: input, quantity: quantity, layer: layer, distribution: distribution,
                                                       relation: .lessOrEqual, value: Rational(1), maximumWork: 100)
        #expect(trivial.verdict == .certified)
        let lowerEnd = try #require(c.witnesses.discrepancy)
        let m = try CommunicationInput.matrix(Self.ip3), exact = try Rational(11, 64)
        #expect(lowerEnd.verify(against: m) == nil && lowerEnd.value <= exact)
    }

    /// A malformed weights file is bad input naming that file and line; a missing
    /// distribution-file key is a claim error at the claim.
    @Test func badWeightsFiles() throws {
        let dir = try CommunicationClaimTests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("w.txt")
        try "1/64 1/64 1/64 1/64 1/64 1/64 1/64 1/64\n".write(to: bad, atomically: true, encoding: .utf8)
        do { _ = try Certifier.certify(try Self.claim("discrepancy", "=", "1/2", distribution: bad.path)); Issue.record("accepted") } catch {
            #expect("\(error)".contains("w.txt:1:") && "\(error)".contains("expected 8, one per matrix row"), "\(error)")
        }
        #expect(throws: (any Error).self) { try Self.claim("discrepancy", "=", "1/2", distribution: nil) }
        #expect(throws: (any Error).self) { try Self.claim("discrepancy_uniform", "=", "1/2") }
    }
}
