/// A function of fixed-length bit strings, g: {0,1}ⁿ → outputs, stored as a truth table.
///
/// Input `x = x₁x₂…xₙ` is read left to right (x₁ first) and indexes `outputs` as the binary
/// number x₁x₂…xₙ (x₁ most significant). Outputs are small nonnegative integers (for a
/// Boolean function, 0 or 1; the streaming kernels treat them as labels).
public struct SequenceFunction: Sendable, Hashable {
    /// The largest length accepted (2²⁴ table entries).
    public static let maximumLength = 24

    public let length: Int
    public let outputs: [Int]

    public init(length: Int, outputs: [Int]) throws {
        guard (0...Self.maximumLength).contains(length) else {
            throw SeparationError.tooLarge(what: "input length", value: length, maximum: Self.maximumLength)
        }
        guard outputs.count == 1 << length else {
            throw SeparationError.invalidArgument("expected \(1 << length) outputs for length \(length), got \(outputs.count)")
        }
        self.length = length; self.outputs = outputs
    }

    /// g(x) for x given as an integer (x₁ most significant).
    public init(length: Int, _ g: (Int) throws -> Int) throws {
        guard (0...Self.maximumLength).contains(length) else {
            throw SeparationError.tooLarge(what: "input length", value: length, maximum: Self.maximumLength)
        }
        try self.init(length: length, outputs: (0..<(1 << length)).map(g))
    }

    /// The communication matrix of the cut after t symbols, `M_t[prefix, suffix] = g(prefix·suffix)`
    /// (only for Boolean outputs).
    public func cutMatrix(at t: Int) throws -> BooleanMatrix {
        guard (0...length).contains(t) else { throw SeparationError.invalidArgument("cut \(t) outside 0...\(length)") }
        guard outputs.allSatisfy({ $0 == 0 || $0 == 1 }) else { throw SeparationError.invalidArgument("cutMatrix needs 0/1 outputs") }
        let s = length - t
        return try BooleanMatrix(rows: 1 << t, columns: 1 << s) { p, q in outputs[(p << s) | q] == 1 }
    }
}
