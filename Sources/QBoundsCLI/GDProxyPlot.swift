import Certificates
import Training

/// The SVG of `qbounds gd proxy --plot`: P(t) against training steps on a log y axis, one line
/// per upload (broken at each re-upload, where t restarts), re-uploads marked — the shape of the
/// seed paper's Fig. 2b (Liu et al., Nat. Commun. 15, 434 (2024)) — and the training loss dashed.
enum GDProxyPlot {
    static func svg(_ r: ProxyReport) -> String {
        let c = r.configuration
        var plot = SVGPlot(title: "Error proxy P(t); dotted lines: re-upload every \(c.reuploadEvery) steps\(c.qram ? " (QRAM)" : "")",
                           xLabel: "training step after pruning", yLabel: "P(t)  (log scale)", logY: true)
        var xs: [Double] = [], ys: [Double] = []
        for s in r.segments {
            for point in s.curve { xs.append(Double(point.step)); ys.append(point.p ?? .nan) }
            xs.append(.nan); ys.append(.nan)   // break the line at the re-upload
        }
        plot.series.append(.init(name: "P(t), a = \(c.literal ? "−h" : "−ηh"), |a| ≥ 0.4", x: xs, y: ys))
        let loss = r.loss.filter { $0.step >= 0 }
        plot.series.append(.init(name: "training loss", x: loss.map { Double($0.step) }, y: loss.map(\.loss), dashed: true))
        plot.verticalMarkers = r.segments.dropFirst().map { (Double($0.start), "") }   // re-uploads (labelled in the title)
        return plot.svg
    }
}
