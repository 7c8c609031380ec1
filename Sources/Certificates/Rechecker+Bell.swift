import Bell
import Exact

extension Rechecker {
    /// Largest number of deterministic strategies the independent local-bound enumeration visits.
    static let maximumLocalStrategies = 1 << 20

    /// Re-reads the functional and re-derives exact bounds on the quantity from the witnesses:
    /// the deterministic strategy's value exactly (local ≥), the maximum over every
    /// deterministic strategy of every party by plain enumeration (local ≤; the certifier
    /// answers one party in closed form or walks a Gray code), the optimal box's normalisation,
    /// nonnegativity, no-signalling and value exactly (NS ≥), the dual inequalities Aᵀy ≥ V
    /// exactly (NS ≤), and for the quantum value the LDLᵀ of W(a, b) by exact multiplication
    /// (U) and the vectors' value by intervals (L).
    static func bellBound(_ c: Certificate, functional path: String, quantity: BellQuantity,
                          relation: Relation, value: Rational, _ r: inout Run) -> Verdict? {
        let f: BellFunctional
        do { f = try Certifier.loadFunctional(path) } catch { r.fail("cannot re-read \(path): \(error.message)"); return nil }
        let w = c.witnesses
        let bounds: QuantityBounds
        switch quantity {
        case .local:
            guard let s = w.deterministicStrategy, let v = try? f.value(of: s) else {
                r.fail("no deterministic strategy that fits scenario \(f.scenario)"); return nil
            }
            r.pass("the deterministic strategy \(s) has value \(v)")
            if let top = maximumLocalValue(f) {
                r.require(top == v, "the independent enumeration gives \(top), not the strategy's \(v)")
                r.pass("every deterministic strategy of every party enumerated: maximum \(top)")
            } else if let other = otherLocalBound(f) {
                r.require(other.value == v, "\(other.method) gives \(other.value), not the strategy's \(v)")
                r.pass("too many strategies for the plain enumeration; the other algorithm (\(other.method)) gives maximum \(other.value)")
            } else {
                r.fail("too many deterministic strategies for an independent re-check of the maximum"); return nil
            }
            bounds = QuantityBounds(exactly: v)
        case .noSignalling:
            let p = f.probabilityForm
            guard let box = w.noSignallingBox, let dual = w.noSignallingDual else { r.fail("no no-signalling box or dual solution"); return nil }
            guard NoSignallingBound.isNoSignalling(box, scenario: p.scenario), let v = try? p.value(ofBehaviour: box) else {
                r.fail("the box is not a normalised, nonnegative no-signalling behaviour"); return nil
            }
            r.pass("the box is a no-signalling behaviour of value \(v)")
            let failure = dual.verify(against: p)
            r.check(failure, "dual solution: Aᵀy ≥ V, b·y = \(dual.bound)")
            guard failure == nil else { return nil }
            r.require(v <= dual.bound, "the box's value \(v) exceeds the dual bound \(dual.bound)")
            bounds = QuantityBounds(lower: v, upper: dual.bound)
        case .quantum:
            let (xor, check) = Certifier.xorForm(f)
            guard let cf = xor, let m = cf.matrix else {
                r.pass("hypothesis not met: \(check.how)")
                return .hypothesisNotMet
            }
            guard let a = w.dualA, let b = w.dualB, a.count == m.count - 1, b.count == m[0].count - 1, let fac = w.factorization else {
                r.fail("no dual certificate (a, b and the LDLᵀ of W) of the right size"); return nil
            }
            let correlations = m.dropFirst().map { Array($0.dropFirst()) }
            let wm = TsirelsonBound.dualMatrix(correlations, a: a, b: b)
            let failure = fac.verify(against: wm)
            r.check(failure, "P·W·Pᵀ = L·D·Lᵀ")
            guard failure == nil else { return nil }
            r.require(fac.inertia.negative == 0, "W has a negative eigenvalue (inertia \(fac.inertia)): not a dual certificate")
            let upper = m[0][0] + a.reduce(Rational(), +) + b.reduce(Rational(), +)
            r.pass("W(a, b) ⪰ 0: q* ≤ c₀₀ + Σa + Σb = \(upper)")
            var lower: Rational? = nil
            if let s = w.deterministicStrategy, let v = try? cf.value(of: s) { lower = v; r.pass("the deterministic strategy has value \(v)") }
            if let u = w.vectorsA, let v = w.vectorsB, let e = Certifier.vectorValue(m, u, v, precision: c.precision) {
                r.pass("the Tsirelson vectors have value in \(e)")
                r.value(c, "vector-value", CertificateValue(e))
                if lower.map({ e.lower > $0 }) ?? true { lower = e.lower }
            }
            guard let l = lower else { r.fail("no witness for the lower end"); return nil }
            guard fac.inertia.negative == 0 else { return nil }
            r.value(c, "quantum", CertificateValue(lower: l, upper: upper))
            r.value(c, "tsirelson-upper", .exact(upper))
            return Verdict(QuantityBounds(lower: l, upper: upper).decide(relation, value))
        }
        if bounds.isExact { r.value(c, "value", .exact(bounds.lower)) }
        return Verdict(bounds.decide(relation, value))
    }

    /// The local bound by the algorithm `LocalBound.compute` does not use for f: the general
    /// enumeration for a two-party binary functional (which `compute` walks by Gray code), the
    /// Gray-code walk on the correlator form otherwise when it exists; nil when neither applies.
    static func otherLocalBound(_ f: BellFunctional) -> LocalBoundResult? {
        let s = f.scenario
        let grayCodeUsed: Bool
        switch f {
        case .correlator(let c): grayCodeUsed = c.inputs.count == 2
        case .collinsGisin: grayCodeUsed = s.parties == 2 && s.isBinary
        case .probability: grayCodeUsed = false
        }
        if grayCodeUsed { return try? LocalBound.enumeration(f.probabilityForm) }
        guard s.parties == 2, s.isBinary, let c = try? f.probabilityForm.correlatorForm() else { return nil }
        return try? LocalBound.grayCode(c)
    }

    /// The maximum of f over every deterministic strategy of every party (an odometer over all
    /// answers, each strategy evaluated exactly), or nil past `maximumLocalStrategies`.
    static func maximumLocalValue(_ f: BellFunctional) -> Rational? {
        let s = f.scenario
        let radices = (0..<s.parties).flatMap { p in Array(repeating: s.outputs[p], count: s.inputs[p]) }
        var total = 1
        for r in radices { total = total.multipliedReportingOverflow(by: r).partialValue; if total > maximumLocalStrategies { return nil } }
        let p = f.probabilityForm
        var digits = Array(repeating: 0, count: radices.count)
        var best: Rational? = nil
        for _ in 0..<total {
            var answers: [[Int]] = [], k = 0
            for party in 0..<s.parties { answers.append(Array(digits[k..<(k + s.inputs[party])])); k += s.inputs[party] }
            guard let v = try? p.value(of: DeterministicStrategy(answers: answers)) else { return nil }
            if best.map({ v > $0 }) ?? true { best = v }
            var i = digits.count - 1
            while i >= 0 { digits[i] += 1; if digits[i] < radices[i] { break }; digits[i] = 0; i -= 1 }
        }
        return best
    }
}
