import ArgumentParser
import Certificates
import Foundation

/// `qbounds certify PATH… [--junit FILE] [--markdown FILE] [--certificates DIR] [--json]`
struct Certify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check claim files and report a verdict for each claim.",
        discussion: """
            PATH is a claim file (YAML or JSON) or a directory, searched recursively for .yaml, .yml \
            and .json files (sorted by path). Each claim is decided with exact arithmetic; a claim \
            passes when its verdict equals its `expect` (default certified). Exit status: 0 all as \
            expected, 1 some verdict not as expected, 2 bad input (file:line: what was expected, on \
            standard error).
            """)

    @Argument(help: "Claim files or directories of claim files.")
    var paths: [String]

    @Option(help: ArgumentHelp("Write a JUnit XML report to FILE.", valueName: "FILE"))
    var junit: String?

    @Option(help: ArgumentHelp("Write a Markdown report to FILE.", valueName: "FILE"))
    var markdown: String?

    @Option(help: ArgumentHelp("Write one certificate, <claim id>.json, per claim into DIR.", valueName: "DIR"))
    var certificates: String?

    @Flag(help: "Print one JSON object with every result instead of the readable report.")
    var json = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("expected at least one claim file or directory") }
    }

    func run() throws {
        let report = CertifyRunner.run(paths: paths)
        var outputFailed = false
        func write(_ text: String, to path: String, what: String) {
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) } catch {
                StandardError.write("\(path): error: cannot write the \(what): \(error.localizedDescription)")
                outputFailed = true
            }
        }
        if let j = junit { write(report.junitXML, to: j, what: "JUnit report") }
        if let m = markdown { write(report.markdown, to: m, what: "Markdown report") }
        if let dir = certificates {
            do { _ = try report.writeCertificates(to: dir) } catch {
                StandardError.write("\(dir): error: cannot write certificates: \(error.localizedDescription)")
                outputFailed = true
            }
        }
        if json {
            let data = try report.jsonData()
            FileHandle.standardOutput.write(data)
        } else {
            print(report.text, terminator: "")
        }
        for e in report.errors { StandardError.write(e.description) }
        let code = outputFailed ? 2 : report.exitCode
        if code != 0 { throw ExitCode(code) }
    }
}
