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
        var lineNumber = 0
        // Works on UTF-8 bytes (a 20-bit table has 2²⁰ lines); words are split on space/tab/CR.
        var text = text
        try text.withUTF8 { bytes in
            var start = 0
            let count = bytes.count
            while start <= count {
                var end = start
                while end < count && bytes[end] != 10 { end += 1 }
                lineNumber += 1
                lastLine = lineNumber
                var stop = end
                if let hash = (start..<end).first(where: { bytes[$0] == 35 }) { stop = hash }   // '#'
                var words: [Range<Int>] = []
                var i = start
                while i < stop {
                    while i < stop && (bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 13) { i += 1 }
                    if i >= stop { break }
                    let w0 = i
                    while i < stop && !(bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 13) { i += 1 }
                    words.append(w0..<i)
                }
                start = end + 1
                if words.isEmpty { continue }
                let n = lineNumber
                func word(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
                guard words.count == 2 else {
                    throw SeparationError.badInput(file: file, line: n, message: "expected `bits output` (two words), got \(words.count) words")
                }
                let bits = words[0]
                guard bits.allSatisfy({ bytes[$0] == 48 || bytes[$0] == 49 }) else {
                    throw SeparationError.badInput(file: file, line: n, message: "input \"\(word(bits))\" is not a bit string: expected only 0 and 1")
                }
                var out = 0
                var valid = words[1].count <= 10
                for k in words[1] where valid {
                    let d = Int(bytes[k]) - 48
                    if d < 0 || d > 9 { valid = false } else { out = out * 10 + d }
                }
                guard valid, out < 1 << 30 else {
                    throw SeparationError.badInput(file: file, line: n, message: "output \"\(word(words[1]))\": expected a nonnegative integer below 2^30")
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
                let x = bits.reduce(0) { $0 << 1 | (bytes[$1] == 49 ? 1 : 0) }
                guard outputs[x] < 0 else {
                    throw SeparationError.badInput(file: file, line: n, message: "duplicate row for input \(word(bits)) (first given on line \(lineOf[x])): expected each input once")
                }
                outputs[x] = out; lineOf[x] = n
            }
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
