/// Reads a truth table of a fixed-length sequence function: one line per input string,
/// `bits output` (e.g. `0110 1`), every string of the same length exactly once. The output is a
/// nonnegative integer. Blank lines and text after `#` are ignored. Errors name the file, the
/// line and what was expected: wrong lengths, non-binary strings, duplicate or missing rows, a
/// length past `SequenceFunction.maximumLength`.
public enum TruthTableReader {
    public static func parse(_ text: String, file: String) throws -> SequenceFunction {
        var length: Int? = nil
        var outputs: [Int] = []
        var lineOf: [Int] = []
        var lastLine = 1
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let n = index + 1
            lastLine = n
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if words.isEmpty { continue }
            guard words.count == 2 else {
                throw SeparationError.badInput(file: file, line: n, message: "expected `bits output` (two words), got \(words.count) words")
            }
            let bits = words[0]
            guard bits.allSatisfy({ $0 == "0" || $0 == "1" }) else {
                throw SeparationError.badInput(file: file, line: n, message: "input \"\(bits)\" is not a bit string: expected only 0 and 1")
            }
            guard let out = Int(words[1]), out >= 0, out < 1 << 30 else {
                throw SeparationError.badInput(file: file, line: n, message: "output \"\(words[1])\": expected a nonnegative integer below 2^30")
            }
            if let l = length {
                guard bits.count == l else {
                    throw SeparationError.badInput(file: file, line: n, message: "input has \(bits.count) bits, expected \(l) like the first row")
                }
            } else {
                guard bits.count <= SequenceFunction.maximumLength else {
                    throw SeparationError.badInput(file: file, line: n,
                        message: "input length \(bits.count) is too large: expected at most \(SequenceFunction.maximumLength) bits")
                }
                length = bits.count
                outputs = [Int](repeating: -1, count: 1 << bits.count)
                lineOf = [Int](repeating: 0, count: 1 << bits.count)
            }
            let x = bits.reduce(0) { $0 << 1 | ($1 == "1" ? 1 : 0) }
            guard outputs[x] < 0 else {
                throw SeparationError.badInput(file: file, line: n, message: "duplicate row for input \(bits) (first given on line \(lineOf[x])): expected each input once")
            }
            outputs[x] = out; lineOf[x] = n
        }
        guard let l = length else {
            throw SeparationError.badInput(file: file, line: 1, message: "empty truth table: expected lines `bits output`")
        }
        if let missing = outputs.firstIndex(where: { $0 < 0 }) {
            let b = String(missing, radix: 2)
            let s = String(repeating: "0", count: max(0, l - b.count)) + b
            throw SeparationError.badInput(file: file, line: lastLine,
                message: "missing row for input \(s): expected all \(1 << l) inputs of length \(l)")
        }
        return try SequenceFunction(length: l, outputs: outputs)
    }
}
