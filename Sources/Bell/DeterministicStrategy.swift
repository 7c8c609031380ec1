/// A deterministic local strategy: party `i` answers `answers[i][x]` on input `x`. These are the
/// vertices of the local polytope; the local bound of a functional is attained at one of them.
/// In correlator notation outcome 0 is the value +1 and outcome 1 is −1.
public struct DeterministicStrategy: Sendable, Hashable, Codable, CustomStringConvertible {
    public let answers: [[Int]]

    public init(answers: [[Int]]) { self.answers = answers }

    /// Checks that the strategy fits `scenario`.
    public func validate(for scenario: BellScenario) throws(BellError) {
        guard answers.count == scenario.parties else {
            throw .shape("a strategy for \(answers.count) parties: expected \(scenario.parties)")
        }
        for (i, a) in answers.enumerated() {
            guard a.count == scenario.inputs[i] else {
                throw .shape("party \(i) answers \(a.count) inputs: expected \(scenario.inputs[i])")
            }
            for v in a where v < 0 || v >= scenario.outputs[i] {
                throw .invalid("party \(i) answers \(v): expected an output in 0..<\(scenario.outputs[i])")
            }
        }
    }

    /// The ±1 values (outcome 0 ↦ +1, outcome 1 ↦ −1) of a binary strategy.
    public var signs: [[Int]] { answers.map { $0.map { $0 == 0 ? 1 : -1 } } }

    public var description: String {
        answers.enumerated().map { "party \($0.offset): \($0.element)" }.joined(separator: "; ")
    }
}
