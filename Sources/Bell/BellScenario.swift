/// A Bell scenario: `n` parties, party `i` has `inputs[i]` measurement settings (inputs
/// `0..<inputs[i]`) and `outputs[i]` outcomes (outputs `0..<outputs[i]`).
///
/// Tuples of inputs (and of outputs) are indexed row-major with party 0 most significant, the
/// order used by every flat coefficient array of this module (Ket.jl / toqito convention).
public struct BellScenario: Sendable, Hashable, Codable, CustomStringConvertible {
    public let inputs: [Int]
    public let outputs: [Int]

    /// The largest number of entries a coefficient array of a scenario may have (a bound that
    /// keeps user files from exhausting memory).
    public static let maximumEntries = 4_000_000

    public init(inputs: [Int], outputs: [Int]) throws(BellError) {
        guard inputs.count == outputs.count else {
            throw .shape("scenario has \(inputs.count) input counts and \(outputs.count) output counts: expected one of each per party")
        }
        guard inputs.count >= 2, inputs.count <= 16 else {
            throw .invalid("a scenario with \(inputs.count) parties: expected 2 to 16 parties")
        }
        for (i, m) in inputs.enumerated() where m < 1 || m > 64 {
            throw .invalid("party \(i) has \(m) inputs: expected 1 to 64")
        }
        for (i, o) in outputs.enumerated() where o < 2 || o > 64 {
            throw .invalid("party \(i) has \(o) outputs: expected 2 to 64")
        }
        var size = 1
        for k in inputs + outputs {
            let (p, overflow) = size.multipliedReportingOverflow(by: k)
            guard !overflow, p <= BellScenario.maximumEntries else {
                throw .tooLarge(what: "a full-probability table of this scenario", estimate: "more than \(BellScenario.maximumEntries)",
                                limit: "\(BellScenario.maximumEntries) entries")
            }
            size = p
        }
        self.inputs = inputs
        self.outputs = outputs
    }

    /// Two parties with `mA`, `mB` inputs and `oA`, `oB` outputs.
    public static func bipartite(inputs mA: Int, _ mB: Int, outputs oA: Int = 2, _ oB: Int = 2) throws(BellError) -> BellScenario {
        try BellScenario(inputs: [mA, mB], outputs: [oA, oB])
    }

    public var parties: Int { inputs.count }
    public var inputTupleCount: Int { inputs.reduce(1, *) }
    public var outputTupleCount: Int { outputs.reduce(1, *) }
    public var isBinary: Bool { outputs.allSatisfy { $0 == 2 } }

    /// The digits of `index` in the mixed radix `radices` (first digit most significant).
    public static func digits(_ index: Int, radices: [Int]) -> [Int] {
        var r = index
        var d = Array(repeating: 0, count: radices.count)
        for i in stride(from: radices.count - 1, through: 0, by: -1) {
            d[i] = r % radices[i]; r /= radices[i]
        }
        return d
    }

    /// The index of `digits` in the mixed radix `radices` (first digit most significant).
    public static func index(_ digits: [Int], radices: [Int]) -> Int {
        var r = 0
        for i in 0..<radices.count { r = r * radices[i] + digits[i] }
        return r
    }

    public var description: String { "inputs \(inputs), outputs \(outputs)" }
}
