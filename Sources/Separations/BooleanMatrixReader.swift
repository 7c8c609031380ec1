/// Reads a 0/1 matrix file: one row per line (rows are Alice's inputs), entries `0`/`1`
/// written either as one word (`0110`) or separated by spaces or commas (`0 1 1 0`). Blank
/// lines and text after `#` are ignored. Every error names the file, the line and what was
/// expected: ragged rows, other characters, an empty file, or a size past
/// `BooleanMatrix.maximumEntries`.
public enum BooleanMatrixReader {
    public static func parse(_ text: String, file: String) throws -> BooleanMatrix {
        var rowsOut: [[UInt8]] = []
        var width: Int? = nil
        var firstLine = 0
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            var row: [UInt8] = []
            for ch in line.unicodeScalars {
                switch ch {
                case "0": row.append(0)
                case "1": row.append(1)
                case " ", "\t", ",", "\r": continue
                default:
                    throw SeparationError.badInput(file: file, line: lineNumber,
                        message: "unexpected character \"\(ch)\" in a 0/1 matrix row: expected only 0 and 1 (separated by nothing, spaces or commas)")
                }
            }
            if row.isEmpty { continue }
            if let w = width {
                guard row.count == w else {
                    throw SeparationError.badInput(file: file, line: lineNumber,
                        message: "ragged matrix: this row has \(row.count) entries, expected \(w) like the first row (line \(firstLine))")
                }
            } else { width = row.count; firstLine = lineNumber }
            guard (rowsOut.count + 1) * row.count <= BooleanMatrix.maximumEntries else {
                throw SeparationError.badInput(file: file, line: lineNumber,
                    message: "matrix too large: expected at most \(BooleanMatrix.maximumEntries) entries")
            }
            rowsOut.append(row)
        }
        guard let w = width else {
            throw SeparationError.badInput(file: file, line: 1, message: "empty matrix: expected at least one row of 0/1 entries")
        }
        return BooleanMatrix(unchecked: rowsOut.count, w, rowsOut.flatMap { $0 })
    }
}
