import Exact
import Simulate

/// `qbounds gd check`: the discrete Carleman scheme of a polynomial map (gradient descent
/// `u ← u − η∇L(u)` or a given map) at order N for T steps — the dissipation class with ρ, the
/// certified error bound of `discrete.error-recurrence` at every step, and the float runs of
/// plain GD and of the truncated Carleman iteration beside it.
public enum DiscreteCheck {
    public struct Options: Sendable {
        public var order: Int
        public var steps: Int
        public var eta: Rational
        public var precision: Int = 128
        public var modelName: String = "model"
        public init(order: Int, steps: Int, eta: Rational) { self.order = order; self.steps = steps; self.eta = eta }
    }

    /// Largest T × (entries of the residual blocks M_{j,k>N}): each entry costs a few interval
    /// products per step.
    public static let maximumResidualWork = 50_000_000

    public static func run(field: PolynomialSystem, initial u0: RationalVector, options o: Options) throws -> DiscreteCheckReport {
        guard o.order >= 1, o.order <= 8 else { throw ExactError.sizeOutOfRange(what: "order N", value: "\(o.order)", allowed: "1…8") }
        guard o.steps >= 1, o.steps <= 10_000 else { throw ExactError.sizeOutOfRange(what: "steps T", value: "\(o.steps)", allowed: "1…10000") }
        guard o.eta.signum > 0 else { throw ExactError.domain("η = \(o.eta): expected η > 0") }
        guard u0.count == field.dimension else { throw ExactError.dimensionMismatch("initial state of length \(u0.count): expected \(field.dimension)") }
        // The lifting up to the order needed for the residual blocks (k ≤ qN is inside each row).
        let lifting = try DiscreteLifting(field: field, order: o.order)
        let system = try DiscreteCarlemanSystem(lifting: lifting, eta: o.eta)
        let (rho, rhoMethod) = try DiscreteBounds.spectralNorm(system.step, precision: o.precision)
        let dissipation = DiscreteBounds.classify(rho)
        // Certified error bound along the enclosed trajectory.
        let trajectory = try DiscreteBounds.trajectory(field, eta: o.eta, from: u0, steps: o.steps, precision: o.precision)
        // The residual blocks M_{j,k}, k > N, once for all steps; their entries times T bound the
        // interval work of the residual norms.
        let residualBlocks = try DiscreteBounds.residualBlocks(lifting, eta: o.eta, order: o.order)
        let residualEntries = residualBlocks.reduce(0) { $0 + $1.matrix.nonzeroCount }
        let (residualWork, overflow) = residualEntries.multipliedReportingOverflow(by: o.steps)
        guard !overflow, residualWork <= DiscreteCheck.maximumResidualWork else {
            throw ExactError.sizeOutOfRange(what: "residual work T × entries of the blocks M_{j,k>N}", value: "\(o.steps) × \(residualEntries)",
                                            allowed: "at most \(DiscreteCheck.maximumResidualWork); lower T or N")
        }
        var residuals: [Interval] = []
        var finite = true
        for s in 0..<o.steps {
            let r = try DiscreteBounds.residualNorm(residualBlocks, variables: field.dimension, at: trajectory[s])
            if !r.isBounded { finite = false; break }
            residuals.append(r)
        }
        let bounds = finite ? try DiscreteBounds.errorBound(rho: rho.upper, residuals: residuals) : []
        let linearSystem = try LinearSystemBounds(rho: rho.upper, steps: o.steps, precision: o.precision)
        // Float runs: plain GD and the truncated iteration (exact lifting convention and the seed's).
        let n = field.dimension
        let floatField = try field.floatField()
        let eta = o.eta.double()
        // Float runs stop at the first non-finite state (the iteration diverged in Double): the
        // trajectories and observed errors then end there, and `floatDivergedAt` says where.
        var u = u0.entries.map { $0.double() }
        var gd: [[Double]] = [u]
        for _ in 0..<o.steps {
            guard let f = try? floatField.evaluate(u) else { break }
            u = zip(u, f).map { $0 + eta * $1 }
            guard u.allSatisfy(\.isFinite) else { break }
            gd.append(u)
        }
        let step = try SparseMatrix(rowCount: system.step.rows, columnCount: system.step.columns,
                                    triplets: system.step.triplets.map { (row: $0.0, column: $0.1, value: $0.2.double()) })
        func carlemanRun(_ b: [Double]) throws -> [[Double]] {
            var y = try CarlemanMatrix.lift(u0, order: o.order).entries.map { $0.double() }
            var out = [y]
            for _ in 0..<o.steps {
                let s = try step.multiply(y)
                y = zip(s, b).map { $0 + $1 }
                guard y.allSatisfy(\.isFinite) else { break }
                out.append(y)
            }
            return out
        }
        let carleman = try carlemanRun(system.forcing.entries.map { $0.double() })
        let hasForcing = field.coefficient(0).nonzeroCount > 0
        let seedRun = hasForcing ? try carlemanRun(system.seedForcing.entries.map { $0.double() }) : nil
        func liftedError(_ y: [Double], _ u: [Double]) -> Double {
            var lifted = u, power = u, sum = 0.0
            for _ in 1..<o.order {
                var next: [Double] = []
                for a in power { for x in u { next.append(a * x) } }
                power = next
                lifted += power
            }
            for (a, b) in zip(lifted, y) { sum += (a - b) * (a - b) }
            return sum.squareRoot()
        }
        let lastFinite = Swift.min(gd.count, carleman.count) - 1
        var observedLifted = (0...lastFinite).map { liftedError(carleman[$0], gd[$0]) }
        var observedU = (0...lastFinite).map { t in zip(gd[t], carleman[t].prefix(n)).reduce(0.0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot() }
        if let bad = observedLifted.firstIndex(where: { !$0.isFinite }) ?? observedU.firstIndex(where: { !$0.isFinite }) {
            observedLifted = Array(observedLifted[..<bad]); observedU = Array(observedU[..<bad])
        }
        let divergedAt: Int? = observedLifted.count < o.steps + 1 ? observedLifted.count : nil
        var findings: [String] = []
        var ratio: Double? = nil
        if finite {
            for t in observedLifted.indices.dropFirst() where bounds[t].upperDouble > 0 { ratio = Swift.max(ratio ?? 0, observedLifted[t] / bounds[t].upperDouble) }
            if let r = ratio, r > 1 + 1e-6 {
                findings.append("the float error \(r)× the certified bound: floats do not decide, but this needs a look")
            }
        } else {
            findings.append("the interval trajectory lost all accuracy (or the iteration diverges): no finite bound")
        }
        if let t = divergedAt {
            findings.append("the float runs left Double's range at step \(t) (the iteration diverges in floats): observed errors end at t = \(t - 1)")
        }
        if let seed = seedRun, divergedAt == nil, seed.count == o.steps + 1 {
            let seedErr = (0...o.steps).map { t in zip(gd[t], seed[t].prefix(n)).reduce(0.0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot() }
            findings.append("F0 ≠ 0: with the seed's Eq. 5 forcing [F0; 0; …] the error in u at T is \(seedErr.last!) vs \(observedU.last!) with the exact lifting's F0^{⊗j} in every block (discrete.lifting)")
        }
        // η-orders of the blocks (degree in η of each A_{j,k}).
        var etaDegrees: [String: Int] = [:]
        for key in lifting.blocks.keys { etaDegrees["\(key.row),\(key.column)", default: 0] = Swift.max(etaDegrees["\(key.row),\(key.column)", default: 0], key.etaPower) }
        var gap: [String]? = nil, gapOrder: Int? = nil
        // The gap at order max(N, 2q − 1), so that truncation does not enter before η³.
        let gapOrderN = Swift.max(o.order, 2 * field.degree - 1)
        if field.dimension <= 3, gapOrderN <= 6 {
            let g = try NaiveEulerGap.gap(field: field, initial: u0, order: gapOrderN)
            gapOrder = NaiveEulerGap.lowestOrder(g)
            if let k = gapOrder { gap = g.map { $0[k].description } }
        }
        let verdict: DiscreteCheckReport.Verdict = finite ? .certified : .undecided
        return DiscreteCheckReport(
            model: o.modelName, verdict: verdict, order: o.order, steps: o.steps, eta: o.eta.description,
            variables: n, degree: field.degree, carlemanDimension: system.layout.dimension,
            rho: Enclosure(rho), rhoMethod: rhoMethod, dissipation: dissipation,
            errorBound: finite ? Enclosure(bounds[o.steps]) : nil, errorBounds: finite ? bounds.map { Enclosure($0) } : nil,
            linearSystem: .init(linearSystem),
            observedError: observedLifted, observedErrorU: observedU, maximumObservedRatio: ratio, floatDivergedAt: divergedAt,
            gradientDescent: gd, carleman: carleman.map { Array($0.prefix(n)) },
            etaDegrees: etaDegrees, naiveEulerGapOrder: gapOrder, naiveEulerGapCoefficients: gap, naiveEulerGapCarlemanOrder: gap == nil ? nil : gapOrderN, findings: findings)
    }
}

/// The result of `qbounds gd check`.
public struct DiscreteCheckReport: Sendable, Codable {
    public enum Verdict: String, Sendable, Codable { case certified, undecided, refuted, hypothesisNotMet = "hypothesis-not-met" }
    public var model: String
    public var verdict: Verdict
    public var order: Int
    public var steps: Int
    public var eta: String
    public var variables: Int
    public var degree: Int
    public var carlemanDimension: Int
    /// Encloses ‖I + A_N‖₂.
    public var rho: Enclosure
    public var rhoMethod: String
    public var dissipation: DiscreteBounds.Dissipation
    /// Certified: ‖(u(T)^{⊗j} − ŷ_j(T))_j‖₂ ≤ upper end.
    public var errorBound: Enclosure?
    public var errorBounds: [Enclosure]?
    /// Certified bounds on the Eq. 6 system for T steps: ‖L‖ ≤ 1 + ρ, ‖L⁻¹‖ ≤ Σρ^k, κ(L) ≤ their product.
    public var linearSystem: LinearSystemReport
    /// Float: the lifted error ‖(u^{⊗j} − ŷ_j)_j‖ at t = 0…T, and ‖u − ŷ_1‖ (shorter when the
    /// float runs diverged: they end at the last finite step).
    public var observedError: [Double]
    public var observedErrorU: [Double]
    public var maximumObservedRatio: Double?
    /// The first step at which a float run was no longer finite, if any.
    public var floatDivergedAt: Int?
    /// Float trajectories (t = 0…T, or up to the divergence): plain gradient descent and ŷ_1 of the truncated iteration.
    public var gradientDescent: [[Double]]
    public var carleman: [[Double]]
    /// Highest power of η in each block A_{j,k} ("j,k").
    public var etaDegrees: [String: Int]
    /// The lowest order in η of the naive-Euler gap after 2 steps, and its coefficients.
    public var naiveEulerGapOrder: Int?
    public var naiveEulerGapCoefficients: [String]?
    /// The Carleman order used for the gap: max(N, 2q − 1), so that truncation does not enter before η³.
    public var naiveEulerGapCarlemanOrder: Int?
    public var findings: [String]

    enum CodingKeys: String, CodingKey {
        case model, verdict, order, steps, eta, variables, degree
        case carlemanDimension = "carleman_dimension", rho, rhoMethod = "rho_method", dissipation
        case errorBound = "error_bound", errorBounds = "error_bounds", observedError = "observed_error"
        case linearSystem = "linear_system"
        case observedErrorU = "observed_error_u", maximumObservedRatio = "max_observed_ratio", floatDivergedAt = "float_diverged_at"
        case gradientDescent = "gradient_descent", carleman, etaDegrees = "eta_degrees"
        case naiveEulerGapOrder = "naive_euler_gap_order", naiveEulerGapCoefficients = "naive_euler_gap_coefficients"
        case naiveEulerGapCarlemanOrder = "naive_euler_gap_carleman_order", findings
    }
}

/// The `discrete.linear-system` bounds of a `gd check` report: upper ends are certified.
public struct LinearSystemReport: Sendable, Codable {
    /// Encloses 1 + ρ ≥ ‖L‖₂.
    public var norm: Enclosure
    /// Encloses Σ_{k≤T} ρ^k ≥ ‖L⁻¹‖₂.
    public var inverseNorm: Enclosure
    /// Encloses (1 + ρ)Σ_{k≤T} ρ^k ≥ κ₂(L).
    public var condition: Enclosure

    public init(_ b: LinearSystemBounds) {
        norm = Enclosure(b.norm); inverseNorm = Enclosure(b.inverseNorm); condition = Enclosure(b.condition)
    }

    enum CodingKeys: String, CodingKey { case norm, inverseNorm = "inverse_norm", condition }
}
