import Exact

/// Re-checks a certificate from its input and witnesses alone.
///
/// The matrix a verdict rests on is rebuilt from the claim (not read from the certificate), and
/// each witness is checked by exact arithmetic that does not use the elimination which found
/// it: `RankCertificate.verify` (minor nonsingular modulo primes or exactly, kernel vectors by
/// exact products), `SymmetricFactorization.verify` (P·A·Pᵀ = L·D·Lᵀ by exact multiplication,
/// then Sylvester's law), a refuting direction by one exact quadratic form, `EigenvalueBound`
/// by its Rayleigh quotient and shifted LDLᵀ, real roots by evaluation and Sturm counts;
/// expressions are re-evaluated at the stated precision; communication and Bell witnesses are
/// checked against the input file, re-read (see `Rechecker+Communication`, `Rechecker+Bell`). The verdict is then re-derived and
/// compared with the recorded one, and the recorded values with the re-derived ones.
public enum Rechecker {
    public static func verify(_ c: Certificate) -> RecheckReport {
        var r = Run()
        let claim = c.input
        r.require(c.format == ToolInfo.certificateFormat, "format is \(c.format): expected \(ToolInfo.certificateFormat)")
        r.require(c.statement == claim.statement, "statement \(c.statement) differs from the input's \(claim.statement)")
        r.require(c.claim == claim.id, "claim id \(c.claim) differs from the input's \(claim.id)")
        r.require(c.kind == claim.kind, "kind \(c.kind) differs from the input's \(claim.kind)")
        r.require(c.expected == claim.expect, "expected verdict \(c.expected) differs from the input's \(claim.expect)")
        r.require(c.precision == claim.precision, "precision \(c.precision) differs from the input's \(claim.precision)")
        r.require(claim.statement.kinds.contains(claim.kind), "statement \(claim.statement) does not cover claims of kind \(claim.kind)")
        var derived: Verdict? = nil
        switch claim.body {
        case let .inequality(lhs, relation, rhs): derived = inequality(c, lhs, relation, rhs, &r)
        case let .rank(source, rank): derived = self.rank(c, source, rank, &r)
        case let .definite(s, property, bound):
            if !s.isSymmetric {
                r.pass("S is not symmetric: the hypothesis is not met")
                derived = .hypothesisNotMet
            } else if let a = try? Certifier.decidingMatrix(s, property, bound) {
                derived = deciding(c, a, strict: property.isStrict, &r)
                if let eb = c.witnesses.eigenvalueBound {
                    r.check(eb.verify(against: s), "λ_max(S) bounds")
                    r.value(c, "lambda-max", CertificateValue(lower: eb.lower, upper: eb.upper))
                }
            } else { r.fail("cannot build the deciding matrix") }
        case let .logNorm(f, relation, bound):
            if let a = try? Certifier.logNormDecidingMatrix(f, bound), let s = try? f.symmetricPart {
                derived = deciding(c, a, strict: relation == .less, &r)
                if let eb = c.witnesses.eigenvalueBound {
                    r.check(eb.verify(against: s), "μ₂ bounds (λ_max of (F + Fᵀ)/2)")
                    r.value(c, "mu2", CertificateValue(lower: eb.lower, upper: eb.upper))
                }
                if let alpha = try? SpectralAbscissa.enclosure(of: f, precision: c.precision) {
                    r.value(c, "spectral-abscissa", alpha.certificateValue)
                }
            } else { r.fail("cannot build b·I − (F + Fᵀ)/2") }
        case let .spectralNorm(m, relation, bound):
            if let eb = c.witnesses.eigenvalueBound {
                let gram = m.rows < m.columns ? try? m * m.transposed : try? m.transposed * m
                r.check(gram.map { eb.verify(against: $0) } ?? "shape error", "‖M‖₂² bounds (λ_max of the Gram matrix)")
            }
            if bound.signum < 0 || (bound.isZero && relation == .less) {
                r.pass("the bound \(bound) is below every norm")
                derived = .refuted
            } else if let a = try? Certifier.spectralNormDecidingMatrix(m, bound) {
                derived = deciding(c, a, strict: relation == .less, &r)
                if case .exact(let rq)? = c.values["rayleigh-quotient"] {
                    // xᵀGx / xᵀx with G = b²·I − A, recomputed from the direction.
                    if let x = c.witnesses.direction, x.count == a.rows, !x.isZero, let v = try? InertiaDecision.quadraticForm(a, x),
                       let q = try? v / x.normSquared {
                        r.require(rq == bound * bound - q && rq > bound * bound, "the Rayleigh quotient \(rq.decimalString(digits: 12)) does not re-derive or is not above b²")
                    } else { r.fail("a Rayleigh quotient without a valid direction") }
                }
            } else { r.fail("cannot build b²·I − Gram") }
        case let .roots(p, count, interval): derived = roots(c, p, count, interval, &r)
        case let .carlemanBound(model, order, horizon, norm):
            derived = carlemanBound(c, model: model, order: order, horizon: horizon, norm: norm, &r)
        case let .communicationBound(input, quantity, layer, distribution, relation, value):
            derived = communicationBound(c, input: input, quantity: quantity, layer: layer, distribution: distribution,
                                         relation: relation, value: value, &r)
        case let .bellBound(functional, quantity, relation, value):
            derived = bellBound(c, functional: functional, quantity: quantity, relation: relation, value: value, &r)
        }
        if let d = derived, d != c.verdict {
            r.fail("the recorded verdict is \(c.verdict) but the witnesses give \(d)")
        } else if derived != nil {
            r.pass("verdict \(c.verdict) confirmed")
        }
        return RecheckReport(claim: c.claim, statement: c.statement, recordedVerdict: c.verdict,
                             derivedVerdict: derived, checks: r.checks, problems: r.problems)
    }

    struct Run {
        var checks: [String] = []
        var problems: [String] = []
        mutating func pass(_ s: String) { checks.append(s) }
        mutating func fail(_ s: String) { problems.append(s) }
        mutating func require(_ ok: Bool, _ problem: @autoclosure () -> String) { if !ok { fail(problem()) } }
        /// A witness check that returns nil on success or the failure.
        mutating func check(_ failure: String?, _ what: String) {
            if let f = failure { fail("\(what): \(f)") } else { pass("\(what): witness holds") }
        }
        mutating func value(_ c: Certificate, _ name: String, _ expected: CertificateValue) {
            if let v = c.values[name] {
                require(v == expected, "value \(name) is \(v.short()) but re-derives as \(expected.short())")
            }
        }
    }

    static func inequality(_ c: Certificate, _ lhs: Expression, _ relation: Relation, _ rhs: Expression, _ r: inout Run) -> Verdict? {
        let p = c.precision
        do {
            let l = try lhs.evaluate(precision: p), v = try rhs.evaluate(precision: p)
            let d = try Certifier.compare(l, relation, v, precision: p)
            r.pass("re-evaluated both sides at \(p) bits: \(d)")
            r.value(c, "lhs", l.certificateValue)
            r.value(c, "rhs", v.certificateValue)
            return Verdict(d)
        } catch {
            r.fail("re-evaluation failed: \(error)")
            return nil
        }
    }

    static func rank(_ c: Certificate, _ source: MatrixSource, _ claimed: Int, _ r: inout Run) -> Verdict? {
        guard let m = try? source.matrix() else { r.fail("cannot build the matrix"); return nil }
        if let written = c.witnesses.matrix { r.require(written == m, "the written-out matrix differs from the claim's") }
        guard let rc = c.witnesses.rank else { r.fail("no rank certificate"); return nil }
        let failure = rc.verify(against: m)
        r.check(failure, "rank \(rc.rank) (nonsingular minor and kernel basis)")
        guard failure == nil else { return nil }
        r.value(c, "rank", .exact(Rational(rc.rank)))
        return rc.rank == claimed ? .certified : .refuted
    }

    /// A ⪰ 0 (or ≻ 0) from the factorization, cross-checked by the refuting direction.
    static func deciding(_ c: Certificate, _ a: RationalMatrix, strict: Bool, _ r: inout Run) -> Verdict? {
        let w = c.witnesses
        if let written = w.decidingMatrix { r.require(written == a, "the written-out deciding matrix differs from the one rebuilt from the claim") }
        guard let f = w.factorization else { r.fail("no LDLᵀ factorization of the deciding matrix"); return nil }
        let failure = f.verify(against: a)
        r.check(failure, "P·A·Pᵀ = L·D·Lᵀ")
        guard failure == nil else { return nil }
        let i = f.inertia
        let holds = strict ? i.negative == 0 && i.zero == 0 : i.negative == 0
        r.pass("inertia of A \(i): A \(strict ? "≻" : "⪰") 0 \(holds ? "holds" : "fails")")
        for (name, k) in [("inertia-positive", i.positive), ("inertia-negative", i.negative), ("inertia-zero", i.zero)] {
            r.value(c, name, .exact(Rational(k)))
        }
        if let x = w.direction {
            guard x.count == a.rows, !x.isZero, let q = try? InertiaDecision.quadraticForm(a, x) else {
                r.fail("the refuting direction is zero or has the wrong length"); return nil
            }
            r.require(w.directionValue == nil || w.directionValue == q, "the recorded xᵀAx differs from the recomputed \(q)")
            let refutes = strict ? q.signum <= 0 : q.signum < 0
            r.require(refutes, "the direction x has xᵀAx = \(q), which does not refute A \(strict ? "≻" : "⪰") 0")
            r.require(!holds || !refutes, "the factorization and the direction disagree")
            if refutes { r.pass("direction x: xᵀAx = \(q.description.count > 40 ? q.decimalString(digits: 12) : q.description) refutes A \(strict ? "≻" : "⪰") 0") }
        } else if !holds {
            r.pass("no refuting direction given; the factorization's inertia decides")
        }
        return holds ? .certified : .refuted
    }

    static func roots(_ c: Certificate, _ p: RationalPolynomial, _ count: Int?, _ interval: Claim.ClosedInterval?, _ r: inout Run) -> Verdict? {
        guard let roots = c.witnesses.roots else { r.fail("no root enclosures"); return nil }
        // Each enclosure holds exactly one root: an exact root is checked by evaluation, an
        // interval (lo, hi] by a fresh Sturm count of the square-free part on it. Increasing,
        // non-overlapping half-open intervals then hold distinct roots.
        let q = p.squareFreePart
        let sturm = SturmSequence(q)
        var previous: RealRoot? = nil
        for (k, root) in roots.enumerated() {
            if let e = root.exact {
                r.require(p(e).isZero && root.enclosureLower == e && root.enclosureUpper == e, "root \(k + 1): \(e) is not a root of p")
            } else {
                r.require(root.enclosureLower < root.enclosureUpper && sturm.rootCount(lower: root.enclosureLower, upper: root.enclosureUpper) == 1,
                          "root \(k + 1): (\(root.enclosureLower), \(root.enclosureUpper)] does not hold exactly one root")
            }
            if let prev = previous {
                let separated = prev.exact != nil && root.exact != nil ? prev.enclosureUpper < root.enclosureLower : prev.enclosureUpper <= root.enclosureLower
                r.require(separated, "roots \(k) and \(k + 1) are not disjoint and increasing")
            }
            previous = root
        }
        let b = q.rootBound
        let total = sturm.rootCount(lower: -b, upper: b)
        r.require(total == roots.count, "Sturm's theorem counts \(total) distinct real roots but \(roots.count) enclosures are given")
        if r.problems.isEmpty { r.pass("\(roots.count) disjoint root enclosures, each holding one root (exact, or by a Sturm count), and a Sturm count of \(total) in all") }
        r.value(c, "real-root-count", .exact(Rational(total)))
        var holds = true
        if let n = count { holds = holds && total == n }
        if let iv = interval {
            let inside = Certifier.rootCount(p, in: iv)
            r.value(c, "roots-in-interval", .exact(Rational(inside)))
            holds = holds && inside >= 1
        }
        return holds ? .certified : .refuted
    }
}
