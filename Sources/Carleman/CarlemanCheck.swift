import Foundation
import Exact

/// `qbounds carleman check`: decides which truncation bounds hold for a model, evaluates them
/// as enclosures on a time grid, and sets them beside the float simulation's observed error.
///
/// Verdict: `certified` when at least one bound's hypotheses are all certified over the whole
/// horizon; `undecided` when none is certified and some hypothesis could not be decided;
/// otherwise `hypothesis-not-met`. The observed error never decides anything.
public enum CarlemanCheck {
    public struct Options: Sendable {
        public var order: Int
        public var horizon: Rational
        public var gridPoints: Int = 20
        public var norm: CarlemanNorm = .two
        public var precision: Int = 128
        public var simulate: Bool = true
        public var modelName: String = "model"

        public init(order: Int, horizon: Rational) {
            self.order = order
            self.horizon = horizon
        }
    }

    public static func run(system original: PolynomialSystem, initial u0: RationalVector, options o: Options) throws -> CarlemanCheckReport {
        guard o.order >= 1, o.order <= 64 else { throw ExactError.sizeOutOfRange(what: "truncation order N", value: "\(o.order)", allowed: "1…64") }
        guard o.horizon.signum > 0 else { throw ExactError.domain("horizon T = \(o.horizon): expected T > 0") }
        guard (1...10_000).contains(o.gridPoints) else { throw ExactError.sizeOutOfRange(what: "grid points", value: "\(o.gridPoints)", allowed: "1…10000") }
        guard u0.count == original.dimension else {
            throw ExactError.dimensionMismatch("initial state of length \(u0.count): expected \(original.dimension)")
        }
        // Degree ≥ 3: bound the exact quadratic reduction (carleman.quadratic-reduction).
        var system = original, u = u0, reducedDimension: Int? = nil
        var findings: [String] = []
        if original.degree >= 3 {
            let red = try QuadraticReduction(original)
            system = red.reduced
            u = try red.lift(u0)
            reducedDimension = system.dimension
            findings.append("degree \(original.degree): bounds are for the exact quadratic reduction in x̃ = (x, x⊗x, …) of dimension \(system.dimension) (carleman.quadratic-reduction); they also bound ‖x − ŷ1‖ with ŷ1 the first n coordinates of the reduced system's truncation (which is what is simulated), not the direct degree-\(original.degree) truncation")
        }
        let layout = try CarlemanLayout(variableCount: system.dimension, order: o.order, maximumDimension: CarlemanLimits.maximumFloatDimension)
        let q = try CarlemanQuantities(system: system, initial: u, norm: o.norm, precision: o.precision)
        let q2 = o.norm == .two ? q : try CarlemanQuantities(system: system, initial: u, norm: .two, precision: o.precision)
        let p = o.precision
        let zero = Rational()
        let times = (1...o.gridPoints).map { k in o.horizon * Rational(k) * (try! Rational(1) / Rational(o.gridPoints)) }
        let normName = o.norm == .two ? "₂" : "_∞"

        // Hypotheses, each decided exactly or by an outward-rounded interval.
        let f0IsZero = system.coefficient(0).nonzeroCount == 0
        let hF0 = CarlemanHypothesis(name: "F0 = 0", status: f0IsZero ? .holds : .fails, statement: "carleman.forets-pouly-apriori",
                                     detail: f0IsZero ? "no constant term" : "the model has a constant term F0 ≠ 0 (these bounds assume F0 = 0)")
        let hNormal = CarlemanHypothesis(name: "F1 normal", status: q.isNormal ? .holds : .fails, statement: "carleman.liu-corollary",
                                         detail: q.isNormal ? "F1·F1ᵀ = F1ᵀ·F1 exactly, so μ₂(F1) = Re λ1" : "F1·F1ᵀ ≠ F1ᵀ·F1 (exact): μ₂(F1) may exceed Re λ1")
        let hLogNeg = CarlemanHypothesis(name: "μ\(normName)(F1) < 0", status: q.logNormIsNegative ? .holds : .fails, statement: "carleman.hypothesis",
                                         detail: "μ\(normName)(F1) ∈ [\(q.logNormLower), \(q.logNormUpper)]" + (o.norm == .two ? "; decided by the exact LDLᵀ of −(F1 + F1ᵀ)/2 (\(q.logNormIsNegative ? "all pivots > 0" : "a pivot ≤ 0"))" : " (exact)"),
                                         witness: q.logNormCertificate)
        let x = q.initialNorm, xPositive = x.isGreater(than: zero) == .true
        // R_μ ≤ 1: ‖u_in‖‖F2‖ + ‖F0‖/‖u_in‖ ≤ −μ.
        func rCondition(lower: Rational, upper: Rational, quantities qq: CarlemanQuantities) throws -> CarlemanHypothesis.Status {
            var lhs = qq.initialNorm * qq.quadraticNorm
            if !f0IsZero {
                guard xPositive else { return .fails }
                lhs = lhs + (try qq.forcingNorm / qq.initialNorm)
            }
            if lhs.upper <= -upper { return .holds }
            if lhs.lower > -lower { return .fails }
            return .undecided
        }
        let rMuStatus: CarlemanHypothesis.Status = q.logNormIsNegative ? try rCondition(lower: q.logNormLower, upper: q.logNormUpper, quantities: q) : .fails
        let hRmu = CarlemanHypothesis(name: "R_μ ≤ 1: ‖u_in‖‖F2‖ + ‖F0‖/‖u_in‖ ≤ −μ\(normName)(F1)", status: rMuStatus, statement: "carleman.liu-corollary",
                                      detail: "‖u_in‖ ∈ \(Enclosure(x)), ‖F2‖ ∈ \(Enclosure(q.quadraticNorm)), μ ≤ \(q.logNormUpper)")

        var bounds: [CarlemanBoundReport] = []
        var allHypotheses = [hF0, hNormal, hLogNeg, hRmu]

        // The papers' Re λ1 and R (2-norm).
        var lambda: Interval? = nil
        var hSpec: CarlemanHypothesis? = nil
        if let lo = q2.spectralAbscissaLower, let hi = q2.spectralAbscissaUpper {
            lambda = try Interval(lower: lo, upper: hi, precision: p)
            let st: CarlemanHypothesis.Status = hi.signum < 0 ? .holds : (lo.signum >= 0 ? .fails : .undecided)
            hSpec = CarlemanHypothesis(name: "Re λ1 < 0 (the papers' hypothesis)", status: st, statement: "carleman.r-number",
                                       detail: "Re λ1 ∈ [\(lo), \(hi)] (exact: \(q2.isNormal ? "eigenvalue bound of the symmetric part of a normal F1" : "Routh–Hurwitz bisection"))")
            allHypotheses.append(hSpec!)
        }
        var rEnclosure: Enclosure? = nil, rMuEnclosure: Enclosure? = nil, rMinus: Enclosure? = nil, rPlus: Enclosure? = nil
        if let lam = lambda, lam.isLess(than: zero) == .true, xPositive {
            let minusLambda = try Interval(0, precision: p) - lam
            let r = try (q2.initialNorm * q2.quadraticNorm + (try q2.forcingNorm / q2.initialNorm)) / minusLambda
            rEnclosure = Enclosure(r)
            if r.isGreater(than: Rational(1)) == .true {
                findings.append("R ∈ \(Enclosure(r)) > 1: outside the regime R < 1 of Liu et al. (carleman.r-number)")
            }
            if q2.quadraticNorm.isGreater(than: zero) == .true {
                let disc = minusLambda * minusLambda - (try Interval(4, precision: p)) * q2.quadraticNorm * q2.forcingNorm
                if disc.isGreater(than: zero) == .true {
                    let s = try disc.squareRoot()
                    let twoF2 = (try Interval(2, precision: p)) * q2.quadraticNorm
                    rMinus = Enclosure(try (minusLambda - s) / twoF2)
                    rPlus = Enclosure(try (minusLambda + s) / twoF2)
                }
            }
        }
        if q2.logNormIsNegative, xPositive {
            let minusMu = try Interval(lower: -q2.logNormUpper, upper: -q2.logNormLower, precision: p)
            rMuEnclosure = Enclosure(try (q2.initialNorm * q2.quadraticNorm + (try q2.forcingNorm / q2.initialNorm)) / minusMu)
        }
        if let hs = hSpec, hs.status == .holds, !q2.logNormIsNegative {
            findings.append("Re λ1 < 0 but μ₂(F1) ≥ 0 (F1 is not normal): the spectral-abscissa hypothesis of the papers holds, yet ‖u(t)‖ may grow (carleman.hypothesis); no bound is certified on Re λ1 alone")
        }

        func status(_ hs: [CarlemanHypothesis]) -> CarlemanBoundReport.Status {
            if hs.allSatisfy({ $0.status == .holds }) { return .certified }
            if hs.contains(where: { $0.status == .fails }) { return .hypothesisNotMet }
            return .undecided
        }

        // 1. Liu et al.'s corollary (2-norm statement).
        if o.norm == .two {
            let hs = [hF0, hNormal, hLogNeg, hRmu]
            var values: [Enclosure?] = []
            if let lam = lambda, lam.isLess(than: zero) == .true {
                values = try times.map { t in Enclosure(try TruncationBoundFormulas.liuCorollary(initialNorm: x, quadraticNorm: q.quadraticNorm, lambda: lam, order: o.order, t: t)) }
            } else {
                values = times.map { _ in nil }
            }
            bounds.append(CarlemanBoundReport(statement: "carleman.liu-corollary", name: "Liu et al. Corollary: ‖u_in‖ R^N (1 − e^{Re λ1 t})^N",
                                              status: status(hs), hypotheses: hs, values: values, radius: nil, maximumObservedRatio: nil,
                                              note: "values use enclosures of Re λ1 and ‖F2‖ (the papers' formula); certified only for normal F1 with μ₂ < 0 and R ≤ 1"))
        }

        // 2. A-priori bound α (α f̄ E_μ̄(t))^N.
        let f2hi = q.quadraticNorm.upper, f1hi = q.linearNorm.upper, muhi = q.logNormUpper
        let alpha = f0IsZero ? try TruncationBoundFormulas.aprioriStateBound(initialNorm: x, quadraticNorm: f2hi, logNorm: muhi, horizon: o.horizon) : nil
        let hAlpha = CarlemanHypothesis(name: "α ≥ sup_{s≤T} ‖u(s)‖", status: alpha == nil ? .fails : .holds, statement: "carleman.forets-pouly-apriori",
                                        detail: alpha.map { "α = \(Enclosure($0.alpha).hi) (\($0.method))" }
                                            ?? (f0IsZero ? "the comparison solution of r' = μ̄r + ‖F2‖r² may blow up before T: no bound on ‖u‖ over [0, T] is proven"
                                                         : "not derived for F0 ≠ 0"))
        allHypotheses.append(hAlpha)
        do {
            let hs = [hF0, hAlpha]
            var values: [Enclosure?] = times.map { _ in nil }
            var radius: Enclosure? = nil
            if let a = alpha {
                values = try times.map { t in Enclosure(try TruncationBoundFormulas.apriori(alpha: a.alpha, quadraticNorm: f2hi, logNorm: muhi, order: o.order, t: t)) }
                radius = try TruncationBoundFormulas.aprioriRadius(alpha: a.alpha, quadraticNorm: f2hi, logNorm: muhi).map { Enclosure($0) }
            }
            bounds.append(CarlemanBoundReport(statement: "carleman.forets-pouly-apriori", name: "a priori: α (α ‖F2‖ (e^{μt} − 1)/μ)^N",
                                              status: status(hs), hypotheses: hs, values: values, radius: radius, maximumObservedRatio: nil,
                                              note: "evaluated at μ̄ = \(muhi) ≥ μ\(normName)(F1) and ‖F2‖ ≤ \(Enclosure(try Interval(f2hi, precision: p)).hi)"))
        }

        // 3. Series bound x E z^N/(1 − z).
        do {
            let hF1 = CarlemanHypothesis(name: "‖F1‖ > 0", status: f1hi.signum > 0 ? .holds : .fails, statement: "carleman.forets-pouly-series", detail: "‖F1‖ ≤ \(f1hi)")
            var values: [Enclosure?] = times.map { _ in nil }
            var radius: Enclosure? = nil
            var hT = CarlemanHypothesis(name: "T < T*", status: .fails, statement: "carleman.forets-pouly-series", detail: "needs ‖F1‖ > 0")
            if f1hi.signum > 0 {
                values = try times.map { t in try TruncationBoundFormulas.series(initialNorm: x, linearNorm: f1hi, quadraticNorm: f2hi, order: o.order, t: t).map { Enclosure($0) } }
                let r = try TruncationBoundFormulas.seriesRadius(initialNorm: x, linearNorm: f1hi, quadraticNorm: f2hi)
                radius = r.map { Enclosure($0) }
                let st: CarlemanHypothesis.Status
                if let r {
                    st = r.isGreater(than: o.horizon) == .true ? .holds : (r.isLessOrEqual(to: o.horizon) == .true ? .fails : .undecided)
                } else { st = .holds }
                hT = CarlemanHypothesis(name: "T < T*", status: st == .holds && values.contains(where: { $0 == nil }) ? .undecided : st,
                                        statement: "carleman.forets-pouly-series", detail: "T* ∈ \(radius.map(\.description) ?? "∞")")
            }
            let hs = [hF0, hF1, hT]
            allHypotheses.append(hT)
            bounds.append(CarlemanBoundReport(statement: "carleman.forets-pouly-series", name: "series: ‖u_in‖ E (β0(E − 1))^N/(1 − β0(E − 1))",
                                              status: status(hs), hypotheses: hs, values: values, radius: radius, maximumObservedRatio: nil,
                                              note: "evaluated at ‖F1‖ ≤ \(f1hi), ‖F2‖ ≤ \(f2hi)"))
        }

        // Float exploration.
        var observed: [Double]? = nil
        var simulationNote = "skipped"
        if o.simulate {
            do {
                let sim = try CarlemanSimulation(system: system, initial: u.entries.map { $0.double() }, order: o.order, times: times.map { $0.double() })
                observed = sim.error(norm: o.norm)
                simulationNote = "Dormand–Prince (rtol 1e-10, atol 1e-13) on the true and the truncated system (Δ = \(layout.dimension)); error in the \(o.norm == .two ? "2" : "∞")-norm"
            } catch {
                simulationNote = "the float simulation failed: \(error)"
            }
        }
        if let obs = observed {
            bounds = bounds.map { b in
                var ratio: Double? = nil
                for (k, v) in b.values.enumerated() {
                    guard let v, let hi = Double(v.hi), hi > 0 else { continue }
                    ratio = Swift.max(ratio ?? 0, obs[k] / hi)
                }
                if b.status != .certified, b.statement == "carleman.liu-corollary", let r = ratio, r > 1.01 {
                    findings.append("the float simulation's error is \(String(format: "%.3g", r))× the Liu corollary's value: numerical evidence (not a proof) that the formula fails for this model, whose hypotheses are not met")
                }
                if b.status == .certified, let r = ratio, r > 1 + 1e-6 {
                    findings.append("the float simulation exceeds the certified \(b.statement) bound (observed/bound = \(r)): floats do not decide, but this needs a look (integration error?)")
                }
                return CarlemanBoundReport(statement: b.statement, name: b.name, status: b.status, hypotheses: b.hypotheses, values: b.values,
                                           radius: b.radius, maximumObservedRatio: ratio, note: b.note)
            }
        }

        let verdict: CarlemanCheckReport.Verdict
        if bounds.contains(where: { $0.status == .certified }) { verdict = .certified }
        else if bounds.contains(where: { $0.status == .undecided }) { verdict = .undecided }
        else { verdict = .hypothesisNotMet }

        var quantities: [String: Enclosure] = [
            "norm_u_in": Enclosure(q.initialNorm), "norm_F0": Enclosure(q.forcingNorm), "norm_F1": Enclosure(q.linearNorm),
            "norm_F2": Enclosure(q.quadraticNorm), "lognorm_F1": Enclosure(lower: q.logNormLower, upper: q.logNormUpper),
        ]
        if let lo = q2.spectralAbscissaLower, let hi = q2.spectralAbscissaUpper { quantities["re_lambda1"] = Enclosure(lower: lo, upper: hi) }

        return CarlemanCheckReport(
            model: o.modelName, verdict: verdict, norm: o.norm.rawValue, order: o.order, horizon: o.horizon.description,
            variables: original.dimension, degree: original.degree, reducedDimension: reducedDimension, carlemanDimension: layout.dimension,
            R: rEnclosure, RLogNorm: rMuEnclosure, rMinus: rMinus, rPlus: rPlus, quantities: quantities,
            hypotheses: allHypotheses, bounds: bounds, times: times.map(\.description), observedError: observed,
            simulationNote: simulationNote, findings: findings)
    }
}
