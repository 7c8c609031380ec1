import Exact

/// Reads a distribution μ on the entries of an r × c communication matrix (for the discrepancy
/// under μ, statement `"comm.discrepancy"`): one line per matrix row, c nonnegative exact
/// rationals (`1/16`, `0.25`, `0`) separated by spaces or commas; blank lines and text after `#`
/// are ignored. Checked exactly: every entry parses and is ≥ 0, every row has c entries, there
/// are r rows, and the entries sum to exactly 1. Each error names the file, the line and what
/// was expected (`w.txt:3: error: … expected …`). Returns the weights row-major.
public enum DistributionReader {
    public static func parse(_ text: String, file: String, rows: Int, columns: Int) throws -> [Rational] {
        var weights: [Rational] = []
        var rowCount = 0, lastLine = 1
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\r" })
            if words.isEmpty { continue }
            lastLine = lineNumber
            guard rowCount < rows else {
                throw SeparationError.badInput(file: file, line: lineNumber, message: "one row too many: expected \(rows) rows of weights, one per matrix row")
            }
            guard words.count == columns else {
                throw SeparationError.badInput(file: file, line: lineNumber, message: "this row has \(words.count) weights: expected \(columns), one per matrix column")
            }
            for w in words {
                guard let v = try? Rational(parsing: String(w)) else {
                    throw SeparationError.badInput(file: file, line: lineNumber, message: "\"\(w)\" is not a number: expected an exact nonnegative rational such as 1/16 or 0.25")
                }
                guard v.signum >= 0 else {
                    throw SeparationError.badInput(file: file, line: lineNumber, message: "weight \(v) is negative: expected a nonnegative rational")
                }
                weights.append(v)
            }
            rowCount += 1
        }
        guard rowCount == rows else {
            throw SeparationError.badInput(file: file, line: lastLine, message: "the file has \(rowCount) rows of weights: expected \(rows), one per matrix row")
        }
        let total = weights.reduce(Rational(), +)
        guard total == Rational(1) else {
            throw SeparationError.badInput(file: file, line: lastLine, message: "the weights sum to \(total): expected exactly 1")
        }
        return weights
    }
}
