import Foundation
import PropertyBased
import Simulate
import QBoundsTestSupport
import Testing

/// Logistic equation x' = r x (1 − x): x(t) = x0 e^{rt} / (1 − x0 + x0 e^{rt}).
private func logisticExact(r: Double, x0: Double, t: Double) -> Double {
    let e = Double.exp(r * t)
    return x0 * e / (1 - x0 + x0 * e)
}

/// x' = a x + b x²: x(t) = a x0 e^{at} / (a + b x0 (1 − e^{at})).
private func quadraticExact(a: Double, b: Double, x0: Double, t: Double) -> Double {
    let e = Double.exp(a * t)
    return a * x0 * e / (a + b * x0 * (1 - e))
}

/// Counts calls of a right-hand side (the integrators call f synchronously; the lock keeps
/// the counter honest under Swift 6 sendability).
private final class CallCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

@Suite("ODE integrators")
struct ODETests {
    @Test("RK4 on the logistic equation: global error ∝ h⁴ (halving h divides it by ≈ 16)")
    func rk4ConvergenceOrder() throws {
        let r = 3.0, x0 = 0.1, t1 = 2.0
        let f: @Sendable (Double, [Double]) -> [Double] = { _, u in [r * u[0] * (1 - u[0])] }
        var errors: [Double] = []
        for n in [20, 40, 80, 160] {
            let sol = try RungeKutta4(stepCount: n).solve(f, initialState: [x0], from: 0, to: t1)
            #expect(sol.times.count == n + 1 && sol.times.last == t1)
            let err = zip(sol.times, sol.states).map { abs($1[0] - logisticExact(r: r, x0: x0, t: $0)) }.max()!
            errors.append(err)
        }
        for k in 1..<errors.count {
            let ratio = errors[k - 1] / errors[k]
            #expect(ratio > 14 && ratio < 18, "error ratio \(ratio) for halving h, expected ≈ 16")
        }
        let order = Double.log2(errors[2] / errors[3])
        #expect(abs(order - 4) < 0.15, "observed order \(order)")
    }

    @Test("RK4 on x' = a x + b x² (polynomial-field overload) matches the closed form to O(h⁴)")
    func rk4QuadraticClosedForm() async {
        await seededPropertyCheck("rk4QuadraticClosedForm", count: 40, zip(Gen.double(in: -2 ... -0.2), Gen.double(in: -0.9...0.9), Gen.double(in: 0.05...0.9))) {
            a, s, x0 in
            // b = s·|a|/x0 with |s| < 1 gives a + b·x0 < 0: x decreases monotonically, no blow-up.
            let b = s * abs(a) / x0
            let field = try PolynomialField(dimension: 1, terms: [(0, [0], a), (0, [0, 0], b)])
            let sol = try RungeKutta4(stepCount: 200).solve(field, initialState: [x0], from: 0, to: 3)
            let err = zip(sol.times, sol.states).map { abs($1[0] - quadraticExact(a: a, b: b, x0: x0, t: $0)) }.max()!
            // h = 0.015, |x⁽⁵⁾| ≲ 40: error ≲ 3·h⁴·40/120 ≈ 5e-8; the bound below leaves a factor ~20.
            #expect(err < 1e-6)
        }
    }

    @Test("linear system u' = A u + b: RK4 and Dormand–Prince match the eigen-decomposition solution")
    func linearSystemEigenDecomposition() throws {
        // A = [[-1, 2], [0.5, -2]]: λ² + 3λ + 1 = 0, λ± = (−3 ± √5)/2, eigenvectors (2, 1 + λ).
        let a = try SparseMatrix(dense: [[-1, 2], [0.5, -2]])
        let b = [1.0, -0.5]
        let u0 = [2.0, -1.0]
        let s5 = 5.0.squareRoot()
        let lp = (-3 + s5) / 2, lm = (-3 - s5) / 2
        // u* = −A⁻¹ b with det A = 1: A⁻¹ = [[-2, -2], [-0.5, -1]].
        let uStar = [-(-2 * b[0] - 2 * b[1]), -(-0.5 * b[0] - 1 * b[1])]
        let d0 = [u0[0] - uStar[0], u0[1] - uStar[1]]
        // d0 = cp·(2, 1+λ+) + cm·(2, 1+λ−).
        let det = 2 * (1 + lm) - 2 * (1 + lp)
        let cp = (d0[0] * (1 + lm) - 2 * d0[1]) / det
        let cm = (2 * d0[1] - d0[0] * (1 + lp)) / det
        func exact(_ t: Double) -> [Double] {
            let ep = Double.exp(lp * t), em = Double.exp(lm * t)
            return [uStar[0] + 2 * cp * ep + 2 * cm * em, uStar[1] + cp * (1 + lp) * ep + cm * (1 + lm) * em]
        }
        let rk = try RungeKutta4(stepCount: 400).solve(linear: a, constant: b, initialState: u0, from: 0, to: 4)
        for (t, u) in zip(rk.times, rk.states) { #expect(maxAbsDifference(u, exact(t)) < 1e-8) }
        let times = stride(from: 0.0, through: 4.0, by: 0.25).map { $0 }
        let dp = try DormandPrince(relativeTolerance: 1e-10, absoluteTolerance: 1e-12)
            .solve(linear: a, constant: b, initialState: u0, from: 0, reportingAt: times)
        for (t, u) in zip(dp.times, dp.states) { #expect(maxAbsDifference(u, exact(t)) < 1e-8) }
    }

    @Test("Dormand–Prince meets its tolerance on the logistic and quadratic equations")
    func dormandPrinceMeetsTolerance() throws {
        let times = stride(from: 0.0, through: 5.0, by: 0.5).map { $0 }
        for k in [4, 6, 8, 10] {
            let tol = Double.pow(10, Double(-k))
            let dp = try DormandPrince(relativeTolerance: tol, absoluteTolerance: tol)
            let sol = try dp.solve({ _, u in [2 * u[0] * (1 - u[0])] }, initialState: [0.05], from: 0, reportingAt: times)
            let err = zip(times, sol.states).map { abs($1[0] - logisticExact(r: 2, x0: 0.05, t: $0)) }.max()!
            // Local tolerance → global error: on this contracting problem a factor 10 suffices.
            #expect(err <= 10 * tol, "rtol = atol = \(tol): max error \(err)")
            let q = try dp.solve({ _, u in [-1.5 * u[0] + 0.8 * u[0] * u[0]] }, initialState: [1.2], from: 0, reportingAt: times)
            let errQ = zip(times, q.states).map { abs($1[0] - quadraticExact(a: -1.5, b: 0.8, x0: 1.2, t: $0)) }.max()!
            #expect(errQ <= 10 * tol, "quadratic, tol \(tol): max error \(errQ)")
        }
    }

    @Test("Dormand–Prince dense output agrees with exact hits and with the damped-oscillator solution")
    func denseOutputMatchesExactHits() async {
        await seededPropertyCheck("denseOutputMatchesExactHits", count: 20, zip(Gen.double(in: 0.5...3), Gen.double(in: 0.05...0.6))) { omega, zeta in
            // x'' + 2ζω x' + ω² x = 0 as a linear system; underdamped closed form.
            let a = try SparseMatrix(dense: [[0, 1], [-omega * omega, -2 * zeta * omega]])
            let wd = omega * (1 - zeta * zeta).squareRoot()
            func exact(_ t: Double) -> Double {
                Double.exp(-zeta * omega * t) * (Double.cos(wd * t) + zeta * omega / wd * Double.sin(wd * t))
            }
            let times = (0...60).map { Double($0) * 0.1 }
            let dense = try DormandPrince(relativeTolerance: 1e-9, absoluteTolerance: 1e-11)
                .solve(linear: a, initialState: [1, 0], from: 0, reportingAt: times)
            let hits = try DormandPrince(relativeTolerance: 1e-9, absoluteTolerance: 1e-11, outputMode: .exactHits)
                .solve(linear: a, initialState: [1, 0], from: 0, reportingAt: times)
            #expect(dense.times == times && hits.times == times)
            for k in times.indices {
                #expect(abs(dense.states[k][0] - exact(times[k])) < 1e-7)
                #expect(abs(hits.states[k][0] - exact(times[k])) < 1e-7)
                #expect(abs(dense.states[k][0] - hits.states[k][0]) < 1e-7)
            }
            // Exact hits cannot take fewer steps than there are output intervals.
            #expect(hits.statistics.acceptedSteps >= times.count - 1)
        }
    }

    @Test("statistics count the evaluations of f that a counting closure observes")
    func statisticsCountEvaluations() throws {
        let counter = CallCounter()
        let f: @Sendable (Double, [Double]) -> [Double] = { t, u in
            counter.increment()
            return [u[1], -u[0] + 0.1 * Double.sin(t)]
        }
        let sol = try DormandPrince(relativeTolerance: 1e-8, absoluteTolerance: 1e-10, initialStepSize: 2)
            .solve(f, initialState: [1, 0], from: 0, to: 10)
        #expect(sol.statistics.functionEvaluations == counter.value)
        // FSAL: one initial evaluation, then six per attempted step.
        #expect(counter.value == 1 + 6 * (sol.statistics.acceptedSteps + sol.statistics.rejectedSteps))
        #expect(sol.statistics.rejectedSteps >= 1)   // an initial step of 2 is far too large
        let counter2 = CallCounter()
        let rk = try RungeKutta4(stepCount: 37).solve({ _, u in counter2.increment(); return u }, initialState: [1], from: 0, to: 1)
        #expect(rk.statistics.functionEvaluations == counter2.value && counter2.value == 4 * 37)
    }

    @Test("integrating forward then backward returns to the initial state")
    func backwardIntegration() throws {
        let field = try PolynomialField(dimension: 2, terms: [(0, [1], 1), (1, [0], -1), (1, [0, 0, 0], -0.3)])
        let u0 = [0.8, -0.2]
        let dp = try DormandPrince(relativeTolerance: 1e-11, absoluteTolerance: 1e-12)
        let forward = try dp.solve(field, initialState: u0, from: 0, to: 3)
        let back = try dp.solve(field, initialState: forward.finalState, from: 3, to: 0)
        #expect(maxAbsDifference(back.finalState, u0) < 1e-8)
        let rkF = try RungeKutta4(stepCount: 300).solve(field, initialState: u0, from: 0, to: 3)
        let rkB = try RungeKutta4(stepCount: 300).solve(field, initialState: rkF.finalState, from: 3, to: 0)
        #expect(maxAbsDifference(rkB.finalState, u0) < 1e-8)
        #expect(maxAbsDifference(rkF.finalState, forward.finalState) < 1e-8)
    }

    @Test("blow-up, NaN and malformed requests throw instead of trapping")
    func failuresThrow() throws {
        let square: @Sendable (Double, [Double]) -> [Double] = { _, u in [u[0] * u[0]] }   // x = 1/(1 − t)
        let dp = try DormandPrince()
        #expect(throws: SimulationError.self) { try dp.solve(square, initialState: [1], from: 0, to: 2) }
        #expect(throws: SimulationError.self) { try RungeKutta4(stepCount: 100).solve(square, initialState: [1], from: 0, to: 3) }
        #expect(throws: SimulationError.self) { try dp.solve(square, initialState: [.nan], from: 0, to: 1) }
        #expect(throws: SimulationError.self) { try dp.solve(square, initialState: [1], from: 0, to: .infinity) }
        #expect(throws: SimulationError.self) { try dp.solve({ _, _ in [1, 2] }, initialState: [1], from: 0, to: 1) }
        #expect(throws: SimulationError.self) { try dp.solve({ _, _ in [.nan] }, initialState: [1], from: 0, to: 1) }
        #expect(throws: SimulationError.self) { try dp.solve(square, initialState: [0.1], from: 0, reportingAt: [0.5, 0.2]) }
        #expect(throws: SimulationError.self) { try dp.solve(square, initialState: [0.1], from: 0, reportingAt: []) }
        #expect(throws: SimulationError.self) { try dp.solve(square, initialState: [], from: 0, to: 1) }
        #expect(throws: SimulationError.self) { try DormandPrince(relativeTolerance: -1) }
        #expect(throws: SimulationError.self) { try DormandPrince(absoluteTolerance: 0) }
        #expect(throws: SimulationError.self) { try DormandPrince(safetyFactor: .nan) }
        #expect(throws: SimulationError.self) { try RungeKutta4(stepCount: 0) }
        let tooFew = try DormandPrince(maximumSteps: 3)
        do {
            _ = try tooFew.solve(square, initialState: [0.1], from: 0, to: 5)
            Issue.record("expected maximumStepsExceeded")
        } catch SimulationError.maximumStepsExceeded(_, let steps) {
            #expect(steps == 3)
        }
        #expect(throws: SimulationError.self) { try dp.solve(linear: .identity(2), initialState: [1], from: 0, to: 1) }
    }
}
