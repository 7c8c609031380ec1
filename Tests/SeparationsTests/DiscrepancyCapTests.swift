import Exact
import PropertyBased
import QBoundsTestSupport
import Testing
@testable import Separations

/// The work cap of the exact discrepancy, the weights reader, and malformed witnesses.
@Suite struct DiscrepancyCapTests {
    /// The cap is checked before any enumeration: a small injected cap refuses a matrix whose
    /// 2^k · other side passes it, and accepts it at exactly the cap.
    @Test func workCapIsCheckedUpFront() throws {
        let m = try BooleanMatrix(rows: 3, columns: 5) { x, y in (x + y) % 2 == 1 }   // 2³ · 5 = 40
        #expect(Discrepancy.work(rows: 3, columns: 5) == 40 && Discrepancy.work(rows: 5, columns: 3) == 40)
        #expect(Discrepancy.refusal(rows: 3, columns: 5, maximumWork: 40) == nil)
        let why = try #require(Discrepancy.refusal(rows: 3, columns: 5, maximumWork: 39))
        #expect(why.contains("2^3 · 5 = 40") && why.contains("expected at most 39"))
        #expect(throws: SeparationError.capExceeded(why)) { try Discrepancy.uniform(m, maximumWork: 39) }
        #expect(try Discrepancy.uniform(m, maximumWork: 40).value == (try Discrepancy.uniform(m).value))
        // The reviewer's 20 × 20000 matrix is refused by the default cap (2^20 · 20000 > 2^28), without building it.
        #expect(Discrepancy.refusal(rows: 20, columns: 20000)?.contains("2^20 · 20000") == true)
        #expect(Discrepancy.refusal(rows: 20000, columns: 20) != nil)
        #expect(Discrepancy.refusal(rows: 30, columns: 30)?.contains("smaller side is 30") == true)
        #expect(Discrepancy.refusal(rows: 16, columns: 16) == nil)
        // MatrixAnalysis records the reason instead of a value.
        let a = MatrixAnalysis(m, discrepancyWork: 39)
        #expect(a.discrepancy == nil && a.discrepancySkipped == why && a.verify(against: m) == nil)
        #expect(MatrixAnalysis(m, discrepancyWork: 40).discrepancy != nil)
    }

    /// The single-line rectangle is a lower bound on the exact discrepancy and re-checks.
    @Test func singleLineRectangleIsALowerBound() {
        seededCheck("comm.discrepancy single line", count: 30, SepGen.matrix(maxRows: 5, maxColumns: 6)) { m in
            let d = try Discrepancy.uniform(m)
            let l = try Discrepancy.singleLineLowerBound(m, weights: d.weights)
            return l.value <= d.value && l.verify(against: m) == nil && (m.rows > 1 && m.columns > 1 || l.value == d.value)
        }
    }

    /// A witness with too few weights, or weights that are not a distribution, is rejected with a
    /// message (no trap).
    @Test func malformedWitnessWeightsAreRejected() throws {
        let m = try CommunicationTask.innerProduct.matrix(n: 2)
        let d = try Discrepancy.uniform(m)
        #expect(d.verify(against: m) == nil)
        let short = Discrepancy(value: d.value, rowSet: d.rowSet, columnSet: d.columnSet, weights: Array(d.weights.prefix(3)))
        #expect(short.verify(against: m)?.contains("expected 16") == true)
        var doubled = d.weights; doubled[0] = doubled[0] + doubled[0]
        #expect(Discrepancy(value: d.value, rowSet: d.rowSet, columnSet: d.columnSet, weights: doubled).verify(against: m)?.contains("not a distribution") == true)
        let analysis = MatrixAnalysis(m)
        let tampered = MatrixAnalysis(rows: 4, columns: 4, logRank: analysis.logRank, oneWay: analysis.oneWay, fooling: analysis.fooling,
                                      vc: analysis.vc, discrepancy: short, discrepancySkipped: nil)
        #expect(tampered.verify(against: m)?.contains("comm.discrepancy") == true)
    }

    /// The weights reader: exact sums, nonnegativity, shape; every error names file and line.
    @Test func distributionReader() throws {
        let good = try DistributionReader.parse("# mu\n1/4 0.25\n\n1/8, 3/8 # last\n", file: "w.txt", rows: 2, columns: 2)
        #expect(good == (try ["1/4", "1/4", "1/8", "3/8"].map { try Rational(parsing: $0) }))
        for (text, line, needle) in [("1/4 1/4\n1/4 1/8\n", 2, "sum to 7/8: expected exactly 1"),
                                     ("1/2 -1/4\n1/4 1/2\n", 1, "negative"),
                                     ("1/2 1/2 0\n0 0\n", 1, "expected 2, one per matrix column"),
                                     ("1/2 x\n", 1, "not a number"),
                                     ("1/2 1/2\n", 1, "has 1 rows of weights: expected 2"),
                                     ("1/2 1/2\n0 0\n0 0\n", 3, "one row too many"),
                                     ("", 1, "has 0 rows")] {
            do { _ = try DistributionReader.parse(text, file: "w.txt", rows: 2, columns: 2); Issue.record("accepted \(text)") } catch let e as SeparationError {
                #expect(e.description.hasPrefix("w.txt:\(line): error:") && e.description.contains(needle), "\(e)")
            }
        }
    }

    /// GT_n: the closed-form analysis equals the general kernels' (n ≤ 5) and its witnesses re-check.
    @Test(arguments: 1...5)
    func greaterThanClosedFormAgainstTheKernels(n: Int) throws {
        let m = try CommunicationTask.greaterThan.matrix(n: n)
        let closed = try GreaterThanAnalysis.analysis(n: n), general = MatrixAnalysis(m)
        #expect(closed.verify(against: m) == nil)
        #expect(closed.logRank.rankOnes.rank == general.logRank.rankOnes.rank && closed.logRank.rankZeros.rank == general.logRank.rankZeros.rank)
        #expect(closed.oneWay.distinctRows == general.oneWay.distinctRows)
        #expect(closed.fooling.size == general.fooling.size && general.fooling.isMaximum && closed.fooling.isMaximum)
        #expect(closed.vc.dimension == general.vc.dimension && general.vc.isExact)
        #expect(closed.discrepancy?.value == general.discrepancy?.value && closed.discrepancySkipped == general.discrepancySkipped)
        if m.onesCount <= 16 { #expect(closed.fooling.size == Brute.foolingSet(m)) }
        if m.columns <= 8 { #expect(closed.vc.dimension == Brute.vc(m)) }
    }

    /// GT_10 by the closed form: the advertised n = 10 is answered (rank 1023, 1024; fooling 1023).
    @Test func greaterThanAtTheAdvertisedLimit() throws {
        let a = try GreaterThanAnalysis.analysis(n: 10)
        #expect(a.logRank.rankOnes.rank == 1023 && a.logRank.rankZeros.rank == 1024 && a.oneWay.bits == 10)
        #expect(a.fooling.size == 1023 && a.vc.dimension == 1 && a.discrepancy == nil && a.discrepancySkipped != nil)
    }
}
