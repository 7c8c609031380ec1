import Exact
import Separations

/// Re-checks a `MatrixAnalysis` witness file (written by `qbounds separation matrix --witness`)
/// against its matrix, side by side, and says which sides were re-checked:
///
/// - lower sides: every witness by its own `verify` (rank minors and kernels, the one-way
///   protocol, the fooling pairs, the shattered set, the discrepancy rectangle and weights);
/// - upper sides, only where the witness claims them: a fooling set marked `isMaximum` by
///   min(nonzero rows, nonzero columns) or the plain backtracking search of
///   `Rechecker.maximumFoolingSet` (within `Rechecker.searchBudget`); a VC dimension marked
///   `isExact` by min(⌊log₂ #distinct rows⌋, columns) or by checking that no set one larger is
///   shattered (`Rechecker.noShatteredSet`, same budget); the uniform discrepancy by the
///   independent depth-first enumeration `Rechecker.uniformDiscrepancy` (within `Discrepancy`'s
///   caps). Rank and one-way are exact from their witnesses alone.
///
/// A side found false is a problem (exit 1); a side past its budget is listed in `notChecked`,
/// never counted as verified.
public struct MatrixAnalysisRecheck: Sendable {
    public private(set) var checked: [String] = []
    public private(set) var notChecked: [String] = []
    public private(set) var problems: [String] = []

    public var isValid: Bool { problems.isEmpty }

    public init(_ a: MatrixAnalysis, against m: BooleanMatrix, maximumWork: Int = Discrepancy.maximumWork) {
        if let e = a.verify(against: m) { problems.append(e); return }
        checked.append("comm.log-rank: rank M = \(a.logRank.rankOnes.rank) and rank(J − M) = \(a.logRank.rankZeros.rank), both sides (minor and kernel)")
        checked.append("comm.one-way: \(a.oneWay.distinctRows) distinct rows, both sides")
        let fs = a.fooling.size
        checked.append("comm.fooling-set: the \(fs) pairs form a 1-fooling set (lower side)")
        if a.fooling.isMaximum {
            let ceiling = Certifier.foolingSetCeiling(m)
            if ceiling <= fs {
                checked.append("comm.fooling-set: maximal, since min(nonzero rows, nonzero columns) = \(ceiling)")
            } else if let best = Rechecker.maximumFoolingSet(m) {
                if best > fs { problems.append("comm.fooling-set: marked maximum with \(fs) pairs, but a 1-fooling set of size \(best) exists") }
                else { checked.append("comm.fooling-set: maximal, by a plain backtracking search (largest size \(best))") }
            } else {
                notChecked.append("comm.fooling-set: maximality (the backtracking search passed its budget of \(Rechecker.searchBudget) nodes)")
            }
        } else {
            notChecked.append("comm.fooling-set: maximality (the witness claims a lower bound only)")
        }
        let d = a.vc.dimension
        checked.append("comm.vc: a shattered set of \(d) columns (lower side)")
        if a.vc.isExact {
            let ceiling = Certifier.vcCeiling(m)
            if ceiling <= d {
                checked.append("comm.vc: VC ≤ min(⌊log₂ #distinct rows⌋, columns) = \(ceiling)")
            } else {
                switch Rechecker.noShatteredSet(m, size: d + 1) {
                case true?: checked.append("comm.vc: no set of \(d + 1) columns is shattered (upper side)")
                case false?: problems.append("comm.vc: marked exact at \(d), but a set of \(d + 1) columns is shattered")
                case nil: notChecked.append("comm.vc: upper side (more than \(Rechecker.searchBudget) column sets of size \(d + 1))")
                }
            }
        } else {
            notChecked.append("comm.vc: upper side (the witness claims a lower bound only)")
        }
        if let disc = a.discrepancy {
            let uniform = (try? Rational(1, m.rows * m.columns)).map { u in disc.weights.allSatisfy { $0 == u } } ?? false
            if !uniform { problems.append("comm.discrepancy: the weights are not the uniform distribution") }
            else {
                checked.append("comm.discrepancy: the rectangle sums to \(disc.value) (lower side)")
                if let top = Rechecker.uniformDiscrepancy(m, maximumWork: maximumWork) {
                    if top != disc.value { problems.append("comm.discrepancy: the independent enumeration gives \(top), not \(disc.value)") }
                    else { checked.append("comm.discrepancy: an independent enumeration gives the maximum \(top) (upper side)") }
                } else {
                    notChecked.append("comm.discrepancy: upper side (\(Discrepancy.refusal(rows: m.rows, columns: m.columns, maximumWork: maximumWork) ?? "over the caps"))")
                }
            }
        } else {
            notChecked.append("comm.discrepancy: not in the witness (\(a.discrepancySkipped ?? "no reason given"))")
        }
    }
}
