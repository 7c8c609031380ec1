import Testing
import Exact
@testable import Certificates

@Suite struct FixtureTests {
    /// Every fixture under fixtures/claims gets the verdict its file expects, and the run exits 0.
    @Test func fixturesGetTheirExpectedVerdicts() throws {
        let report = CertifyRunner.run(paths: [Support.fixtures])
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.exitCode == 0)
        for o in report.outcomes {
            #expect(o.isAsExpected, "\(o.certificate.claim): \(o.certificate.verdict) \(o.certificate.summary)")
        }
        let verdicts = Dictionary(uniqueKeysWithValues: report.outcomes.map { ($0.certificate.claim, $0.certificate.verdict) })
        // Spot checks against values worked out by hand in the fixture comments.
        #expect(verdicts["ip3-rank"] == .certified && verdicts["ip3-rank-false"] == .refuted)
        #expect(verdicts["carleman-nonnormal-lognorm"] == .refuted && verdicts["carleman-normal-lognorm"] == .certified)
        #expect(verdicts["shear-norm-below-1.6181"] == .certified && verdicts["shear-norm-below-1.618"] == .refuted)
        #expect(verdicts["chsh-cos-identity"] == .undecided && verdicts["sqrt2-low-precision"] == .undecided)
        #expect(verdicts["nonsymmetric-definite"] == .hypothesisNotMet)
        #expect(verdicts["comm-ip3-discrepancy-weighted"] == .certified && verdicts["comm-ip3-discrepancy-weighted-false"] == .refuted)
        // Every verdict kind appears, and every statement id the module knows has a fixture.
        #expect(Set(verdicts.values) == Set(Verdict.allCases))
        #expect(Set(report.outcomes.map(\.certificate.statement)) == Set(StatementID.all))
    }

    /// A claim whose expectation is wrong makes the run exit 1; a bad file makes it exit 2 while
    /// the good claims still run.
    @Test func exitCodes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qbounds-fixture-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let wrong = dir.appendingPathComponent("a-wrong.yaml")
        try "id: wrong\nstatement: exact.rank\nkind: rank\ngenerator: inner-product\nn: 2\nrank: 4\n".write(to: wrong, atomically: true, encoding: .utf8)
        var report = CertifyRunner.run(paths: [dir.path])
        #expect(report.exitCode == 1 && report.unexpected.count == 1)
        let bad = dir.appendingPathComponent("b-bad.yml")
        try "id: bad\nstatement: exact.rank\nkind: rank\nmatrix: [[1, x]]\nrank: 1\n".write(to: bad, atomically: true, encoding: .utf8)
        report = CertifyRunner.run(paths: [dir.path])
        #expect(report.exitCode == 2 && report.outcomes.count == 1)
        #expect(report.errors.first?.line == 4 && report.errors.first?.file.hasSuffix("b-bad.yml") == true)
        // A duplicate id is bad input too.
        try "id: wrong\nstatement: exact.interval\nkind: inequality\nlhs: 1\nrelation: <\nrhs: 2\n".write(to: dir.appendingPathComponent("c-dup.json"), atomically: true, encoding: .utf8)
        report = CertifyRunner.run(paths: [dir.path])
        #expect(report.errors.contains { $0.message.contains("duplicate claim id") && $0.line == 1 })
    }
}

import Foundation
