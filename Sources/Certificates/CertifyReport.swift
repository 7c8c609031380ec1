import Foundation

/// The outcome of a `qbounds certify` run and its renderings: a readable report, a Markdown
/// table, JUnit XML and JSON.
///
/// Exit status: 2 when any input was bad (a file or claim that could not be read, decoded or
/// evaluated), else 1 when some verdict differs from its expectation, else 0.
public struct CertifyReport: Sendable {
    public var outcomes: [ClaimOutcome]
    public var errors: [InputError]

    public init(outcomes: [ClaimOutcome], errors: [InputError]) {
        self.outcomes = outcomes; self.errors = errors
    }

    public var unexpected: [ClaimOutcome] { outcomes.filter { !$0.isAsExpected } }

    public var exitCode: Int32 { !errors.isEmpty ? 2 : unexpected.isEmpty ? 0 : 1 }

    public func count(_ v: Verdict) -> Int { outcomes.filter { $0.certificate.verdict == v }.count }

    /// `N claims: … certified, … refuted, …; … as expected, … not as expected; … bad input`.
    public var summaryLine: String {
        let verdicts = Verdict.allCases.map { "\(count($0)) \($0)" }.joined(separator: ", ")
        return "\(outcomes.count) claim\(outcomes.count == 1 ? "" : "s"): \(verdicts); "
            + "\(outcomes.count - unexpected.count) as expected, \(unexpected.count) not as expected; \(errors.count) bad input"
    }

    // MARK: Text

    /// One line per claim (status, verdict, expectation, statement, id, key numbers), the input
    /// errors, and the summary line.
    public var text: String {
        var lines: [String] = []
        for o in outcomes {
            let c = o.certificate
            let status = o.isAsExpected ? "ok  " : "FAIL"
            let verdict = o.isAsExpected ? c.verdict.rawValue : "\(c.verdict) (expected \(c.expected))"
            lines.append("\(status)  \(pad(verdict, 20))  \(pad(c.statement.rawValue, 22))  \(c.claim): \(c.summary)")
        }
        for e in errors { lines.append("BAD   \(e)") }
        lines.append(summaryLine)
        return lines.joined(separator: "\n") + "\n"
    }

    func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }

    // MARK: Markdown

    public var markdown: String {
        var s = "# qbounds certify\n\n\(summaryLine)\n\n"
        s += "| | Claim | Statement | Verdict | Expected | Details | File |\n|---|---|---|---|---|---|---|\n"
        for o in outcomes {
            let c = o.certificate
            s += "| \(o.isAsExpected ? "✅" : "❌") | `\(c.claim)` | `\(c.statement)` | \(c.verdict) | \(c.expected) | \(cell(c.summary)) | \(cell(location(o.file, o.line))) |\n"
        }
        if !errors.isEmpty {
            s += "\n## Bad input\n\n| File | Line | Problem |\n|---|---|---|\n"
            for e in errors { s += "| \(cell(e.file)) | \(e.line.map(String.init) ?? "") | \(cell(e.message)) |\n" }
        }
        return s
    }

    func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    func location(_ file: String, _ line: Int?) -> String { file + (line.map { ":\($0)" } ?? "") }

    // MARK: JUnit

    /// JUnit XML: one test case per claim (a failure when the verdict differs from its
    /// expectation) and one per input error (an error).
    public var junitXML: String {
        let tests = outcomes.count + errors.count, failures = unexpected.count
        let time = String(format: "%.3f", outcomes.reduce(0) { $0 + $1.seconds })
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        s += "<testsuites name=\"qbounds certify\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors.count)\" time=\"\(time)\">\n"
        s += "  <testsuite name=\"qbounds certify\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors.count)\" skipped=\"0\" time=\"\(time)\">\n"
        for o in outcomes {
            let c = o.certificate
            s += "    <testcase classname=\"\(xml(c.statement.rawValue))\" name=\"\(xml(c.claim))\" file=\"\(xml(o.file))\""
            if let l = o.line { s += " line=\"\(l)\"" }
            s += " time=\"\(String(format: "%.3f", o.seconds))\">\n"
            if !o.isAsExpected {
                s += "      <failure type=\"unexpected-verdict\" message=\"\(xml("verdict \(c.verdict), expected \(c.expected)"))\">\(xml(c.summary))</failure>\n"
            }
            s += "      <system-out>\(xml("\(c.verdict): \(c.summary)"))</system-out>\n"
            s += "    </testcase>\n"
        }
        for e in errors {
            s += "    <testcase classname=\"bad-input\" name=\"\(xml(e.location))\" file=\"\(xml(e.file))\""
            if let l = e.line { s += " line=\"\(l)\"" }
            s += " time=\"0.000\">\n      <error type=\"bad-input\" message=\"\(xml(e.message))\">\(xml(e.description))</error>\n    </testcase>\n"
        }
        s += "  </testsuite>\n</testsuites>\n"
        return s
    }

    /// Escapes the five XML specials and drops characters XML 1.0 does not allow.
    func xml(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default:
                if u.value >= 0x20 && u.value != 0xFFFE && u.value != 0xFFFF { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    // MARK: JSON

    /// The report as one JSON object: results with their certificates, errors, summary counts
    /// and the exit code.
    public func jsonData() throws -> Data {
        try Certificate.encoder.encode(JSONReport(self)) + Data("\n".utf8)
    }

    struct JSONReport: Encodable {
        struct Result: Encodable {
            let file: String, line: Int?, claim: String, statement: StatementID, kind: ClaimKind
            let verdict: Verdict, expected: Verdict, asExpected: Bool, summary: String, seconds: Double
            let certificate: Certificate
        }
        struct ErrorEntry: Encodable { let file: String, line: Int?, column: Int?, message: String }
        let tool = ToolInfo.name, version = ToolInfo.version
        let results: [Result]
        let errors: [ErrorEntry]
        let summary: [String: Int]
        let exitCode: Int32

        init(_ r: CertifyReport) {
            results = r.outcomes.map { o in
                let c = o.certificate
                return Result(file: o.file, line: o.line, claim: c.claim, statement: c.statement, kind: c.kind,
                              verdict: c.verdict, expected: c.expected, asExpected: o.isAsExpected, summary: c.summary,
                              seconds: (o.seconds * 1000).rounded() / 1000, certificate: c)
            }
            errors = r.errors.map { ErrorEntry(file: $0.file, line: $0.line, column: $0.column, message: $0.message) }
            var s: [String: Int] = ["claims": r.outcomes.count, "as-expected": r.outcomes.count - r.unexpected.count,
                                    "not-as-expected": r.unexpected.count, "bad-input": r.errors.count]
            for v in Verdict.allCases { s[v.rawValue] = r.count(v) }
            summary = s
            exitCode = r.exitCode
        }
    }

    /// Writes one certificate per claim, `<claim id>.json`, into `directory` (created if needed).
    /// Returns the paths written.
    public func writeCertificates(to directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var written: [String] = []
        for o in outcomes {
            let path = (directory as NSString).appendingPathComponent("\(o.certificate.claim).json")
            try o.certificate.jsonData().write(to: URL(fileURLWithPath: path))
            written.append(path)
        }
        return written
    }
}
