import Exact

/// A Bell functional in any of the three notations (`bell.notations`). All three convert
/// exactly into one another; the conversions keep the value of every no-signalling behaviour.
public enum BellFunctional: Sendable, Hashable {
    case correlator(CorrelatorFunctional)
    case collinsGisin(CollinsGisinFunctional)
    case probability(ProbabilityFunctional)

    /// The notation names used in files: `correlator`, `collins-gisin`, `probability`.
    public var notation: String {
        switch self {
        case .correlator: return "correlator"
        case .collinsGisin: return "collins-gisin"
        case .probability: return "probability"
        }
    }

    public var scenario: BellScenario {
        switch self {
        case .correlator(let f): return f.scenario
        case .collinsGisin(let f): return f.scenario
        case .probability(let f): return f.scenario
        }
    }

    /// The full-probability form (exact).
    public var probabilityForm: ProbabilityFunctional {
        switch self {
        case .correlator(let f): return f.probabilityForm()
        case .collinsGisin(let f): return f.probabilityForm()
        case .probability(let f): return f
        }
    }

    /// The exact value on a deterministic strategy.
    public func value(of strategy: DeterministicStrategy) throws(BellError) -> Rational {
        switch self {
        case .correlator(let f): return try f.value(of: strategy)
        case .collinsGisin, .probability: return try probabilityForm.value(of: strategy)
        }
    }
}
