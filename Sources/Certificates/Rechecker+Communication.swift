import Exact
import Separations

extension Rechecker {
    /// Node budget of the independent searches below (maximum fooling set, VC upper side).
    static let searchBudget = 2_000_000

    /// Re-reads the input file and re-derives exact bounds on the quantity from the witnesses:
    /// rank certificates by `RankCertificate.verify` (a determinant modulo primes and exact
    /// kernel products), the one-way protocol and the layered automaton by direct comparison
    /// and by running the automaton on every input, the fooling set pair by pair, the shattered
    /// set pattern by pattern, the discrepancy rectangle by re-summing it. Sides no witness
    /// covers are re-derived by different means: the maximum fooling set by min(nonzero rows,
    /// nonzero columns) or a plain backtracking search, the VC upper side by checking that no
    /// column set one larger is shattered, the discrepancy upper side by a depth-first walk over
    /// the subsets of the smaller side (the certifier walks a Gray code). Only when the plain
    /// searches pass their budgets are the certifier's searches re-run (no witness exists for
    /// maximality).
    static func communicationBound(_ c: Certificate, input: String, quantity: CommunicationQuantity, layer: Int?, distribution: String?,
                                   relation: Relation, value: Rational, _ r: inout Run) -> Verdict? {
        let w = c.witnesses
        var bounds: QuantityBounds? = nil
        if quantity.isStreaming {
            let g: SequenceFunction
            do { g = try CommunicationInput.truthTable(input) } catch { r.fail("cannot re-read \(input): \(error.message)"); return nil }
            guard let a = w.automaton else { r.fail("no layered automaton"); return nil }
            let failure = a.verify(against: g)
            r.check(failure, "minimal layered automaton (runs on all \(1 << g.length) inputs; distinct representatives per layer)")
            guard failure == nil else { return nil }
            switch quantity {
            case .memoryBits: bounds = QuantityBounds(exactly: Rational(Log2.ceiling(a.layers.max() ?? 1)))
            case .maxStates: bounds = QuantityBounds(exactly: Rational(a.layers.max() ?? 1))
            default:
                guard let t = layer, t <= g.length else { r.fail("layer \(layer ?? -1) is past the input length \(g.length)"); return nil }
                bounds = QuantityBounds(exactly: Rational(a.layers[t]))
            }
        } else {
            let m: BooleanMatrix
            do { m = try CommunicationInput.matrix(input) } catch { r.fail("cannot re-read \(input): \(error.message)"); return nil }
            func rank(_ rc: RankCertificate?, _ of: BooleanMatrix, _ name: String) -> Int? {
                guard let rc else { r.fail("no rank certificate for \(name)"); return nil }
                let failure = rc.verify(against: of.rational)
                r.check(failure, "\(name) = \(rc.rank) (nonsingular minor and kernel basis)")
                return failure == nil ? rc.rank : nil
            }
            switch quantity {
            case .rank:
                guard let k = rank(w.rank, m, "rank M") else { return nil }
                bounds = QuantityBounds(exactly: Rational(k))
            case .rankComplement:
                guard let k = rank(w.complementRank, m.complement, "rank (J − M)") else { return nil }
                bounds = QuantityBounds(exactly: Rational(k))
            case .logRankBits:
                guard let k1 = rank(w.rank, m, "rank M"), let k0 = rank(w.complementRank, m.complement, "rank (J − M)") else { return nil }
                bounds = QuantityBounds(exactly: Rational(Log2.ceiling(max(1, k1 + k0))))
            case .distinctRows, .oneWayBits:
                guard let p = w.oneWay else { r.fail("no one-way protocol"); return nil }
                let failure = p.verify(against: m)
                r.check(failure, "one-way protocol with \(p.distinctRows) messages")
                guard failure == nil else { return nil }
                bounds = QuantityBounds(exactly: Rational(quantity == .distinctRows ? p.distinctRows : Log2.ceiling(p.distinctRows)))
            case .foolingSet:
                guard let fs = w.foolingSet else { r.fail("no fooling set"); return nil }
                let failure = fs.verify(against: m)
                r.check(failure, "1-fooling set of size \(fs.size)")
                guard failure == nil else { return nil }
                let ceiling = Certifier.foolingSetCeiling(m)
                if ceiling <= fs.size {
                    r.pass("no 1-fooling set is larger than min(nonzero rows, nonzero columns) = \(ceiling)")
                    bounds = QuantityBounds(exactly: Rational(fs.size))
                } else if let best = maximumFoolingSet(m) {
                    r.pass("a plain backtracking search finds a largest 1-fooling set of size \(best)")
                    bounds = QuantityBounds(exactly: Rational(max(best, fs.size)))
                } else {
                    // No witness covers maximality; past the plain search's budget the branch
                    // and bound with colouring bounds (the certifier's search) is re-run.
                    let again = FoolingSet.maximum(of: m)
                    if again.isMaximum {
                        r.pass("the backtracking search hit its budget; the colouring branch and bound, re-run, finds a maximum of \(again.size)")
                        bounds = QuantityBounds(exactly: Rational(max(again.size, fs.size)))
                    } else {
                        r.pass("both searches hit their budgets: the upper end is min(nonzero rows, nonzero columns) = \(ceiling)")
                        bounds = QuantityBounds(lower: Rational(max(again.size, fs.size)), upper: Rational(ceiling))
                    }
                }
            case .vc:
                guard let v = w.shattered else { r.fail("no shattered set"); return nil }
                let failure = v.verify(against: m)
                r.check(failure, "shattered set of \(v.dimension) columns")
                guard failure == nil else { return nil }
                let ceiling = Certifier.vcCeiling(m)
                if ceiling <= v.dimension {
                    r.pass("VC ≤ min(⌊log₂ #distinct rows⌋, columns) = \(ceiling)")
                    bounds = QuantityBounds(exactly: Rational(v.dimension))
                } else if let none = noShatteredSet(m, size: v.dimension + 1), none {
                    r.pass("no set of \(v.dimension + 1) columns is shattered")
                    bounds = QuantityBounds(exactly: Rational(v.dimension))
                } else {
                    // Past the budget (or a larger shattered set exists): the level search is re-run.
                    let again = VCDimension.compute(m)
                    let upper = again.isExact ? again.dimension : ceiling
                    r.pass("the subset check did not decide; the level search, re-run, gives VC \(again.isExact ? "=" : "≥") \(again.dimension), so VC ≤ \(upper)")
                    bounds = QuantityBounds(lower: Rational(max(v.dimension, again.dimension)), upper: Rational(max(upper, v.dimension)))
                }
            case .discrepancyUniform, .discrepancy:
                guard let d = w.discrepancy else { r.fail("no discrepancy rectangle"); return nil }
                let weights: [Rational]
                if quantity == .discrepancy {
                    guard let path = distribution else { r.fail("no distribution-file"); return nil }
                    do { weights = try CommunicationInput.distribution(path, rows: m.rows, columns: m.columns) } catch {
                        r.fail("cannot re-read \(path): \(error.message)"); return nil
                    }
                    r.pass("re-read the weights \(path): \(weights.count) nonnegative rationals summing to 1")
                } else {
                    guard let u = try? Rational(1, m.rows * m.columns) else { r.fail("no uniform distribution"); return nil }
                    weights = [Rational](repeating: u, count: m.rows * m.columns)
                }
                guard d.weights == weights else { r.fail("the witness's weights are not the claim's distribution on \(m.rows)×\(m.columns)"); return nil }
                let failure = d.verify(against: m)
                r.check(failure, "rectangle with |Σ μ(−1)^f| = \(d.value)")
                guard failure == nil else { return nil }
                if let why = Discrepancy.refusal(rows: m.rows, columns: m.columns) {
                    r.pass("upper side not enumerated (\(why)): disc ≤ 1, the total weight")
                    bounds = QuantityBounds(lower: d.value, upper: Rational(1))
                } else {
                    guard let top = discrepancy(m, weights: weights) else { r.fail("the weights' common denominator is too large for the independent enumeration"); return nil }
                    // Within the caps the certifier's rectangle attains the maximum: a weaker one is tampering.
                    r.require(d.value == top, "the independent enumeration gives discrepancy \(top), not \(d.value)")
                    r.pass("an independent enumeration of the smaller side's subsets gives the maximum \(top)")
                    // The enumeration decides both sides; a certificate whose value differs is
                    // caught by the value and verdict comparisons.
                    bounds = QuantityBounds(exactly: top)
                }
            case .memoryBits, .maxStates, .states:
                r.fail("\(quantity) needs a truth table"); return nil
            }
        }
        guard let b = bounds else { return nil }
        if b.isExact { r.value(c, "value", .exact(b.lower)) } else {
            r.value(c, "lower", .exact(b.lower))
            if let u = b.upper { r.value(c, "upper", .exact(u)) }
        }
        return Verdict(b.decide(relation, value))
    }

    /// The size of a largest 1-fooling set by plain backtracking over the 1-entries (prune when
    /// even taking every remaining entry cannot beat the best), or nil past `searchBudget` nodes.
    public static func maximumFoolingSet(_ m: BooleanMatrix) -> Int? {
        var ones: [(Int, Int)] = []
        for x in 0..<m.rows { for y in 0..<m.columns where m[x, y] { ones.append((x, y)) } }
        var best = 0, nodes = 0, chosen: [(Int, Int)] = []
        func extend(_ start: Int) -> Bool {
            nodes += 1
            if nodes > searchBudget { return false }
            best = max(best, chosen.count)
            guard start < ones.count, chosen.count + (ones.count - start) > best else { return true }
            for i in start..<ones.count {
                if chosen.count + (ones.count - i) <= best { break }
                let (x, y) = ones[i]
                if chosen.allSatisfy({ !(m[$0.0, y] && m[x, $0.1]) }) {
                    chosen.append((x, y))
                    let ok = extend(i + 1)
                    chosen.removeLast()
                    if !ok { return false }
                }
            }
            return true
        }
        return extend(0) ? best : nil
    }

    /// True when no set of `size` columns is shattered by the rows (every such set misses a
    /// pattern), false when one is, nil past `searchBudget` sets.
    public static func noShatteredSet(_ m: BooleanMatrix, size: Int) -> Bool? {
        guard size <= m.columns, size < Int.bitWidth - 2 else { return true }
        var set = Array(0..<size), count = 0
        while true {
            count += 1
            if count > searchBudget { return nil }
            var seen = Set<Int>()
            for x in 0..<m.rows {
                var b = 0
                for (i, y) in set.enumerated() where m[x, y] { b |= 1 << i }
                seen.insert(b)
            }
            if seen.count == 1 << size { return false }
            // Next combination in lexicographic order.
            var i = size - 1
            while i >= 0 && set[i] == m.columns - size + i { i -= 1 }
            if i < 0 { return true }
            set[i] += 1
            for j in (i + 1)..<size { set[j] = set[j - 1] + 1 }
        }
    }

    /// max over rectangles A × B of |Σ_{A×B} μ(x, y)(−1)^{M[x,y]}|: a depth-first walk over the
    /// subsets of the smaller side (include or exclude one line at a time, sums kept in place),
    /// where at each subset the other side takes all lines with a positive sum, or all with a
    /// negative one. The weights are scaled to integers over their common denominator D (so
    /// Σ|signed weights| = D < 2^40 and no sum overflows). Nil when the walk would pass the caps
    /// of `Discrepancy.refusal` (smaller side ≤ 22, 2^k · other side ≤ `maximumWork`), when D
    /// ≥ 2^40, or when the weights do not fit the matrix — checked before any work starts.
    public static func discrepancy(_ m: BooleanMatrix, weights: [Rational], maximumWork: Int = Discrepancy.maximumWork) -> Rational? {
        guard weights.count == m.rows * m.columns, Discrepancy.refusal(rows: m.rows, columns: m.columns, maximumWork: maximumWork) == nil else { return nil }
        let den = weights.reduce(BigInteger(1)) { BigInteger.lcm($0, $1.denominator) }
        guard den.bitWidth <= 40 else { return nil }
        let byRows = m.rows <= m.columns
        let k = byRows ? m.rows : m.columns, other = byRows ? m.columns : m.rows
        var signed: [[Int]] = []
        for i in 0..<k {
            var line: [Int] = []
            for j in 0..<other {
                let (x, y) = byRows ? (i, j) : (j, i)
                let mu = weights[x * m.columns + y]
                guard let q = try? den.exactlyDivided(by: mu.denominator), let v = (mu.numerator * q).intValue else { return nil }
                line.append(m[x, y] ? -v : v)
            }
            signed.append(line)
        }
        var best = 0
        var sums = [Int](repeating: 0, count: other)
        func walk(_ i: Int) {
            guard i < k else {
                var positive = 0, negative = 0
                for s in sums { if s > 0 { positive += s } else { negative -= s } }
                best = max(best, positive, negative)
                return
            }
            walk(i + 1)
            for j in 0..<other { sums[j] += signed[i][j] }
            walk(i + 1)
            for j in 0..<other { sums[j] -= signed[i][j] }
        }
        walk(0)
        return try? Rational(numerator: BigInteger(best), denominator: den)
    }

    /// The uniform discrepancy by the same walk (weights 1/(rows · columns)); nil past the caps.
    public static func uniformDiscrepancy(_ m: BooleanMatrix, maximumWork: Int = Discrepancy.maximumWork) -> Rational? {
        guard Discrepancy.refusal(rows: m.rows, columns: m.columns, maximumWork: maximumWork) == nil,
              let u = try? Rational(1, m.rows * m.columns) else { return nil }
        return discrepancy(m, weights: [Rational](repeating: u, count: m.rows * m.columns), maximumWork: maximumWork)
    }
}
