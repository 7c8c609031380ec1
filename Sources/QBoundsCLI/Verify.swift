import ArgumentParser
import Certificates
import Foundation

/// `qbounds verify CERTIFICATE [--json]`
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-check a certificate written by `qbounds certify --certificates`.",
        discussion: """
            Rebuilds the matrices from the claim in the certificate, re-checks every witness with \
            exact arithmetic (rank minor and kernel, LDLᵀ factors, refuting directions, eigenvalue \
            bounds, root enclosures; expressions are re-evaluated at the stated precision; model, \
            matrix, truth-table and Bell functional files are re-read — paths relative to the \
            directory certify ran in — and protocols, fooling sets, automata, strategies, \
            no-signalling boxes and dual solutions are checked against them) and confirms the verdict. Exit status: 0 confirmed, 1 a witness fails or the verdict \
            differs, 2 bad input.
            """)

    @Argument(help: "A certificate JSON file.")
    var certificate: String

    @Flag(help: "Print the result as one JSON object.")
    var json = false

    func run() throws {
        let c: Certificate
        do { c = try Certificate.load(file: certificate) } catch {
            StandardError.write(error.description)
            throw ExitCode(2)
        }
        let report = Rechecker.verify(c)
        if json {
            struct Output: Encodable {
                let certificate: String, valid: Bool, asExpected: Bool, expected: Verdict
                let report: RecheckReport
            }
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let out = Output(certificate: certificate, valid: report.isValid, asExpected: c.isAsExpected,
                             expected: c.expected, report: report)
            FileHandle.standardOutput.write(try e.encode(out) + Data("\n".utf8))
        } else {
            let status = report.isValid ? "verified" : "NOT VERIFIED"
            print("\(status): \(c.claim) [\(c.statement)] verdict \(c.verdict)"
                  + (report.derivedVerdict.map { $0 == c.verdict ? "" : " (witnesses give \($0))" } ?? " (witnesses give no verdict)"))
            for check in report.checks { print("  ok    \(check)") }
            for p in report.problems { print("  FAIL  \(p)") }
        }
        if !report.isValid { throw ExitCode(1) }
    }
}
