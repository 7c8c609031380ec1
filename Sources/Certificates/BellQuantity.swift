/// What a `bell-bound` claim is about, for the functional (or game) in its file.
///
/// - `local`: the exact local bound, max over deterministic strategies (`bell.local-bound`);
///   witness an optimal deterministic strategy.
/// - `no-signalling`: the exact no-signalling value (`bell.no-signalling`); witnesses an optimal
///   no-signalling box (≥) and an exact dual solution of the linear program (≤).
/// - `quantum`: the quantum value q* of a bipartite XOR functional (`bell.tsirelson-xor`),
///   enclosed in [L, U]: L from explicit unit vectors (interval arithmetic) or the local bound,
///   U = c₀₀ + Σa + Σb from a dual certificate W(a, b) ⪰ 0 (exact LDLᵀ). Functionals with
///   marginal terms, more parties or more outputs do not meet the hypothesis.
public enum BellQuantity: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case local
    case noSignalling = "no-signalling"
    case quantum

    public var description: String { rawValue }

    /// The statement the quantity's kernel checks.
    public var statement: StatementID {
        switch self {
        case .local: .bellLocalBound
        case .noSignalling: .bellNoSignalling
        case .quantum: .bellTsirelsonXOR
        }
    }
}
