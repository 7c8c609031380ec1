//===--- ODESolution.swift ---------------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

/// A numerical solution of `u' = f(t, u)` sampled at a list of times.
///
/// `states[k]` approximates `u(times[k])`; `states[0]` is the initial state when `times[0]`
/// is the initial time. The approximation error is whatever the integrator's order and
/// tolerances give — it is *not* enclosed; certified bounds live in the `Carleman` module.
public struct ODESolution: Sendable {
    /// The sample times, monotone in the direction of integration.
    public let times: [Double]
    /// `states[k]` is the computed state at `times[k]`.
    public let states: [[Double]]
    /// Work counters of the integration that produced this solution.
    public let statistics: IntegrationStatistics

    public init(times: [Double], states: [[Double]], statistics: IntegrationStatistics) {
        self.times = times
        self.states = states
        self.statistics = statistics
    }

    /// The last sampled state.
    public var finalState: [Double] { states.last ?? [] }

    /// Component `i` of every sampled state (a time series).
    public func component(_ i: Int) throws -> [Double] {
        let n = states.first?.count ?? 0
        guard i >= 0 && i < n else {
            throw SimulationError.indexOutOfRange(what: "state component", index: i, bound: n)
        }
        return states.map { $0[i] }
    }
}
