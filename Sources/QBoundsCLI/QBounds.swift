import ArgumentParser
import Certificates
import Foundation

/// `qbounds`: checks the mathematics behind provable quantum machine-learning advantages.
///
/// Exit status: 0 when every verdict is the expected one (or a certificate re-checks),
/// 1 when some claim is refuted / not certified / undecided unexpectedly (or a re-check fails),
/// 2 for bad input — including command-line usage errors, which ArgumentParser would report
/// with 64; the message names the file, the line and what was expected.
@main
struct QBounds: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qbounds",
        abstract: "Certify the mathematics behind provable quantum machine-learning advantages with exact arithmetic.",
        discussion: """
            Exact GMP rationals and outward-rounded MPFR intervals decide every verdict: certified, \
            refuted, hypothesis-not-met or undecided. Exit status: 0 all verdicts as expected, \
            1 some verdict not as expected (or a certificate that does not re-check), 2 bad input.
            """,
        version: ToolInfo.version,
        subcommands: [
            Certify.self, Verify.self, CarlemanCommand.self, GDCommand.self, BellCommand.self, GameCommand.self, SeparationCommand.self,
        ])

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            if exitCode(for: error) == .validationFailure {
                // A usage error is bad input: exit 2, not ArgumentParser's 64.
                StandardError.write(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
