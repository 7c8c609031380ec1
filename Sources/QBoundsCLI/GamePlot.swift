import Bell
import Exact
import Foundation

/// SVG plots for `qbounds game threshold zhao-deng --plot FILE`: the exact score S(p) for n_g
/// games over p ∈ [0, 0.03] with the paper's p* and the certified p_c marked, and the score
/// against the number of qubits n = 4·n_g at a fixed p. The curves are evaluated in Double from
/// the exact polynomial (a picture, not a verdict).
enum GamePlot {
    static func svg(q: RationalPolynomial, games: Int, p: Double, pStar: Double, pc: Double) -> String {
        let coefficients = (0...q.degree).map { q[$0].double() }
        func qAt(_ x: Double) -> Double { coefficients.reversed().reduce(0) { $0 * x + $1 } }
        func score(_ n: Int, _ qv: Double) -> Double {
            // Σ_{k > 0.95 n} C(n,k) q^k (1−q)^{n−k} in logs
            var total = 0.0
            for k in 0...n where 20 * k > 19 * n {
                let logC = lgamma(Double(n + 1)) - lgamma(Double(k + 1)) - lgamma(Double(n - k + 1))
                total += Foundation.exp(logC + Double(k) * Foundation.log(qv) + Double(n - k) * Foundation.log(Swift.max(1 - qv, 1e-300)))
            }
            return total
        }
        let w = 420.0, h = 280.0, m = 40.0
        func panel(_ x0: Double, _ title: String, _ points: [(Double, Double)], xMax: Double, marks: [(Double, String)], xLabel: String) -> String {
            let sx = { (x: Double) in x0 + m + (w - 2 * m) * x / xMax }
            let sy = { (y: Double) in m + (h - 2 * m) * (1 - y) }
            var s = "<rect x=\"\(x0)\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"white\" stroke=\"#ccc\"/>\n"
            s += "<text x=\"\(x0 + w / 2)\" y=\"20\" text-anchor=\"middle\" font-size=\"13\">\(title)</text>\n"
            s += "<line x1=\"\(sx(0))\" y1=\"\(sy(0))\" x2=\"\(sx(xMax))\" y2=\"\(sy(0))\" stroke=\"black\"/>"
            s += "<line x1=\"\(sx(0))\" y1=\"\(sy(0))\" x2=\"\(sx(0))\" y2=\"\(sy(1))\" stroke=\"black\"/>\n"
            s += "<text x=\"\(sx(xMax))\" y=\"\(sy(0) + 16)\" text-anchor=\"end\" font-size=\"11\">\(xLabel) (max \(xMax))</text>"
            s += "<text x=\"\(sx(0) - 4)\" y=\"\(sy(1) + 4)\" text-anchor=\"end\" font-size=\"11\">1</text>\n"
            let path = points.map { "\(sx($0.0)),\(sy($0.1))" }.joined(separator: " ")
            s += "<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"\(path)\"/>\n"
            for (x, label) in marks {
                s += "<line x1=\"\(sx(x))\" y1=\"\(sy(0))\" x2=\"\(sx(x))\" y2=\"\(sy(1))\" stroke=\"#d62728\" stroke-dasharray=\"4 3\"/>"
                s += "<text x=\"\(sx(x) + 3)\" y=\"\(sy(0.95))\" font-size=\"11\" fill=\"#d62728\">\(label)</text>\n"
            }
            return s
        }
        let pMax = 0.03
        let curve = (0...120).map { i -> (Double, Double) in let x = pMax * Double(i) / 120; return (x, score(games, qAt(x))) }
        let qFixed = qAt(p)
        let nMax = 1000
        let byN = stride(from: 4, through: nMax, by: 4).map { (Double($0), score($0 / 4, qFixed)) }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(2 * w)\" height=\"\(h)\" font-family=\"sans-serif\">\n"
        s += panel(0, "Zhao–Deng score vs p (n_g = \(games))", curve, xMax: pMax,
                   marks: [(pStar, String(format: "p* ≈ %.5f", pStar)), (pc, String(format: "p_c ≈ %.5f", pc))], xLabel: "p")
        s += panel(w, String(format: "score vs qubits n at p = %.4g", p), byN, xMax: Double(nMax), marks: [], xLabel: "n")
        return s + "</svg>\n"
    }
}
