import Exact
import Separations

extension Certifier {
    /// `communication-bound`: computes the quantity of the matrix or truth table exactly, with
    /// its witnesses, and compares it exactly with the claimed value.
    ///
    /// Exact (both sides witnessed): `rank`, `rank_complement`, `log_rank_bits` (rank
    /// certificates), `distinct_rows`, `one_way_bits` (a one-way protocol with pairwise distinct
    /// representatives), `memory_bits`, `max_states`, `states` (the minimal layered automaton).
    /// `discrepancy_uniform` and `discrepancy` (under the weights of `distribution`) are exact
    /// within `Discrepancy`'s caps: the rectangle proves ≥ and the exhaustive enumeration ≤.
    /// Past the caps (checked before any enumeration) the enclosure is [best single-row or
    /// single-column rectangle, 1] — as for an over-budget fooling-set or VC search, a claim
    /// those ends cannot decide is undecided. A malformed weights file is bad input.
    /// `fooling_set` and `vc` are exact when their searches finish; otherwise the witness gives
    /// the lower end and min(nonzero rows, nonzero columns), resp. ⌊log₂ #distinct rows⌋, the
    /// upper end, and a claim those bounds cannot decide is undecided.
    static func communicationBound(_ claim: Claim, input: String, quantity: CommunicationQuantity, layer: Int?, distribution: String?,
                                   relation: Relation, value: Rational, maximumWork: Int = Discrepancy.maximumWork) throws(CertificationError) -> Certificate {
        var w = Witnesses()
        let bounds: QuantityBounds
        var values: [String: CertificateValue] = ["claimed": .exact(value)]
        var notes: [String] = []
        let what: String
        if quantity.isStreaming {
            let g = try CommunicationInput.truthTable(input)
            let a = LayeredAutomaton(g)
            w.automaton = a
            switch quantity {
            case .memoryBits: bounds = QuantityBounds(exactly: Rational(a.memoryBits))
            case .maxStates: bounds = QuantityBounds(exactly: Rational(a.layers.max() ?? 1))
            default:
                let t = layer ?? 0
                guard t <= g.length else {
                    throw CertificationError(key: "layer", "layer \(t) is past the input length \(g.length) of \(input): expected 0…\(g.length)")
                }
                bounds = QuantityBounds(exactly: Rational(a.layers[t]))
            }
            values["length"] = .exact(Rational(g.length))
            what = "the \(g.length)-bit sequence function \(input) (states per layer \(a.layers.map(String.init).joined(separator: " ")))"
            notes.append("exact: the minimal layered automaton computes g on every input (≤) and its representatives' rows of M_t are pairwise distinct (≥)")
        } else {
            let m = try CommunicationInput.matrix(input)
            values["rows"] = .exact(Rational(m.rows)); values["columns"] = .exact(Rational(m.columns))
            what = "the \(m.rows)×\(m.columns) matrix \(input)"
            switch quantity {
            case .rank:
                let rc = BooleanRank.certificate(m)
                w.rank = rc
                bounds = QuantityBounds(exactly: Rational(rc.rank))
                notes.append("exact: a nonsingular \(rc.rank)×\(rc.rank) minor (≥) and \(rc.kernelBasis.count) independent kernel vectors (≤)")
            case .rankComplement:
                let rc = BooleanRank.certificate(m.complement)
                w.complementRank = rc
                bounds = QuantityBounds(exactly: Rational(rc.rank))
                notes.append("exact: a nonsingular minor of J − M (≥) and \(rc.kernelBasis.count) independent kernel vectors (≤)")
            case .logRankBits:
                let lr = LogRankBound(m)
                w.rank = lr.rankOnes; w.complementRank = lr.rankZeros
                bounds = QuantityBounds(exactly: Rational(lr.bits))
                values["rank"] = .exact(Rational(lr.rankOnes.rank)); values["rank_complement"] = .exact(Rational(lr.rankZeros.rank))
                notes.append("⌈log₂(rank M + rank(J − M))⌉ = ⌈log₂(\(lr.rankOnes.rank) + \(lr.rankZeros.rank))⌉, both ranks certified; D(f) ≥ this many bits")
            case .distinctRows, .oneWayBits:
                let p = OneWayProtocol(m)
                w.oneWay = p
                bounds = QuantityBounds(exactly: Rational(quantity == .distinctRows ? p.distinctRows : p.bits))
                values["distinct_rows"] = .exact(Rational(p.distinctRows))
                notes.append("exact: every row equals its class representative's (≤) and the \(p.distinctRows) representatives' rows are pairwise distinct (≥)")
            case .foolingSet:
                let fs = FoolingSet.maximum(of: m)
                w.foolingSet = fs
                bounds = QuantityBounds(lower: Rational(fs.size), upper: Rational(fs.isMaximum ? fs.size : foolingSetCeiling(m)))
                notes.append(fs.isMaximum ? "a 1-fooling set of size \(fs.size) (≥); the exhaustive clique search found none larger (≤)"
                                          : "a 1-fooling set of size \(fs.size) (≥); the search hit its budget, so the upper end is min(nonzero rows, nonzero columns)")
            case .vc:
                let v = VCDimension.compute(m)
                w.shattered = v
                bounds = QuantityBounds(lower: Rational(v.dimension), upper: Rational(v.isExact ? v.dimension : vcCeiling(m)))
                notes.append(v.isExact ? "a shattered set of \(v.dimension) columns (≥); the level search found no larger one (≤)"
                                       : "a shattered set of \(v.dimension) columns (≥); the search hit its budget, so the upper end is ⌊log₂ #distinct rows⌋")
            case .discrepancyUniform, .discrepancy:
                let weights: [Rational]
                if quantity == .discrepancy {
                    guard let path = distribution else { throw CertificationError(key: "distribution-file", "missing: expected a weights file") }
                    weights = try CommunicationInput.distribution(path, rows: m.rows, columns: m.columns)
                    values["distribution_entries"] = .exact(Rational(weights.count))
                } else {
                    let u: Rational
                    do { u = try Rational(1, m.rows * m.columns) } catch { throw CertificationError(key: "matrix-file", "\(input): \(error)") }
                    weights = [Rational](repeating: u, count: m.rows * m.columns)
                }
                if let why = Discrepancy.refusal(rows: m.rows, columns: m.columns, maximumWork: maximumWork) {
                    let d: Discrepancy
                    do { d = try Discrepancy.singleLineLowerBound(m, weights: weights) } catch { throw CertificationError(key: "matrix-file", "\(input): \(error)") }
                    w.discrepancy = d
                    bounds = QuantityBounds(lower: d.value, upper: Rational(1))
                    notes.append("not enumerated (\(why)): the best single-row or single-column rectangle gives the lower end \(d.value), the total weight 1 the upper end")
                } else {
                    let d: Discrepancy
                    do { d = try Discrepancy.compute(m, weights: weights, maximumWork: maximumWork) } catch {
                        throw CertificationError(key: quantity == .discrepancy ? "distribution-file" : "matrix-file", "\(distribution ?? input): \(error)")
                    }
                    w.discrepancy = d
                    bounds = QuantityBounds(exactly: d.value)
                    notes.append("exact: the rectangle \(abbreviated(d.rowSet)) × \(abbreviated(d.columnSet)) attains it (≥); every row set was enumerated (≤)")
                }
            case .memoryBits, .maxStates, .states:
                throw CertificationError(key: "quantity", "\(quantity) needs a truth table")
            }
        }
        values.merge(bounds.certificateValues) { _, new in new }
        let decision = bounds.decide(relation, value)
        let found = bounds.isExact ? "\(bounds.lower)" : "∈ [\(bounds.lower), \(bounds.upper.map { "\($0)" } ?? "∞")]"
        let outcome = decision == .true ? "holds" : decision == .false ? "fails" : "undecided"
        return Certificate(claim: claim, verdict: Verdict(decision),
                           summary: "\(quantity) \(found) for \(what); claimed \(quantity) \(relation) \(readable(value)): \(outcome)",
                           values: values, witnesses: w,
                           notes: notes + ["the re-check re-reads \(input)\(distribution.map { " and \($0)" } ?? "") and checks the witnesses against it"])
    }

    /// min(#nonzero rows, #nonzero columns): a 1-fooling set uses each row and column at most
    /// once (two pairs in one row x would both be 1 on the rectangle {x} × {y₁, y₂}).
    public static func foolingSetCeiling(_ m: BooleanMatrix) -> Int {
        let rows = (0..<m.rows).filter { x in (0..<m.columns).contains { m[x, $0] } }.count
        let columns = (0..<m.columns).filter { y in (0..<m.rows).contains { m[$0, y] } }.count
        return min(rows, columns)
    }

    /// min(⌊log₂ #distinct rows⌋, columns): shattering d columns needs 2^d distinct rows.
    public static func vcCeiling(_ m: BooleanMatrix) -> Int {
        let distinct = Set((0..<m.rows).map { Array(m.row($0)) }).count
        return min(Log2.floor(distinct), m.columns)
    }
}
