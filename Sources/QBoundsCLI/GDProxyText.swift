import Foundation
import Training

/// The readable report of `qbounds gd proxy` (without --json).
enum GDProxyText {
    static func g(_ v: Double?) -> String { v.map { String(format: "%.4g", $0) } ?? "undefined" }

    static func report(_ r: ProxyReport) -> String {
        let c = r.configuration
        var lines = [
            "discrete.error-proxy (float exploration of Liu et al., Nat. Commun. 15, 434 (2024), Eqs. 7–8; not a certified bound)",
            "network: \(r.parameters) parameters (d = \(c.inputs), h = \(c.hidden), σ(z) = z + z²/2), \(c.samples) samples, η = \(c.eta) (pre-training), \(c.sparseEta ?? c.eta) (sparse training)",
            "pruning: kept \(r.retained) weights (\(c.keepFraction * 100)%); loss \(g(r.lossBeforePruning)) → \(g(r.lossAfterPruning))",
            "a = \(c.literal ? "−h (Eq. 7 literally)" : "−η·h (η of sparse training)"); cut |a| ≥ 0.4; re-upload every \(c.reuploadEvery) steps\(c.qram ? ", QRAM variant (10 classical steps first)" : "")",
        ]
        if let f = r.fullSpectrumSummary {
            lines.append("full Hessian after pruning: \(f.count)×\(f.count), eigenvalues in [\(g(f.minimum)), \(g(f.maximum))], \(f.negative) negative; "
                + "built in \(g(r.fullHessianBuildSeconds)) s, spectrum (dsyevd) in \(g(r.fullSpectrumSeconds)) s")
        }
        lines.append("upload  start  N_c  dissipative  divergent  max|1+a|   P(0)  P(K)")
        for (k, s) in r.segments.enumerated() {
            let m = s.summary
            lines.append(String(format: "%6d %6d %4d %12d %10d  %9@  %5@  %@", k, s.start, m.retainedByCut, m.dissipative, m.divergent,
                                g(m.growthFactor), g(s.curve.first?.p ?? nil), g(s.curve.last?.p ?? nil)))
        }
        if let last = r.loss.last { lines.append("final loss \(g(last.loss))") }
        return lines.joined(separator: "\n")
    }
}
