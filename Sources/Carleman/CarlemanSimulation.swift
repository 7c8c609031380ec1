import Exact
import Simulate

/// Float exploration: integrates the true system and its truncated Carleman system and
/// returns the observed truncation error `‖u(t) − ŷ1(t)‖` on a time grid. Dormand–Prince with
/// tight tolerances (relative 1e-10, absolute 1e-13). It explores; it never decides a verdict.
public struct CarlemanSimulation: Sendable {
    public let times: [Double]
    /// u(t_k) of the true system.
    public let trajectory: [[Double]]
    /// ŷ1(t_k) of the truncated Carleman system.
    public let carleman: [[Double]]

    public init(system: PolynomialSystem, initial: [Double], order: Int, times: [Double]) throws {
        let solver = try DormandPrince(relativeTolerance: 1e-10, absoluteTolerance: 1e-13, maximumSteps: 2_000_000)
        let field = try system.floatField()
        let truth = try solver.solve(field, initialState: initial, from: 0, reportingAt: times)
        let a = try FloatCarlemanMatrix(system: system, order: order)
        let lifted = a.lift(initial)
        let approx = try solver.solve(linear: a.matrix, constant: a.forcing, initialState: lifted, from: 0, reportingAt: times)
        let n = system.dimension
        self.times = times
        self.trajectory = truth.states
        self.carleman = approx.states.map { Array($0.prefix(n)) }
    }

    /// The observed error in the given norm at each time.
    public func error(norm: CarlemanNorm) -> [Double] {
        zip(trajectory, carleman).map { u, y in
            switch norm {
            case .two: return zip(u, y).reduce(0.0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
            case .infinity: return zip(u, y).reduce(0.0) { Swift.max($0, abs($1.0 - $1.1)) }
            }
        }
    }
}
