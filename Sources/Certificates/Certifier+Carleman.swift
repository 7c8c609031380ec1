import Carleman
import Exact

extension Certifier {
    /// `carleman-bound`: runs `CarlemanCheck` (without the float simulation, which never
    /// decides) on the model and reads the status of the bound named by the claim's statement.
    /// Certified when every hypothesis of that bound is certified over [0, T];
    /// hypothesis-not-met when one fails; undecided when an interval cannot decide.
    static func carlemanBound(_ claim: Claim, model: String, order: Int, horizon: Rational, norm: String) throws(CertificationError) -> Certificate {
        let report = try runCarleman(claim, model: model, order: order, horizon: horizon, norm: norm)
        guard let bound = report.bounds.first(where: { $0.statement == claim.statement.rawValue }) else {
            throw CertificationError(key: "statement", "\(claim.statement) is not evaluated in the \(norm)-norm (the Liu corollary is a 2-norm statement)")
        }
        let verdict: Verdict
        switch bound.status {
        case .certified: verdict = .certified
        case .hypothesisNotMet: verdict = .hypothesisNotMet
        case .undecided: verdict = .undecided
        }
        var values: [String: CertificateValue] = [:]
        if let last = bound.values.last, let v = last { values["bound-at-horizon"] = .enclosure(lo: v.lo, hi: v.hi) }
        if let r = report.R { values["R"] = .enclosure(lo: r.lo, hi: r.hi) }
        if let r = bound.radius { values["T-star"] = .enclosure(lo: r.lo, hi: r.hi) }
        for (k, v) in report.quantities { values[k] = .enclosure(lo: v.lo, hi: v.hi) }
        let hypotheses = bound.hypotheses.map {
            HypothesisCheck(name: $0.name, holds: $0.status == .holds, how: "\($0.status.rawValue): \($0.detail)")
        }
        let summary = "\(bound.name) for \(model) at N = \(order) on [0, \(horizon)]: \(bound.status.rawValue)"
            + (bound.values.last.flatMap { $0 }.map { "; ε(T) ∈ \($0)" } ?? "")
        return Certificate(claim: claim, verdict: verdict, summary: summary, hypotheses: hypotheses, values: values,
                           notes: report.findings + ["the re-check re-runs the exact hypothesis checks on the model file \(model)"])
    }

    static func runCarleman(_ claim: Claim, model: String, order: Int, horizon: Rational, norm: String) throws(CertificationError) -> CarlemanCheckReport {
        let file: ModelFile
        do { file = try ModelFile.load(model) } catch { throw CertificationError(key: "model", error.description) }
        guard file.kind == .ode else { throw CertificationError(key: "model", "\(model): kind \(file.kind.rawValue): expected kind: ode") }
        guard let u0 = file.initial else { throw CertificationError(key: "model", "\(model) has no initial state: expected initial: {…}") }
        var o = CarlemanCheck.Options(order: order, horizon: horizon)
        o.norm = CarlemanNorm(rawValue: norm) ?? .two
        o.precision = claim.precision
        o.simulate = false
        o.gridPoints = 8
        o.modelName = model
        do { return try CarlemanCheck.run(system: file.system, initial: u0, options: o) } catch {
            throw CertificationError(key: "model", "\(error)")
        }
    }
}

extension Rechecker {
    /// Re-runs the exact hypothesis checks from the model file and compares the status and the
    /// recorded enclosures.
    static func carlemanBound(_ c: Certificate, model: String, order: Int, horizon: Rational, norm: String, _ r: inout Run) -> Verdict? {
        let report: CarlemanCheckReport
        do { report = try Certifier.runCarleman(c.input, model: model, order: order, horizon: horizon, norm: norm) } catch {
            r.fail("cannot re-run the check: \(error)")
            return nil
        }
        guard let bound = report.bounds.first(where: { $0.statement == c.statement.rawValue }) else {
            r.fail("the bound \(c.statement) is not evaluated")
            return nil
        }
        for h in bound.hypotheses { r.pass("\(h.name): \(h.status.rawValue)") }
        if let last = bound.values.last, let v = last {
            r.require(c.values["bound-at-horizon"] == .enclosure(lo: v.lo, hi: v.hi), "the bound at T does not re-derive")
        }
        switch bound.status {
        case .certified: return .certified
        case .hypothesisNotMet: return .hypothesisNotMet
        case .undecided: return .undecided
        }
    }
}
