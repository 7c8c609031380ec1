//===--- IntegrationStatistics.swift -----------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

/// Work counters of one ODE integration.
public struct IntegrationStatistics: Sendable, Equatable {
    /// Steps whose local error estimate met the tolerance (every step, for a fixed-step method).
    public var acceptedSteps: Int
    /// Trial steps that were rejected and retried with a smaller step size.
    public var rejectedSteps: Int
    /// Calls of the right-hand side `f(t, u)`.
    public var functionEvaluations: Int

    public init(acceptedSteps: Int = 0, rejectedSteps: Int = 0, functionEvaluations: Int = 0) {
        self.acceptedSteps = acceptedSteps
        self.rejectedSteps = rejectedSteps
        self.functionEvaluations = functionEvaluations
    }
}
