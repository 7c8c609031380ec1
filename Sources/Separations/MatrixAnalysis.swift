import Exact

/// Every lower-bound kernel of THEOREMS.md §4 applied to one communication matrix, with all
/// witnesses: rank of M and J − M (`LogRankBound`), the one-way protocol, a 1-fooling set
/// (maximum when `fooling.isMaximum`), the VC dimension, and the uniform discrepancy with its
/// rectangle (nil when the smaller side exceeds `Discrepancy.maximumSide`).
/// `verify(against:)` re-checks every witness against the matrix.
public struct MatrixAnalysis: Sendable, Hashable, Codable {
    public let rows: Int
    public let columns: Int
    public let logRank: LogRankBound
    public let oneWay: OneWayProtocol
    public let fooling: FoolingSet
    public let vc: VCDimension
    public let discrepancy: Discrepancy?

    public init(_ m: BooleanMatrix) {
        rows = m.rows; columns = m.columns
        logRank = LogRankBound(m)
        oneWay = OneWayProtocol(m)
        fooling = FoolingSet.maximum(of: m)
        vc = VCDimension.compute(m)
        discrepancy = min(m.rows, m.columns) <= Discrepancy.maximumSide ? try? Discrepancy.uniform(m) : nil
    }

    /// nil when every witness re-checks against m, else the failures joined.
    public func verify(against m: BooleanMatrix) -> String? {
        guard m.rows == rows, m.columns == columns else { return "the witness is for a \(rows)×\(columns) matrix, not \(m.rows)×\(m.columns)" }
        var problems: [String] = []
        if let e = logRank.verify(against: m) { problems.append("comm.log-rank: \(e)") }
        if let e = oneWay.verify(against: m) { problems.append("comm.one-way: \(e)") }
        if let e = fooling.verify(against: m) { problems.append("comm.fooling-set: \(e)") }
        if let e = vc.verify(against: m) { problems.append("comm.vc: \(e)") }
        if let d = discrepancy, let e = d.verify(against: m) { problems.append("comm.discrepancy: \(e)") }
        return problems.isEmpty ? nil : problems.joined(separator: "; ")
    }
}
