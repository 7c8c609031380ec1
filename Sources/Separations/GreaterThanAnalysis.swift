import Exact

/// The bounds of THEOREMS.md §4 for GT_n(x, y) = [x > y] (N = 2ⁿ) in closed form, with the same
/// witnesses `MatrixAnalysis(_:)` would search for, built directly in O(N²) instead of by the
/// general kernels (whose fooling-set scan and rank computation take minutes at n = 10 in a
/// debug build). Every witness re-checks with `MatrixAnalysis.verify(against:)`, and the tests
/// compare this analysis field by field with the general kernels for n ≤ 5.
///
/// - rank M = N − 1: the minor on rows 1…N−1 and columns 0…N−2 is lower triangular with ones on
///   its diagonal (x = j + 1 > j), and column N − 1 is zero (no x > N − 1), so e_{N−1} spans the
///   kernel. rank(J − M) = N: J − M = [x ≤ y] is upper triangular with ones on the diagonal.
/// - one-way: the N rows are pairwise distinct (row x has exactly x ones), so D^{A→B} = n bits.
/// - 1-fooling set {(j + 1, j) : 0 ≤ j < N − 1}: for j < l, M[j + 1, l] = 0 since j + 1 ≤ l.
///   It is maximum: row 0 is zero, so min(nonzero rows, nonzero columns) = N − 1 bounds every
///   1-fooling set (a fooling set uses each row at most once).
/// - VC = 1: column 0 is shattered by rows 0 and 1; no two columns y < y′ are, since the pattern
///   (0 at y, 1 at y′) needs x ≤ y and x > y′ > y.
/// - uniform discrepancy: by the general enumeration when within `Discrepancy`'s caps, else nil.
public enum GreaterThanAnalysis {
    public static func analysis(n: Int, discrepancyWork: Int = Discrepancy.maximumWork) throws -> MatrixAnalysis {
        let m = try CommunicationTask.greaterThan.matrix(n: n)
        let size = 1 << n
        var kernel = [Rational](repeating: Rational(), count: size)
        kernel[size - 1] = Rational(1)
        let ones = RankCertificate(rank: size - 1, minorRows: Array(1..<size), minorColumns: Array(0..<(size - 1)),
                                   freeColumns: [size - 1], kernelBasis: [RationalVector(kernel)])
        let zeros = RankCertificate(rank: size, minorRows: Array(0..<size), minorColumns: Array(0..<size), freeColumns: [], kernelBasis: [])
        let fooling = FoolingSet(pairs: (0..<(size - 1)).map { FoolingSet.Pair(x: $0 + 1, y: $0) }, isMaximum: true)
        let vc = VCDimension(dimension: 1, shattered: [0], rowForPattern: [0, 1], isExact: true)
        let why = Discrepancy.refusal(rows: size, columns: size, maximumWork: discrepancyWork)
        let disc = why == nil ? try Discrepancy.uniform(m, maximumWork: discrepancyWork) : nil
        return MatrixAnalysis(rows: size, columns: size, logRank: LogRankBound(rankOnes: ones, rankZeros: zeros),
                              oneWay: OneWayProtocol(rowClass: Array(0..<size), representatives: Array(0..<size)),
                              fooling: fooling, vc: vc, discrepancy: disc, discrepancySkipped: why)
    }
}
