import Exact

extension Certifier {
    /// `lhs relation rhs`: exact in ℚ when both sides evaluate exactly, otherwise by the
    /// three-valued comparison of their enclosures at the claim's precision.
    static func inequality(_ claim: Claim, _ lhs: Expression, _ relation: Relation, _ rhs: Expression) throws(CertificationError) -> Certificate {
        let p = claim.precision
        let l: ExpressionValue, r: ExpressionValue
        do { l = try lhs.evaluate(precision: p) } catch { throw CertificationError(key: "lhs", error.description) }
        do { r = try rhs.evaluate(precision: p) } catch { throw CertificationError(key: "rhs", error.description) }
        let decision = try compare(l, relation, r, precision: p)
        let verdict = Verdict(decision)
        let exact: Bool
        if case .exact = l, case .exact = r { exact = true } else { exact = false }
        let how = exact ? "both sides evaluated exactly in ℚ" : "interval arithmetic at \(p) bits with outward rounding"
        let outcome = decision == .true ? "holds" : decision == .false ? "fails" : "undecided (the enclosures overlap)"
        let summary = "\(l.certificateValue.short()) \(relation) \(r.certificateValue.short()): \(outcome)"
        var notes = ["evaluated by \(how)"]
        if decision == .undecided { notes.append("an undecided comparison is never guessed; raising the precision may decide a strict inequality, never an equality of irrational values") }
        return Certificate(
            claim: claim, verdict: verdict, summary: summary,
            hypotheses: [HypothesisCheck(name: "every operation is defined on its operands", holds: true,
                                         how: "each division, sqrt, log and fractional power was checked on its exact value or enclosure")],
            values: ["lhs": l.certificateValue, "rhs": r.certificateValue],
            notes: notes)
    }

    /// The three-valued comparison of two values (exact when both are exact).
    public static func compare(_ l: ExpressionValue, _ relation: Relation, _ r: ExpressionValue, precision: Int) throws(CertificationError) -> Decision {
        if case .exact(let a) = l, case .exact(let b) = r { return Decision(relation.holds(a, b)) }
        do {
            return relation.decide(try l.interval(precision: precision), try r.interval(precision: precision))
        } catch { throw CertificationError(key: nil, error.description) }
    }
}
