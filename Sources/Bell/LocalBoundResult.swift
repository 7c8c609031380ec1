import Exact

/// The exact local bound of a Bell functional (`bell.local-bound`): `value` is the maximum of the
/// functional over all local (deterministic or shared-randomness) strategies, and `strategy` is
/// a deterministic strategy that attains it — the witness that a re-checker evaluates.
public struct LocalBoundResult: Sendable, Hashable {
    public let value: Rational
    public let strategy: DeterministicStrategy
    /// Which enumeration produced it (`gray-code`, `enumeration`) and the arithmetic
    /// (`int64`, `big-integer`).
    public let method: String
    public let arithmetic: String
    /// Deterministic strategies examined (each with the last party answered in closed form).
    public let strategiesExamined: UInt64
}
