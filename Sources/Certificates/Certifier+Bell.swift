import Bell
import Exact
import Foundation

extension Certifier {
    /// `bell-bound`: a value of the functional (or game) in a file, compared with a rational.
    ///
    /// - `local`: exact (`LocalBound`); witness an optimal deterministic strategy.
    /// - `no-signalling`: exact (`NoSignallingBound`); witnesses the optimal box (value ≥) and
    ///   an exact dual solution (`NoSignallingDual`, value ≤).
    /// - `quantum`: the quantum value q* of a bipartite XOR functional lies in [L, U], with
    ///   L = max(value of explicit Tsirelson vectors, enclosed by intervals at the claim's
    ///   precision; the exact local bound) and U = c₀₀ + Σa + Σb from W(a, b) ⪰ 0 decided by
    ///   exact LDLᵀ (`TsirelsonBound`). Certified or refuted when [L, U] decides the relation,
    ///   undecided when it straddles the value; hypothesis-not-met when the functional is not a
    ///   two-party, two-output functional without marginal terms.
    static func bellBound(_ claim: Claim, functional path: String, quantity: BellQuantity,
                          relation: Relation, value: Rational) throws(CertificationError) -> Certificate {
        let f = try loadFunctional(path)
        func bell<T>(_ body: () throws(BellError) -> T) throws(CertificationError) -> T {
            do { return try body() } catch { throw CertificationError(key: "functional", "\(path): \(error)") }
        }
        var w = Witnesses()
        var values: [String: CertificateValue] = ["claimed": .exact(value)]
        var hypotheses: [HypothesisCheck] = []
        var notes: [String] = []
        let bounds: QuantityBounds
        switch quantity {
        case .local:
            let r = try bell { () throws(BellError) in try LocalBound.compute(f) }
            w.deterministicStrategy = r.strategy
            bounds = QuantityBounds(exactly: r.value)
            notes.append("exact: the deterministic strategy \(r.strategy) attains it (≥); \(r.strategiesExamined) strategies examined by \(r.method) in \(r.arithmetic) arithmetic (≤)")
        case .noSignalling:
            let p = f.probabilityForm
            let ns = try bell { () throws(BellError) in try NoSignallingBound.compute(p) }
            let dual = try bell { () throws(BellError) in try NoSignallingDual.compute(p) }
            guard dual.bound == ns.value else {
                throw CertificationError(key: nil, "internal error: the no-signalling dual bound \(dual.bound) differs from the primal value \(ns.value)")
            }
            w.noSignallingBox = ns.box
            w.noSignallingDual = dual
            bounds = QuantityBounds(exactly: ns.value)
            notes.append("exact: an optimal no-signalling box attains it (≥); a dual solution y with Aᵀy ≥ V and b·y = \(dual.bound) bounds every box (≤)")
        case .quantum:
            let (xor, check) = xorForm(f)
            hypotheses.append(check)
            guard let c = xor, let cm = c.matrix else {
                return Certificate(claim: claim, verdict: .hypothesisNotMet,
                                   summary: "\(path): \(check.how); the quantum value is not bounded by bell.tsirelson-xor",
                                   hypotheses: hypotheses, values: values)
            }
            let t = try bell { () throws(BellError) in try TsirelsonBound.compute(c, precision: claim.precision) }
            let local = try bell { () throws(BellError) in try LocalBound.compute(.correlator(c)) }
            let vectors = vectorValue(cm, t.vectorsA, t.vectorsB, precision: claim.precision)
            let w0 = TsirelsonBound.dualMatrix(t.correlations, a: t.a, b: t.b)
            let factorization = try kernel("functional") { () throws(ExactError) in try w0.symmetricFactorization() }
            w.deterministicStrategy = local.strategy
            w.vectorsA = t.vectorsA; w.vectorsB = t.vectorsB
            w.dualA = t.a; w.dualB = t.b
            w.factorization = factorization
            var lower = local.value
            if let v = vectors {
                values["vector-value"] = CertificateValue(v)
                if v.lower > lower { lower = v.lower }
            }
            bounds = QuantityBounds(lower: lower, upper: t.upper)
            values["local"] = .exact(local.value)
            values["tsirelson-upper"] = .exact(t.upper)
            values["quantum"] = CertificateValue(lower: lower, upper: t.upper)
            notes.append("q* ≥ \(lower.decimalString(digits: 12, rounding: .down)): explicit unit vectors (interval arithmetic at \(claim.precision) bits) or the exact local bound \(local.value)")
            notes.append("q* ≤ \(t.upper): c₀₀ + Σa + Σb with W = [[diag(a), −C/2], [−Cᵀ/2, diag(b)]] ⪰ 0 by exact LDLᵀ (inertia \(factorization.inertia))")
        }
        if quantity != .quantum { values.merge(bounds.certificateValues) { _, new in new } }
        let decision = bounds.decide(relation, value)
        let found = bounds.isExact ? "= \(bounds.lower)"
            : "∈ [\(bounds.lower.decimalString(digits: 12, rounding: .down)), \(bounds.upper.map { $0.decimalString(digits: 12, rounding: .up) } ?? "∞")]"
        let outcome = decision == .true ? "holds" : decision == .false ? "fails" : "undecided (the enclosure contains \(readable(value)))"
        return Certificate(claim: claim, verdict: Verdict(decision),
                           summary: "\(quantity) value \(found) for the \(f.notation) functional \(path) (\(f.scenario)); claimed \(relation) \(readable(value)): \(outcome)",
                           hypotheses: hypotheses, values: values, witnesses: w,
                           notes: notes + ["the re-check re-reads \(path) and checks the witnesses against it"])
    }

    /// The functional or game in the file at `path`; a missing or malformed file is an error
    /// about the claim's `functional` key whose message names the file, its line and what was
    /// expected.
    static func loadFunctional(_ path: String) throws(CertificationError) -> BellFunctional {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw CertificationError(key: "functional", "\(path): no such file: expected a Bell functional or game file (notation, scenario, coefficients)")
        }
        do { return try BellDocument.load(file: path) } catch { throw CertificationError(key: "functional", error.description) }
    }

    /// A rational for a summary line: as written when short, else 40 significant digits.
    static func readable(_ q: Rational) -> String {
        let s = q.description
        return s.count <= 24 ? s : q.decimalString(digits: 40)
    }

    /// The functional as a two-party XOR functional (correlator form without marginal terms),
    /// or nil, with the hypothesis check saying which.
    static func xorForm(_ f: BellFunctional) -> (CorrelatorFunctional?, HypothesisCheck) {
        let name = "the functional is a two-party XOR functional (two outputs, no marginal terms)"
        let s = f.scenario
        guard s.parties == 2, s.isBinary else {
            return (nil, HypothesisCheck(name: name, holds: false, how: "scenario \(s): expected two parties with two outputs each"))
        }
        let c: CorrelatorFunctional
        if case .correlator(let given) = f { c = given } else {
            guard let converted = try? f.probabilityForm.correlatorForm() else {
                return (nil, HypothesisCheck(name: name, holds: false, how: "no correlator form"))
            }
            c = converted
        }
        guard let m = c.matrix, m[0].dropFirst().allSatisfy(\.isZero), m.dropFirst().allSatisfy({ $0[0].isZero }) else {
            return (nil, HypothesisCheck(name: name, holds: false, how: "the correlator form has marginal terms ⟨A_x⟩ or ⟨B_y⟩"))
        }
        return (c, HypothesisCheck(name: name, holds: true, how: "correlator form computed exactly; every marginal coefficient is 0"))
    }

    /// An enclosure of c₀₀ + Σ C_xy (u_x·v_y)/(|u_x||v_y|) for the correlator matrix m
    /// (row 0 and column 0 hold the constant and the marginals): the value of the quantum
    /// strategy the vectors define (Tsirelson). Nil when the shapes do not fit or a vector is 0.
    static func vectorValue(_ m: [[Rational]], _ u: [[Rational]], _ v: [[Rational]], precision: Int) -> Interval? {
        let mA = m.count - 1, mB = (m.first?.count ?? 1) - 1
        guard u.count == mA, v.count == mB, let dim = u.first?.count, dim > 0,
              u.allSatisfy({ $0.count == dim }), v.allSatisfy({ $0.count == dim }) else { return nil }
        do {
            let uv = u.map { RationalVector($0) }, vv = v.map { RationalVector($0) }
            guard uv.allSatisfy({ !$0.isZero }), vv.allSatisfy({ !$0.isZero }) else { return nil }
            let nu = try uv.map { x throws(ExactError) in try Interval(x.normSquared, precision: precision).squareRoot() }
            let nv = try vv.map { y throws(ExactError) in try Interval(y.normSquared, precision: precision).squareRoot() }
            var total = try Interval(m[0][0], precision: precision)
            for x in 0..<mA {
                for y in 0..<mB where !m[x + 1][y + 1].isZero {
                    let dot = try uv[x].dot(vv[y])
                    total = total + (try (try Interval(dot * m[x + 1][y + 1], precision: precision) / nu[x]) / nv[y])
                }
            }
            return total
        } catch { return nil }
    }
}
