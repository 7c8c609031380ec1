import Exact
import PropertyBased
import QBoundsTestSupport
import Testing
@testable import Separations

/// The budgets that keep `MatrixAnalysis` finite on wide matrices: the VC search's row-visit cap,
/// its greedy pass, and rank certificates taken on the transpose.
@Suite struct WideMatrixBudgetTests {
    /// A cut-off VC search is flagged inexact and still returns a valid shattered set no larger
    /// than the true VC; the greedy pass answers IP_10 exactly at the ceiling log₂ 1024 = 10.
    @Test func vcBudgetAndGreedyPass() throws {
        seededCheck("comm.vc budget", count: 30, SepGen.matrix(maxRows: 10, maxColumns: 6)) { m in
            let cut = VCDimension.compute(m, checkBudget: 3)
            let full = VCDimension.compute(m)
            return cut.verify(against: m) == nil && cut.dimension <= full.dimension && (cut.isExact ? cut.dimension == full.dimension : true)
                && full.isExact && full.dimension == Brute.vc(m)
        }
        let ip = VCDimension.compute(try CommunicationTask.innerProduct.matrix(n: 10))
        #expect(ip.dimension == 10 && ip.isExact)
    }

    /// Rank certificates on the transpose of a wide matrix: same ranks, and they re-check against
    /// the matrix as given (verify transposes back); the plain certificates agree.
    @Test func logRankOnTheTranspose() {
        seededCheck("comm.log-rank transpose", count: 20, SepGen.matrix(maxRows: 4, maxColumns: 9)) { m in
            let t = LogRankBound(m, transposeWide: true), plain = LogRankBound(m)
            return t.rankOnes.rank == plain.rankOnes.rank && t.rankZeros.rank == plain.rankZeros.rank
                && t.verify(against: m) == nil && t.onTranspose == (m.columns > m.rows)
        }
    }
}
