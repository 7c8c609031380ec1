import Carleman
import Foundation

/// The readable form and the plot of a `CarlemanCheckReport`.
public enum CarlemanReportText {
    public static func text(_ r: CarlemanCheckReport) -> String {
        var s = "Carleman check of \(r.model): verdict \(r.verdict.rawValue.uppercased())\n"
        s += "  n = \(r.variables), degree \(r.degree)"
        if let red = r.reducedDimension { s += " (reduced to a quadratic system of dimension \(red))" }
        s += ", order N = \(r.order), Δ = \(r.carlemanDimension), horizon T = \(r.horizon), \(r.norm)-norm\n"
        s += "  R = \(r.R?.description ?? "undefined (Re λ1 < 0 not certified)")"
        if let rm = r.RLogNorm { s += ", R with μ₂(F1) = \(rm)" }
        if let a = r.rMinus, let b = r.rPlus { s += ", R < 1 ⇔ \(a.hi) < ‖u_in‖ < \(b.lo) (outward)" }
        s += "\n  quantities:\n"
        for (k, v) in r.quantities.sorted(by: { $0.key < $1.key }) { s += "    \(k) ∈ \(v)\n" }
        s += "  hypotheses:\n"
        var seen = Set<String>()
        for h in r.hypotheses where seen.insert(h.name).inserted {
            s += "    [\(h.status.rawValue)] \(h.name) — \(h.detail)\n"
        }
        s += "  bounds (value at T; observed/bound):\n"
        for b in r.bounds {
            let last = b.values.last.flatMap { $0 }.map(\.description) ?? "—"
            let ratio = b.maximumObservedRatio.map { String(format: "%.3g", $0) } ?? "—"
            s += "    \(b.status.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)) \(b.statement): ε(T) ∈ \(last); max observed/bound \(ratio)"
            if let rad = b.radius { s += "; T* ∈ \(rad)" }
            s += "\n"
            for h in b.hypotheses where h.status != .holds { s += "        needs \(h.name): \(h.status.rawValue)\n" }
        }
        if let obs = r.observedError, let last = obs.last { s += "  observed error at T: \(String(format: "%.6g", last)) (\(r.simulationNote))\n" }
        else { s += "  simulation: \(r.simulationNote)\n" }
        for f in r.findings { s += "  finding: \(f)\n" }
        return s
    }

    public static func plot(_ r: CarlemanCheckReport) -> SVGPlot {
        var p = SVGPlot(title: "Carleman truncation error, N = \(r.order): \(r.model)", xLabel: "t", yLabel: "‖u(t) − ŷ1(t)‖ (\(r.norm)-norm)", logY: true)
        let ts = r.times.map { t -> Double in
            let parts = t.split(separator: "/")
            if parts.count == 2, let a = Double(parts[0]), let b = Double(parts[1]) { return a / b }
            return Double(t) ?? .nan
        }
        if let obs = r.observedError { p.series.append(.init(name: "observed (float)", x: ts, y: obs, markers: true)) }
        for b in r.bounds {
            let ys = b.values.map { $0.flatMap { Double($0.hi) } ?? .nan }
            p.series.append(.init(name: "\(b.statement.replacingOccurrences(of: "carleman.", with: "")) (\(b.status.rawValue))", x: ts, y: ys, dashed: b.status != .certified))
        }
        return p
    }
}
