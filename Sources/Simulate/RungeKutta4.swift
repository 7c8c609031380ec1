//===--- RungeKutta4.swift ---------------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

/// The classical fourth-order Runge–Kutta method with a fixed step on a uniform time grid.
///
/// Tableau (Kutta, Z. Math. Phys. 46 (1901) 435–453; Hairer, Nørsett & Wanner, *Solving
/// Ordinary Differential Equations I*, 2nd ed., Springer 1993, §II.1, Table 1.2):
///
///     k1 = f(t,       u)
///     k2 = f(t + h/2, u + h/2·k1)
///     k3 = f(t + h/2, u + h/2·k2)
///     k4 = f(t + h,   u + h·k3)
///     u ← u + h/6·(k1 + 2k2 + 2k3 + k4)
///
/// The global error on a fixed interval is `O(h⁴)` for smooth `f`: halving `h` divides it by
/// about 16 until rounding (≈ steps·ε·|u|) dominates. Grid times are computed as
/// `t0 + k·(t1 − t0)/N` (not by repeated addition), so the last time is exactly `t1` and there
/// is no drift. Four evaluations of `f` per step.
public struct RungeKutta4: Sendable {
    /// Number of steps `N`; the grid has `N + 1` points and step `h = (t1 − t0)/N`.
    public let stepCount: Int

    /// A fixed-step integrator taking `stepCount ≥ 1` steps over the requested interval.
    public init(stepCount: Int) throws {
        guard stepCount >= 1 else {
            throw SimulationError.invalidSize(what: "RK4 step count", value: stepCount, expected: "a positive integer")
        }
        self.stepCount = stepCount
    }

    /// Integrates `u' = f(t, u)` from `t0` to `t1` (either direction), returning the state at
    /// every grid point `t0 + k(t1 − t0)/N`, `k = 0…N`.
    ///
    /// Throws on a non-finite initial state or interval, a right-hand side returning the wrong
    /// length, or `SimulationError.nonFiniteState` when the state overflows.
    public func solve(_ f: @escaping @Sendable (Double, [Double]) -> [Double],
                      initialState: [Double], from t0: Double, to t1: Double) throws -> ODESolution {
        try integrate(.closure(dimension: initialState.count, f), initialState: initialState, from: t0, to: t1)
    }

    /// Integrates the autonomous polynomial system `u' = Σ_ℓ F_ℓ u^{⊗ℓ}`.
    public func solve(_ field: PolynomialField, initialState: [Double], from t0: Double, to t1: Double) throws -> ODESolution {
        guard initialState.count == field.dimension else {
            throw SimulationError.dimensionMismatch(what: "initial state length", expected: field.dimension, actual: initialState.count)
        }
        return try integrate(.polynomial(field), initialState: initialState, from: t0, to: t1)
    }

    /// Integrates the linear system `u' = A u + b` (`b = nil` means `b = 0`).
    public func solve(linear a: SparseMatrix, constant b: [Double]? = nil,
                      initialState: [Double], from t0: Double, to t1: Double) throws -> ODESolution {
        let rhs = try ODERightHandSide.linear(a, constant: b ?? [])
        guard initialState.count == rhs.dimension else {
            throw SimulationError.dimensionMismatch(what: "initial state length", expected: rhs.dimension, actual: initialState.count)
        }
        return try integrate(rhs, initialState: initialState, from: t0, to: t1)
    }

    func integrate(_ rhs: ODERightHandSide, initialState: [Double], from t0: Double, to t1: Double) throws -> ODESolution {
        guard t0.isFinite && t1.isFinite else { throw SimulationError.nonFiniteValue(what: "integration interval endpoints") }
        guard !initialState.isEmpty else {
            throw SimulationError.invalidSize(what: "initial state length", value: 0, expected: "at least one component")
        }
        for x in initialState where !x.isFinite { throw SimulationError.nonFiniteValue(what: "initial state") }
        let n = initialState.count
        let count = stepCount
        let span = t1 - t0
        guard span.isFinite else { throw SimulationError.nonFiniteValue(what: "integration interval length") }
        let h = span / Double(count)

        var times = [t0]
        var states = [initialState]
        times.reserveCapacity(count + 1)
        states.reserveCapacity(count + 1)
        var u = initialState
        var k1 = [Double](repeating: 0, count: n), k2 = k1, k3 = k1, k4 = k1, tmp = k1
        for step in 0..<count {
            let t = t0 + Double(step) * h
            try rhs.evaluate(t, u, &k1)
            for i in 0..<n { tmp[i] = u[i] + 0.5 * h * k1[i] }
            try rhs.evaluate(t + 0.5 * h, tmp, &k2)
            for i in 0..<n { tmp[i] = u[i] + 0.5 * h * k2[i] }
            try rhs.evaluate(t + 0.5 * h, tmp, &k3)
            for i in 0..<n { tmp[i] = u[i] + h * k3[i] }
            try rhs.evaluate(t + h, tmp, &k4)
            let sixth = h / 6
            for i in 0..<n {
                u[i] += sixth * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i])
            }
            let tNext = step + 1 == count ? t1 : t0 + Double(step + 1) * h
            for x in u where !x.isFinite { throw SimulationError.nonFiniteState(time: tNext) }
            times.append(tNext)
            states.append(u)
        }
        let stats = IntegrationStatistics(acceptedSteps: count, rejectedSteps: 0, functionEvaluations: 4 * count)
        return ODESolution(times: times, states: states, statistics: stats)
    }
}
