import Exact

/// Rewrites a degree-k system (k ≥ 3) as a quadratic one in `x̃ = (x, x^{⊗2}, …, x^{⊗(k−1)})`,
/// of dimension `ñ = n + n² + ⋯ + n^{k−1} = (n^k − n)/(n − 1)` (`carleman.quadratic-reduction`).
///
/// Block m of x̃ obeys `d/dt x^{⊗m} = Σ_s A^m_{m+s−1} x^{⊗(m+s−1)}` (`carleman.blocks`), a
/// combination of powers p = m+s−1 ≤ 2k−2 of x. A power p ≤ k−1 is a coordinate block of x̃
/// (the linear part F̃1, or F̃0 for p = 0); a power p ≥ k is written as the product of the
/// blocks a = p − (k−1) and b = k−1 of x̃, `x^{⊗p} = x^{⊗a} ⊗ x^{⊗b}`, a column of F̃2 over
/// x̃ ⊗ x̃. So the reduced system is exact: `x̃(t)` solves it when x(t) solves the original.
/// Reference: Forets & Pouly, arXiv:1711.02552, §2 (reduction to quadratic form); Kowalski &
/// Steeb 1991. Example: `x' = x − x³` gives `F̃1 = diag(1, 2)`, `F̃2 = [[0, −1, 0, 0], [0, 0, 0, −2]]`.
public struct QuadraticReduction: Sendable {
    /// The original system.
    public let original: PolynomialSystem
    /// The quadratic system in x̃ (its first n coordinates are x).
    public let reduced: PolynomialSystem
    /// k − 1, the number of blocks of x̃.
    public let blocks: Int

    public init(_ system: PolynomialSystem) throws(ExactError) {
        let n = system.dimension, k = system.degree
        original = system
        guard k >= 3 else {
            reduced = system
            blocks = 1
            return
        }
        blocks = k - 1
        // Index space of all powers up to 2k − 2; rows of blocks 1…k−1 only.
        let wide = try CarlemanLayout(variableCount: n, order: 2 * k - 2, maximumDimension: CarlemanLimits.maximumExactDimension)
        let small = try CarlemanLayout(variableCount: n, order: k - 1, maximumDimension: CarlemanLimits.maximumExactDimension)
        let nt = small.dimension
        let (nt2, o) = nt.multipliedReportingOverflow(by: nt)
        guard !o, nt2 <= CarlemanLimits.maximumColumns else {
            throw .sizeOutOfRange(what: "reduced dimension ñ²", value: "\(nt)²", allowed: "at most \(CarlemanLimits.maximumColumns)")
        }
        let builder = CarlemanBuilder<Rational>(layout: wide, coefficients: system.coefficients) { $0 }
        let out = builder.build(rows: 0..<small.dimension)
        var f0: [(Int, Int, Rational)] = [], f1: [(Int, Int, Rational)] = [], f2: [(Int, Int, Rational)] = []
        for (r, v) in out.forcing { f0.append((r, 0, v)) }
        for row in 0..<nt {
            for e in out.rowOffsets[row]..<out.rowOffsets[row + 1] {
                let column = out.columns[e], v = out.values[e]
                var p = 1
                while wide.offsets[p] <= column { p += 1 }
                let local = column - wide.offset(p)
                if p <= k - 1 {
                    f1.append((row, small.offset(p) + local, v))
                } else {
                    let a = p - (k - 1), b = k - 1
                    let high = local / wide.power(b), low = local % wide.power(b)
                    f2.append((row, (small.offset(a) + high) * nt + small.offset(b) + low, v))
                }
            }
        }
        var names: [String] = []
        for m in 1...(k - 1) {
            for idx in 0..<small.power(m) {
                names.append(KroneckerIndex.digits(idx, base: n, length: m).map { system.variables[$0] }.joined(separator: "*"))
            }
        }
        reduced = try PolynomialSystem(variables: names, coefficients: [
            try SparseRationalMatrix(rows: nt, columns: 1, triplets: f0),
            try SparseRationalMatrix(rows: nt, columns: nt, triplets: f1),
            try SparseRationalMatrix(rows: nt, columns: nt2, triplets: f2),
        ])
    }

    /// x̃ for a state x of the original system.
    public func lift(_ x: RationalVector) throws(ExactError) -> RationalVector {
        try CarlemanMatrix.lift(x, order: blocks)
    }
}
