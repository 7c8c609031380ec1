import Exact

/// Every lower-bound kernel of THEOREMS.md §4 applied to one communication matrix, with all
/// witnesses: rank of M and J − M (`LogRankBound`), the one-way protocol, a 1-fooling set
/// (maximum when `fooling.isMaximum`), the VC dimension, and the uniform discrepancy with its
/// rectangle (nil, with `discrepancySkipped` saying why, when the enumeration would pass
/// `Discrepancy.maximumSide` or the work cap 2^k · other side ≤ `discrepancyWork`).
/// `verify(against:)` re-checks every witness against the matrix (the lower sides only: that
/// each witness is what it says; maximality is re-checked by `qbounds separation recheck`).
public struct MatrixAnalysis: Sendable, Hashable, Codable {
    public let rows: Int
    public let columns: Int
    public let logRank: LogRankBound
    public let oneWay: OneWayProtocol
    public let fooling: FoolingSet
    public let vc: VCDimension
    public let discrepancy: Discrepancy?
    /// Why `discrepancy` is nil (the cap it would pass); nil when it was computed.
    public let discrepancySkipped: String?

    public init(_ m: BooleanMatrix, discrepancyWork: Int = Discrepancy.maximumWork) {
        rows = m.rows; columns = m.columns
        logRank = LogRankBound(m, transposeWide: true)
        oneWay = OneWayProtocol(m)
        fooling = FoolingSet.maximum(of: m)
        vc = VCDimension.compute(m)
        if let why = Discrepancy.refusal(rows: m.rows, columns: m.columns, maximumWork: discrepancyWork) {
            discrepancy = nil; discrepancySkipped = why
        } else {
            do { discrepancy = try Discrepancy.uniform(m, maximumWork: discrepancyWork); discrepancySkipped = nil } catch {
                discrepancy = nil; discrepancySkipped = "\(error)"
            }
        }
    }

    /// Assembles an analysis from parts computed elsewhere (the closed forms of the named tasks).
    public init(rows: Int, columns: Int, logRank: LogRankBound, oneWay: OneWayProtocol, fooling: FoolingSet, vc: VCDimension,
                discrepancy: Discrepancy?, discrepancySkipped: String?) {
        self.rows = rows; self.columns = columns; self.logRank = logRank; self.oneWay = oneWay
        self.fooling = fooling; self.vc = vc; self.discrepancy = discrepancy; self.discrepancySkipped = discrepancySkipped
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
