import Foundation

/// A small, dependency-free SVG line plot for reports (`--plot FILE.svg`): linear x axis,
/// linear or logarithmic y axis, one polyline per series, a legend and optional vertical markers.
/// Points with a non-finite value (or ≤ 0 on a log axis) are skipped and break the line.
public struct SVGPlot: Sendable {
    public struct Series: Sendable {
        public var name: String
        public var x: [Double]
        public var y: [Double]
        public var dashed: Bool
        public var markers: Bool
        public init(name: String, x: [Double], y: [Double], dashed: Bool = false, markers: Bool = false) {
            self.name = name; self.x = x; self.y = y; self.dashed = dashed; self.markers = markers
        }
    }

    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var logY: Bool
    public var series: [Series] = []
    /// Vertical lines (x, label).
    public var verticalMarkers: [(Double, String)] = []

    public init(title: String, xLabel: String, yLabel: String, logY: Bool) {
        self.title = title; self.xLabel = xLabel; self.yLabel = yLabel; self.logY = logY
    }

    static let palette = ["#1b6ca8", "#d1495b", "#2e933c", "#edae49", "#7b4f9d", "#00798c", "#6c757d"]

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    static func format(_ v: Double) -> String {
        if v == 0 { return "0" }
        let a = abs(v)
        if a >= 1e-3 && a < 1e4 { return String(format: "%g", v) }
        return String(format: "%.0e", v)
    }

    public var svg: String {
        let width = 860.0, height = 460.0, left = 80.0, right = 300.0, top = 40.0, bottom = 60.0
        let pw = width - left - right, ph = height - top - bottom
        func usable(_ y: Double) -> Bool { y.isFinite && (!logY || y > 0) }
        let xs = series.flatMap(\.x).filter(\.isFinite) + verticalMarkers.map(\.0)
        let ys = series.flatMap { s in s.y.filter(usable) }.map { logY ? log10($0) : $0 }
        var x0 = xs.min() ?? 0, x1 = xs.max() ?? 1
        if x1 <= x0 { x1 = x0 + 1 }
        var y0 = ys.min() ?? 0, y1 = ys.max() ?? 1
        if logY { y0 = floor(y0); y1 = ceil(y1) }
        if y1 <= y0 { y1 = y0 + 1 }
        if !logY { let pad = 0.05 * (y1 - y0); y0 -= pad; y1 += pad }
        x0 = Swift.min(x0, 0)
        func px(_ x: Double) -> Double { left + (x - x0) / (x1 - x0) * pw }
        func py(_ y: Double) -> Double { top + ph - ((logY ? log10(y) : y) - y0) / (y1 - y0) * ph }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"sans-serif\" font-size=\"12\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        out += "<text x=\"\(left)\" y=\"24\" font-size=\"15\">\(Self.escape(title))</text>\n"
        out += "<rect x=\"\(left)\" y=\"\(top)\" width=\"\(pw)\" height=\"\(ph)\" fill=\"none\" stroke=\"#333\"/>\n"
        // y ticks
        if logY {
            let step = Swift.max(1, Int((y1 - y0) / 8))
            var e = Int(y0)
            while Double(e) <= y1 {
                let y = top + ph - (Double(e) - y0) / (y1 - y0) * ph
                out += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(left + pw)\" y2=\"\(y)\" stroke=\"#ddd\"/>"
                out += "<text x=\"\(left - 6)\" y=\"\(y + 4)\" text-anchor=\"end\">1e\(e)</text>\n"
                e += step
            }
        } else {
            for k in 0...5 {
                let v = y0 + Double(k) / 5 * (y1 - y0), y = top + ph - Double(k) / 5 * ph
                out += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(left + pw)\" y2=\"\(y)\" stroke=\"#ddd\"/><text x=\"\(left - 6)\" y=\"\(y + 4)\" text-anchor=\"end\">\(Self.format(v))</text>\n"
            }
        }
        for k in 0...5 {
            let v = x0 + Double(k) / 5 * (x1 - x0), x = left + Double(k) / 5 * pw
            out += "<text x=\"\(x)\" y=\"\(top + ph + 18)\" text-anchor=\"middle\">\(Self.format(v))</text>\n"
        }
        out += "<text x=\"\(left + pw / 2)\" y=\"\(height - 18)\" text-anchor=\"middle\">\(Self.escape(xLabel))</text>\n"
        out += "<text x=\"18\" y=\"\(top + ph / 2)\" text-anchor=\"middle\" transform=\"rotate(-90 18 \(top + ph / 2))\">\(Self.escape(yLabel))</text>\n"
        for (x, label) in verticalMarkers where x.isFinite {
            out += "<line x1=\"\(px(x))\" y1=\"\(top)\" x2=\"\(px(x))\" y2=\"\(top + ph)\" stroke=\"#888\" stroke-dasharray=\"2,3\"/>"
            out += "<text x=\"\(px(x) + 3)\" y=\"\(top + 12)\" fill=\"#555\">\(Self.escape(label))</text>\n"
        }
        for (k, s) in series.enumerated() {
            let color = Self.palette[k % Self.palette.count]
            var segments: [[(Double, Double)]] = [[]]
            for (x, y) in zip(s.x, s.y) {
                if x.isFinite, usable(y) { segments[segments.count - 1].append((px(x), py(y))) } else if !segments.last!.isEmpty { segments.append([]) }
            }
            for seg in segments where !seg.isEmpty {
                let pts = seg.map { String(format: "%.2f,%.2f", $0.0, $0.1) }.joined(separator: " ")
                out += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"\(s.dashed ? " stroke-dasharray=\"6,4\"" : "") points=\"\(pts)\"/>\n"
                if s.markers { for (a, b) in seg { out += String(format: "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"2.5\" fill=\"\(color)\"/>", a, b) } ; out += "\n" }
            }
            let ly = top + 10 + Double(k) * 20
            out += "<line x1=\"\(left + pw + 12)\" y1=\"\(ly)\" x2=\"\(left + pw + 40)\" y2=\"\(ly)\" stroke=\"\(color)\" stroke-width=\"2\"\(s.dashed ? " stroke-dasharray=\"6,4\"" : "")/>"
            out += "<text x=\"\(left + pw + 46)\" y=\"\(ly + 4)\">\(Self.escape(s.name))</text>\n"
        }
        out += "</svg>\n"
        return out
    }
}
