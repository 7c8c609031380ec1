//===--- IntegrationStatistics+CustomStringConvertible.swift ---------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

extension IntegrationStatistics: CustomStringConvertible {
    public var description: String {
        "\(acceptedSteps) accepted, \(rejectedSteps) rejected steps, \(functionEvaluations) evaluations of f"
    }
}
