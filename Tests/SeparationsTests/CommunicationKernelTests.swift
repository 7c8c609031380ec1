import Exact
import Foundation
import PropertyBased
import QBoundsTestSupport
import Testing
@testable import Separations

/// Brute-force oracles written independently of the kernels.
enum Brute {
    static func distinctRows(_ m: BooleanMatrix) -> Int {
        Set((0..<m.rows).map { x in (0..<m.columns).map { m[x, $0] } }).count
    }
    /// Largest 1-fooling set by trying every subset of the 1-entries (≤ 16 of them).
    static func foolingSet(_ m: BooleanMatrix) -> Int {
        var ones: [(Int, Int)] = []
        for x in 0..<m.rows { for y in 0..<m.columns where m[x, y] { ones.append((x, y)) } }
        var best = 0
        for mask in 0..<(1 << ones.count) where mask.nonzeroBitCount > best {
            let s = (0..<ones.count).filter { mask >> $0 & 1 == 1 }.map { ones[$0] }
            var ok = true
            for i in 0..<s.count { for j in 0..<s.count where i != j && m[s[i].0, s[j].1] && m[s[j].0, s[i].1] { ok = false } }
            if ok { best = s.count }
        }
        return best
    }
    /// max over all rectangles of |Σ (−1)^f| (uniform), as a count.
    static func discrepancyCount(_ m: BooleanMatrix) -> Int {
        var best = 0
        for a in 1..<(1 << m.rows) { for b in 1..<(1 << m.columns) {
            var s = 0
            for x in 0..<m.rows where a >> x & 1 == 1 { for y in 0..<m.columns where b >> y & 1 == 1 { s += m[x, y] ? -1 : 1 } }
            best = max(best, abs(s))
        } }
        return best
    }
    static func vc(_ m: BooleanMatrix) -> Int {
        var best = 0
        for s in 0..<(1 << m.columns) where s.nonzeroBitCount > best {
            let cols = (0..<m.columns).filter { s >> $0 & 1 == 1 }
            let pats = Set((0..<m.rows).map { x in cols.map { m[x, $0] } })
            if pats.count == 1 << cols.count { best = cols.count }
        }
        return best
    }
    /// Rank over ℚ by Gauss–Jordan in rationals.
    static func rank(_ m: BooleanMatrix) -> Int {
        var a = (0..<m.rows).map { x in (0..<m.columns).map { Rational(m[x, $0] ? 1 : 0) } }
        var r = 0
        for c in 0..<m.columns where r < m.rows {
            guard let p = (r..<m.rows).first(where: { !a[$0][c].isZero }) else { continue }
            a.swapAt(p, r)
            for i in 0..<m.rows where i != r && !a[i][c].isZero {
                let f = try! a[i][c] / a[r][c]
                for j in 0..<m.columns { a[i][j] -= f * a[r][j] }
            }
            r += 1
        }
        return r
    }
}

@Suite struct CommunicationKernelTests {
    // comm.log-rank and exact.rank: modular minor + exact kernel, against Gauss–Jordan.
    @Test func rankCertificatesAgainstGaussJordan() {
        seededCheck("comm.log-rank rank", count: 40, SepGen.matrix(maxRows: 9, maxColumns: 9)) { m in
            let c = BooleanRank.certificate(m)
            return c.verify(against: m.rational) == nil && c.rank == Brute.rank(m)
                && BooleanRank.modular(m).rank <= c.rank
        }
    }

    @Test func falseRankClaimsAreRefuted() throws {
        let m = try CommunicationTask.innerProduct.matrix(n: 3)
        let c = BooleanRank.certificate(m)
        #expect(c.rank == 7 && c.verify(against: m.rational) == nil)
        // Claim rank 8: no 8×8 nonsingular minor exists.
        let inflated = RankCertificate(rank: 8, minorRows: Array(0..<8), minorColumns: Array(0..<8), freeColumns: [], kernelBasis: [])
        #expect(inflated.verify(against: m.rational) != nil)
        // Claim rank 6: the kernel would need 2 vectors; a made-up second one is not in the kernel.
        let bogus = RationalVector((0..<8).map { Rational($0 == 1 ? 1 : 0) })
        let deflated = RankCertificate(rank: 6, minorRows: Array(c.minorRows.prefix(6)), minorColumns: Array(c.minorColumns.prefix(6)),
                                       freeColumns: c.freeColumns + [1], kernelBasis: c.kernelBasis + [bogus])
        #expect(deflated.verify(against: m.rational) != nil)
    }

    @Test func knownValuesOfTheNamedTasks() throws {
        for n in 1...4 {
            let ip = try CommunicationTask.innerProduct.matrix(n: n), eq = try CommunicationTask.equality.matrix(n: n)
            let lip = LogRankBound(ip), leq = LogRankBound(eq)
            #expect(lip.rankOnes.rank == (1 << n) - 1 && lip.rankZeros.rank == 1 << n)
            #expect(leq.rankOnes.rank == 1 << n && leq.rankZeros.rank == 1 << n)
            #expect(lip.verify(against: ip) == nil && leq.verify(against: eq) == nil)
            // log₂(2ⁿ − 1 + 2ⁿ) rounds up to n + 1: one more than the one-way message, Bob's answer bit.
            #expect(lip.bits == n + 1 && leq.bits == n + 1)
            for task in CommunicationTask.allCases {
                let m = try task.matrix(n: n)
                let p = OneWayProtocol(m)
                #expect(p.bits == n && p.verify(against: m) == nil, "\(task) one-way")
            }
            #expect(VCDimension.compute(try CommunicationTask.index.matrix(n: n)).dimension == n)
            #expect(VCDimension.compute(ip).dimension == n)
            #expect(VCDimension.compute(eq).dimension == 1)
            #expect(VCDimension.compute(try CommunicationTask.greaterThan.matrix(n: n)).dimension == 1)
            // EQ_n: the diagonal is a maximum 1-fooling set.
            if n <= 3 { let f = FoolingSet.maximum(of: eq); #expect(f.isMaximum && f.size == 1 << n) }
            // GT_n has rank 2ⁿ − 1 (strictly lower triangular ones).
            #expect(BooleanRank.certificate(try CommunicationTask.greaterThan.matrix(n: n)).rank == (1 << n) - 1)
        }
    }

    @Test func oneWayAgainstDistinctRows() {
        seededCheck("comm.one-way", count: 60, SepGen.matrix(maxRows: 12, maxColumns: 6)) { m in
            let p = OneWayProtocol(m)
            return p.distinctRows == Brute.distinctRows(m) && p.verify(against: m) == nil
        }
    }

    @Test func tamperedOneWayProtocolIsRejected() throws {
        let m = try BooleanMatrix([[0, 1], [1, 0], [0, 1]])
        #expect(OneWayProtocol(rowClass: [0, 0, 0], representatives: [0]).verify(against: m) != nil)
        #expect(OneWayProtocol(rowClass: [0, 1, 2], representatives: [0, 1, 2]).verify(against: m) != nil)
        #expect(OneWayProtocol(m).bits == 1)
    }

    @Test func foolingSetsAgainstSubsetSearch() {
        seededCheck("comm.fooling-set", count: 40, SepGen.matrix(maxRows: 4, maxColumns: 4)) { m in
            let f = FoolingSet.maximum(of: m)
            let r = Brute.rank(m)
            return f.isMaximum && f.size == Brute.foolingSet(m) && f.verify(against: m) == nil && f.size <= r * r
        }
    }

    @Test func foolingSetWitnessRejectsAOneRectangle() throws {
        let m = try BooleanMatrix([[1, 1], [1, 1]])
        let bad = FoolingSet(pairs: [.init(x: 0, y: 0), .init(x: 1, y: 1)], isMaximum: false)
        #expect(bad.verify(against: m) != nil)
        #expect(FoolingSet.maximum(of: m).size == 1)
    }

    @Test func discrepancyAgainstRectangleSearch() {
        seededCheck("comm.discrepancy", count: 30, SepGen.matrix(maxRows: 4, maxColumns: 5)) { m in
            let d = try Discrepancy.uniform(m)
            let expected = try Rational(Brute.discrepancyCount(m), m.rows * m.columns)
            return d.value == expected && d.verify(against: m) == nil
        }
    }

    @Test func discrepancyUnderAGivenDistributionAndTransposition() throws {
        seededCheck("comm.discrepancy weighted", count: 20, zip(SepGen.matrix(maxRows: 4, maxColumns: 4), Gen.int(in: 0...5).array(of: 16))) { m, raw in
            var w = (0..<(m.rows * m.columns)).map { raw[$0] + ($0 == 0 ? 1 : 0) }
            let total = w.reduce(0, +)
            let weights = try w.indices.map { try Rational(w[$0], total) }
            w = []
            let d = try Discrepancy.compute(m, weights: weights)
            // Transposed matrix with transposed weights has the same discrepancy.
            var wt: [Rational] = []
            for y in 0..<m.columns { for x in 0..<m.rows { wt.append(weights[x * m.columns + y]) } }
            let dt = try Discrepancy.compute(m.transposed, weights: wt)
            return d.value == dt.value && d.verify(against: m) == nil && dt.verify(against: m.transposed) == nil
        }
    }

    /// comm.discrepancy, Lindsey's lemma: the exact uniform discrepancy of IP_n (n ≤ 4) against
    /// 2^{−n/2}, compared exactly, and against the values of an independent rectangle search.
    @Test func lindseyBoundForInnerProduct() throws {
        // Exact values by a separate enumeration (Python over all row sets, best column set each).
        let known = [1: (1, 2), 2: (5, 16), 3: (11, 64), 4: (7, 64)]
        for n in 1...4 {
            let m = try CommunicationTask.innerProduct.matrix(n: n)
            let d = try Discrepancy.uniform(m)
            #expect(d.value == (try Rational(known[n]!.0, known[n]!.1)), "IP_\(n): disc = \(d.value)")
            if n <= 2 { #expect(d.value == (try Rational(Brute.discrepancyCount(m), m.rows * m.columns))) }
            #expect(d.verify(against: m) == nil)
            // Lindsey: disc ≤ 2^{−n/2}  ⇔  disc² · 2ⁿ ≤ 1, decided exactly; for even n also as rationals.
            #expect(d.value * d.value * Rational(1 << n) <= Rational(1), "IP_\(n): disc = \(d.value)")
            if n % 2 == 0 { #expect(d.value <= (try Rational(1, 1 << (n / 2)))) }
            // Hence log₂(2γ/disc) ≥ log₂(2γ) + n/2 = n/2 − 1 at γ = 1/4; the enclosure must show it.
            let bound = try d.randomizedLowerBound(gamma: try Rational(1, 4))
            #expect(bound.isGreaterOrEqual(to: try Rational(n - 2, 2)) == .true, "IP_\(n): \(bound)")
            let float = Foundation.log2(0.5 / d.value.double())
            #expect(bound.lowerDouble <= float + 1e-12 && float - 1e-12 <= bound.upperDouble)
        }
        let tooWide = try BooleanMatrix(rows: 30, columns: 30) { _, _ in true }
        #expect(throws: SeparationError.self) { try Discrepancy.uniform(tooWide) }
    }

    @Test func vcAgainstSubsetSearch() {
        seededCheck("comm.vc", count: 60, SepGen.matrix(maxRows: 10, maxColumns: 6)) { m in
            let v = VCDimension.compute(m)
            return v.isExact && v.dimension == Brute.vc(m) && v.verify(against: m) == nil
        }
    }

    /// The inequalities proved in proofs/comm.fooling-set.md, comm.log-rank.md and comm.vc.md:
    /// fooling set ≤ rank² (Dietzfelbinger–Hromkovič–Schnitger), fooling set ≤ #distinct rows (two
    /// pairs in equal rows span a 1-rectangle), hence ⌈log₂ fooling⌉ ≤ one-way bits;
    /// ⌈log₂ rank⌉ ≤ one-way, log-rank ≤ one-way + 1 (Bob announces the answer), 2^VC ≤ distinct rows.
    @Test func inequalitiesAmongTheBounds() {
        seededCheck("bounds chain", count: 40, SepGen.matrix(maxRows: 6, maxColumns: 6)) { m in
            let l = LogRankBound(m), p = OneWayProtocol(m), f = FoolingSet.maximum(of: m), v = VCDimension.compute(m)
            return f.size <= l.rankOnes.rank * l.rankOnes.rank
                && f.size <= p.distinctRows
                && Log2.ceiling(max(1, f.size)) <= p.bits
                && l.bitsOfRank <= p.bits && l.bits <= p.bits + 1
                && (1 << v.dimension) <= p.distinctRows
        }
    }

    @Test func readerRejectsBadMatrices() throws {
        #expect(try BooleanMatrixReader.parse("0 1\n1 0 # comment\n\n11\n", file: "m.txt").rows == 3)
        for (text, line, needle) in [("01\n011\n", 2, "expected 2"), ("01\n0x\n", 2, "expected only 0 and 1"),
                                     ("# nothing\n", 1, "empty matrix"), ("012\n", 1, "unexpected character")] {
            do { _ = try BooleanMatrixReader.parse(text, file: "m.txt"); Issue.record("accepted \(text)") } catch let e as SeparationError {
                #expect(e.description.hasPrefix("m.txt:\(line): error:") && e.description.contains(needle), "\(e)")
            }
        }
    }
}
