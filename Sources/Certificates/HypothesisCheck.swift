/// A hypothesis of the statement a claim rests on, whether it holds, and how that was decided.
public struct HypothesisCheck: Sendable, Hashable, Codable {
    public let name: String
    public let holds: Bool
    public let how: String

    public init(name: String, holds: Bool, how: String) {
        self.name = name; self.holds = holds; self.how = how
    }
}
