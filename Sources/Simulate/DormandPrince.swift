//===--- DormandPrince.swift -------------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

import RealModule

/// The adaptive explicit Runge–Kutta pair RK5(4) of Dormand and Prince ("DOPRI5").
///
/// Follows Dormand & Prince, "A family of embedded Runge–Kutta formulae", J. Comput. Appl.
/// Math. 6 (1980) 19–26, as implemented and analysed in Hairer, Nørsett & Wanner, *Solving
/// Ordinary Differential Equations I*, 2nd ed., Springer 1993, §II.4 (step-size control,
/// starting step) and §II.5 (the method, Table 5.2; dense output, §II.6):
///
/// - **Stages.** Seven stages; the seventh is `f(t + h, u_{n+1})`, which is reused as the
///   first stage of the next step (*first same as last*, FSAL), so an accepted step costs six
///   evaluations of `f`.
/// - **Error estimate.** The difference between the fifth-order solution (which is propagated,
///   "local extrapolation") and the embedded fourth-order one,
///   `err_i = h Σ_j e_j k_{j,i}`, measured in the scaled RMS norm
///   `‖err‖ = sqrt( (1/n) Σ_i (err_i / sc_i)² )` with `sc_i = atol + rtol·max(|u_i|, |u_{n+1,i}|)`.
///   A step is accepted when `‖err‖ ≤ 1`.
/// - **Step-size control.** `h_new = h · min(maxFactor, max(minFactor, safety·‖err‖^{−1/5}))`,
///   with `safety = 0.9` by default; after a rejection the step is not allowed to grow on the
///   next accepted step (HNW §II.4, eq. (4.13) and the remarks after it).
/// - **Starting step.** HNW §II.4 "Starting step size" (algorithm of `HINIT`) unless an
///   initial step is given.
/// - **Output.** Either Shampine's continuous extension or exact hits (see ``OutputMode``).
///
/// The tolerances control the *local* error per step; the global error is usually a modest
/// multiple of `rtol·|u| + atol` for non-stiff problems, but this is an empirical statement,
/// not a bound. Stiff problems make the method take very small steps; it then stops with
/// `maximumStepsExceeded` rather than running forever.
///
/// Failures throw (never trap): a non-finite initial state or `f(t0, u0)` or a state that keeps
/// overflowing (`nonFiniteState`), a step smaller than about `10·ε·|t|` (`stepSizeUnderflow`,
/// typical of finite-time blow-up), or the step budget (`maximumStepsExceeded`).
public struct DormandPrince: Sendable {
    /// Relative tolerance `rtol ≥ 0`.
    public let relativeTolerance: Double
    /// Absolute tolerance `atol > 0` (strictly positive so that the error scale never vanishes).
    public let absoluteTolerance: Double
    /// Safety factor in `(0, 1]` multiplying the optimal step-size ratio (default 0.9).
    public let safetyFactor: Double
    /// Smallest allowed ratio `h_new / h` in `(0, 1]` (default 0.2).
    public let minimumFactor: Double
    /// Largest allowed ratio `h_new / h`, at least 1 (default 10).
    public let maximumFactor: Double
    /// Upper bound on `|h|` (default `+∞`).
    public let maximumStepSize: Double
    /// First trial step `|h|`, or `nil` for the automatic choice of HNW §II.4.
    public let initialStepSize: Double?
    /// Budget of step attempts (accepted plus rejected).
    public let maximumSteps: Int
    /// How states at output times are produced.
    public let outputMode: OutputMode

    /// Configures the integrator; throws if a parameter is outside its documented range.
    public init(relativeTolerance: Double = 1e-6,
                absoluteTolerance: Double = 1e-9,
                safetyFactor: Double = 0.9,
                minimumFactor: Double = 0.2,
                maximumFactor: Double = 10,
                maximumStepSize: Double = .infinity,
                initialStepSize: Double? = nil,
                maximumSteps: Int = 100_000,
                outputMode: OutputMode = .denseOutput) throws {
        guard relativeTolerance.isFinite && relativeTolerance >= 0 else {
            throw SimulationError.invalidParameter(what: "relative tolerance", value: relativeTolerance, expected: "a finite number ≥ 0")
        }
        guard absoluteTolerance.isFinite && absoluteTolerance > 0 else {
            throw SimulationError.invalidParameter(what: "absolute tolerance", value: absoluteTolerance, expected: "a finite number > 0")
        }
        guard safetyFactor > 0 && safetyFactor <= 1 else {
            throw SimulationError.invalidParameter(what: "safety factor", value: safetyFactor, expected: "a number in (0, 1]")
        }
        guard minimumFactor > 0 && minimumFactor <= 1 else {
            throw SimulationError.invalidParameter(what: "minimum step-size factor", value: minimumFactor, expected: "a number in (0, 1]")
        }
        guard maximumFactor >= 1 && maximumFactor.isFinite else {
            throw SimulationError.invalidParameter(what: "maximum step-size factor", value: maximumFactor, expected: "a finite number ≥ 1")
        }
        guard maximumStepSize > 0 && !maximumStepSize.isNaN else {
            throw SimulationError.invalidParameter(what: "maximum step size", value: maximumStepSize, expected: "a number > 0 (possibly +∞)")
        }
        if let h = initialStepSize {
            guard h.isFinite && h > 0 else {
                throw SimulationError.invalidParameter(what: "initial step size", value: h, expected: "a finite number > 0")
            }
        }
        guard maximumSteps >= 1 else {
            throw SimulationError.invalidSize(what: "maximum number of steps", value: maximumSteps, expected: "a positive integer")
        }
        self.relativeTolerance = relativeTolerance
        self.absoluteTolerance = absoluteTolerance
        self.safetyFactor = safetyFactor
        self.minimumFactor = minimumFactor
        self.maximumFactor = maximumFactor
        self.maximumStepSize = maximumStepSize
        self.initialStepSize = initialStepSize
        self.maximumSteps = maximumSteps
        self.outputMode = outputMode
    }

    // MARK: Public entry points

    /// Integrates `u' = f(t, u)` from `t0`, returning the state at each of `outputTimes`.
    ///
    /// `outputTimes` must be finite and monotone (non-decreasing, or non-increasing for
    /// backward integration) and must not lie before `t0` in the direction of integration;
    /// a time equal to `t0` reports the initial state. The solution's `times` are exactly
    /// `outputTimes`.
    public func solve(_ f: @escaping @Sendable (Double, [Double]) -> [Double],
                      initialState: [Double], from t0: Double, reportingAt outputTimes: [Double]) throws -> ODESolution {
        try integrate(.closure(dimension: initialState.count, f), initialState: initialState, from: t0, outputTimes: outputTimes)
    }

    /// Integrates `u' = f(t, u)` from `t0` to `t1`; the solution holds `[u(t0), u(t1)]`.
    public func solve(_ f: @escaping @Sendable (Double, [Double]) -> [Double],
                      initialState: [Double], from t0: Double, to t1: Double) throws -> ODESolution {
        try solve(f, initialState: initialState, from: t0, reportingAt: [t0, t1])
    }

    /// Integrates the autonomous polynomial system `u' = Σ_ℓ F_ℓ u^{⊗ℓ}`.
    public func solve(_ field: PolynomialField, initialState: [Double], from t0: Double,
                      reportingAt outputTimes: [Double]) throws -> ODESolution {
        guard initialState.count == field.dimension else {
            throw SimulationError.dimensionMismatch(what: "initial state length", expected: field.dimension, actual: initialState.count)
        }
        return try integrate(.polynomial(field), initialState: initialState, from: t0, outputTimes: outputTimes)
    }

    /// Integrates the autonomous polynomial system from `t0` to `t1`.
    public func solve(_ field: PolynomialField, initialState: [Double], from t0: Double, to t1: Double) throws -> ODESolution {
        try solve(field, initialState: initialState, from: t0, reportingAt: [t0, t1])
    }

    /// Integrates the linear system `u' = A u + b` (`b = nil` means `b = 0`).
    public func solve(linear a: SparseMatrix, constant b: [Double]? = nil, initialState: [Double],
                      from t0: Double, reportingAt outputTimes: [Double]) throws -> ODESolution {
        let rhs = try ODERightHandSide.linear(a, constant: b ?? [])
        guard initialState.count == rhs.dimension else {
            throw SimulationError.dimensionMismatch(what: "initial state length", expected: rhs.dimension, actual: initialState.count)
        }
        return try integrate(rhs, initialState: initialState, from: t0, outputTimes: outputTimes)
    }

    /// Integrates the linear system `u' = A u + b` from `t0` to `t1`.
    public func solve(linear a: SparseMatrix, constant b: [Double]? = nil, initialState: [Double],
                      from t0: Double, to t1: Double) throws -> ODESolution {
        try solve(linear: a, constant: b, initialState: initialState, from: t0, reportingAt: [t0, t1])
    }

    // MARK: Tableau (HNW Table II.5.2) and dense-output coefficients (Shampine 1986)

    static let c2 = 1.0 / 5, c3 = 3.0 / 10, c4 = 4.0 / 5, c5 = 8.0 / 9
    static let a21 = 1.0 / 5
    static let a31 = 3.0 / 40, a32 = 9.0 / 40
    static let a41 = 44.0 / 45, a42 = -56.0 / 15, a43 = 32.0 / 9
    static let a51 = 19372.0 / 6561, a52 = -25360.0 / 2187, a53 = 64448.0 / 6561, a54 = -212.0 / 729
    static let a61 = 9017.0 / 3168, a62 = -355.0 / 33, a63 = 46732.0 / 5247, a64 = 49.0 / 176, a65 = -5103.0 / 18656
    // Fifth-order weights b_j (= row 7 of A; b_2 = b_7 = 0).
    static let a71 = 35.0 / 384, a73 = 500.0 / 1113, a74 = 125.0 / 192, a75 = -2187.0 / 6784, a76 = 11.0 / 84
    // e_j = b_j − b̂_j (fifth minus embedded fourth order).
    static let e1 = 71.0 / 57600, e3 = -71.0 / 16695, e4 = 71.0 / 1920, e5 = -17253.0 / 339200, e6 = 22.0 / 525, e7 = -1.0 / 40
    // Shampine's continuous extension, in the form of Hairer's CONTD5.
    static let d1 = -12715105075.0 / 11282082432, d3 = 87487479700.0 / 32700410799,
               d4 = -10690763975.0 / 1880347072, d5 = 701980252875.0 / 199316789632,
               d6 = -1453857185.0 / 822651844, d7 = 69997945.0 / 29380423

    // MARK: Core loop

    func integrate(_ rhs: ODERightHandSide, initialState: [Double], from t0: Double,
                   outputTimes: [Double]) throws -> ODESolution {
        typealias DP = DormandPrince
        let n = initialState.count
        guard n >= 1 else {
            throw SimulationError.invalidSize(what: "initial state length", value: 0, expected: "at least one component")
        }
        guard t0.isFinite else { throw SimulationError.nonFiniteValue(what: "initial time") }
        for x in initialState where !x.isFinite { throw SimulationError.nonFiniteValue(what: "initial state") }
        guard let tEnd = outputTimes.last else {
            throw SimulationError.invalidSize(what: "number of output times", value: 0, expected: "at least one output time")
        }
        for x in outputTimes where !x.isFinite { throw SimulationError.nonFiniteValue(what: "output times") }
        let dir: Double = tEnd >= t0 ? 1 : -1
        var previous = t0
        for (k, x) in outputTimes.enumerated() {
            guard dir * (x - previous) >= 0 else {
                throw SimulationError.invalidParameter(
                    what: "output time #\(k)", value: x,
                    expected: "output times monotone in the direction of integration and not before t0 = \(t0)")
            }
            previous = x
        }

        var stats = IntegrationStatistics()
        var states: [[Double]] = []
        states.reserveCapacity(outputTimes.count)
        let m = outputTimes.count
        var outIndex = 0

        var t = t0
        var y = initialState
        var k1 = [Double](repeating: 0, count: n)
        var k2 = k1, k3 = k1, k4 = k1, k5 = k1, k6 = k1, k7 = k1
        var yTmp = k1, yNew = k1
        try rhs.evaluate(t, y, &k1)
        stats.functionEvaluations += 1
        for x in k1 where !x.isFinite { throw SimulationError.nonFiniteState(time: t0) }

        while outIndex < m && outputTimes[outIndex] == t0 {
            states.append(y)
            outIndex += 1
        }
        if outIndex == m {
            return ODESolution(times: outputTimes, states: states, statistics: stats)
        }

        let rtol = relativeTolerance, atol = absoluteTolerance
        @inline(__always) func scale(_ a: Double, _ b: Double) -> Double { atol + rtol * max(abs(a), abs(b)) }

        // Starting step (HNW §II.4, algorithm of HINIT).
        var h: Double
        if let h0 = initialStepSize {
            h = h0
        } else {
            var d0 = 0.0, d1 = 0.0
            for i in 0..<n {
                let sc = scale(y[i], y[i])
                d0 += (y[i] / sc) * (y[i] / sc)
                d1 += (k1[i] / sc) * (k1[i] / sc)
            }
            d0 = (d0 / Double(n)).squareRoot()
            d1 = (d1 / Double(n)).squareRoot()
            var h0 = (d0 < 1e-5 || d1 < 1e-5) ? 1e-6 : 0.01 * d0 / d1
            h0 = min(h0, maximumStepSize, abs(tEnd - t0))
            for i in 0..<n { yTmp[i] = y[i] + dir * h0 * k1[i] }
            try rhs.evaluate(t + dir * h0, yTmp, &k2)
            stats.functionEvaluations += 1
            var d2 = 0.0
            for i in 0..<n {
                let q = (k2[i] - k1[i]) / scale(y[i], y[i])
                d2 += q * q
            }
            d2 = (d2 / Double(n)).squareRoot() / h0
            if d2.isFinite {
                let dm = max(d1, d2)
                let h1 = dm <= 1e-15 ? max(1e-6, h0 * 1e-3) : Double.pow(0.01 / dm, 1.0 / 5)
                h = min(100 * h0, h1)
            } else {
                h = h0
            }
        }
        h = min(h, maximumStepSize)

        var lastRejected = false
        var nonFiniteStreak = 0

        while outIndex < m {
            let attempts = stats.acceptedSteps + stats.rejectedSteps
            guard attempts < maximumSteps else {
                throw SimulationError.maximumStepsExceeded(time: t, steps: attempts)
            }
            let target = outputMode == .exactHits ? outputTimes[outIndex] : tEnd
            var hs = dir * min(h, maximumStepSize)
            var landsOnTarget = false
            if dir * (t + 1.01 * hs - target) >= 0 {
                hs = target - t
                landsOnTarget = true
            }
            if !landsOnTarget && (abs(hs) <= 10 * Double.ulpOfOne * abs(t) || abs(hs) < Double.leastNormalMagnitude) {
                if nonFiniteStreak > 0 { throw SimulationError.nonFiniteState(time: t) }
                throw SimulationError.stepSizeUnderflow(time: t, stepSize: hs)
            }
            let tNew = landsOnTarget ? target : t + hs

            // The six new stages.
            for i in 0..<n { yTmp[i] = y[i] + hs * (DP.a21 * k1[i]) }
            try rhs.evaluate(t + DP.c2 * hs, yTmp, &k2)
            for i in 0..<n { yTmp[i] = y[i] + hs * (DP.a31 * k1[i] + DP.a32 * k2[i]) }
            try rhs.evaluate(t + DP.c3 * hs, yTmp, &k3)
            for i in 0..<n { yTmp[i] = y[i] + hs * (DP.a41 * k1[i] + DP.a42 * k2[i] + DP.a43 * k3[i]) }
            try rhs.evaluate(t + DP.c4 * hs, yTmp, &k4)
            for i in 0..<n {
                yTmp[i] = y[i] + hs * (DP.a51 * k1[i] + DP.a52 * k2[i] + DP.a53 * k3[i] + DP.a54 * k4[i])
            }
            try rhs.evaluate(t + DP.c5 * hs, yTmp, &k5)
            for i in 0..<n {
                yTmp[i] = y[i] + hs * (DP.a61 * k1[i] + DP.a62 * k2[i] + DP.a63 * k3[i] + DP.a64 * k4[i] + DP.a65 * k5[i])
            }
            try rhs.evaluate(tNew, yTmp, &k6)
            for i in 0..<n {
                yNew[i] = y[i] + hs * (DP.a71 * k1[i] + DP.a73 * k3[i] + DP.a74 * k4[i] + DP.a75 * k5[i] + DP.a76 * k6[i])
            }
            try rhs.evaluate(tNew, yNew, &k7)
            stats.functionEvaluations += 6

            var errSum = 0.0
            for i in 0..<n {
                let e = hs * (DP.e1 * k1[i] + DP.e3 * k3[i] + DP.e4 * k4[i] + DP.e5 * k5[i] + DP.e6 * k6[i] + DP.e7 * k7[i])
                let q = e / scale(y[i], yNew[i])
                errSum += q * q
            }
            let err = (errSum / Double(n)).squareRoot()

            guard err.isFinite else {
                // The trial state overflowed: reject and shrink as hard as allowed.
                stats.rejectedSteps += 1
                nonFiniteStreak += 1
                if nonFiniteStreak > 60 { throw SimulationError.nonFiniteState(time: t) }
                h = abs(hs) * minimumFactor
                lastRejected = true
                continue
            }
            nonFiniteStreak = 0

            if err <= 1 {
                stats.acceptedSteps += 1
                // Report every output time in (t, tNew].
                var denseReady = false
                var r2 = yTmp, r3 = yTmp, r4 = yTmp, r5 = yTmp
                while outIndex < m && dir * (outputTimes[outIndex] - tNew) <= 0 {
                    let tOut = outputTimes[outIndex]
                    if tOut == tNew {
                        states.append(yNew)
                    } else {
                        if !denseReady {
                            for i in 0..<n {
                                let ydiff = yNew[i] - y[i]
                                let bspl = hs * k1[i] - ydiff
                                r2[i] = ydiff
                                r3[i] = bspl
                                r4[i] = ydiff - hs * k7[i] - bspl
                                r5[i] = hs * (DP.d1 * k1[i] + DP.d3 * k3[i] + DP.d4 * k4[i] + DP.d5 * k5[i] + DP.d6 * k6[i] + DP.d7 * k7[i])
                            }
                            denseReady = true
                        }
                        let theta = (tOut - t) / hs
                        let theta1 = 1 - theta
                        var out = [Double](repeating: 0, count: n)
                        for i in 0..<n {
                            out[i] = y[i] + theta * (r2[i] + theta1 * (r3[i] + theta * (r4[i] + theta1 * r5[i])))
                        }
                        states.append(out)
                    }
                    outIndex += 1
                }
                t = tNew
                swap(&y, &yNew)
                swap(&k1, &k7)
                var factor = err == 0 ? maximumFactor
                    : min(maximumFactor, max(minimumFactor, safetyFactor * Double.pow(err, -1.0 / 5)))
                if lastRejected { factor = min(factor, 1) }
                h = abs(hs) * factor
                lastRejected = false
            } else {
                stats.rejectedSteps += 1
                let factor = max(minimumFactor, safetyFactor * Double.pow(err, -1.0 / 5))
                h = abs(hs) * factor
                lastRejected = true
            }
        }
        return ODESolution(times: outputTimes, states: states, statistics: stats)
    }
}
