import Exact

/// A named Bell functional or nonlocal game of the library (THEOREMS.md §3) with an explicit
/// quantum strategy and the values the literature gives for it.
public struct BellLibraryEntry: Sendable {
    public let name: String
    /// The statement id whose expected values this entry checks, e.g. "bell.chsh".
    public let statement: String
    public let functional: BellFunctional
    /// True for games (value = winning probability); false for inequalities.
    public let isGame: Bool
    public let strategy: QuantumStrategy?
    /// The local (classical) bound the literature states, exact.
    public let expectedLocal: Rational
    /// An enclosure of the quantum value the literature states for `strategy` (closed form).
    public let expectedQuantum: Interval?
    /// The closed form of the quantum value, as text.
    public let quantumFormula: String
}
