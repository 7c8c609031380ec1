/// A deterministic strategy of a `OneWayGame`: Alice's message map g and answer map a, and
/// Bob's answer for every (message, input). This is the witness `OneWayBranchAndBound` returns;
/// `OneWayGame.wonPairs` re-evaluates it on every input pair.
public struct OneWayStrategy: Sendable, Hashable, Codable {
    /// g(x) for every Alice input x.
    public let messages: [Int]
    /// a(x) for every Alice input x.
    public let aliceAnswers: [Int]
    /// b(m, y): `bobAnswers[m][y]`.
    public let bobAnswers: [[Int]]

    public init(messages: [Int], aliceAnswers: [Int], bobAnswers: [[Int]]) {
        self.messages = messages; self.aliceAnswers = aliceAnswers; self.bobAnswers = bobAnswers
    }

    /// Throws unless every array has the game's sizes and every entry is in range.
    public func validate(for game: OneWayGame) throws {
        guard messages.count == game.aliceInputs, aliceAnswers.count == game.aliceInputs,
              !bobAnswers.isEmpty, bobAnswers.allSatisfy({ $0.count == game.bobInputs }),
              messages.allSatisfy({ (0..<bobAnswers.count).contains($0) }),
              aliceAnswers.allSatisfy({ (0..<game.aliceAnswers).contains($0) }),
              bobAnswers.allSatisfy({ $0.allSatisfy { (0..<game.bobAnswers).contains($0) } })
        else { throw SeparationError.invalidArgument("the strategy does not fit a game with |X| = \(game.aliceInputs), |A| = \(game.aliceAnswers), |Y| = \(game.bobInputs), |B| = \(game.bobAnswers)") }
    }
}
