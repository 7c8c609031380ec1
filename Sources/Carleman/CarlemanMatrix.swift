import Exact

/// The truncated Carleman linearization of `du/dt = Σ_s F_s u^{⊗s}` at order N, exactly over ℚ:
/// `dŷ/dt = A ŷ + b` with `ŷ = [y_1; …; y_N]`, `y_j ≈ u^{⊗j}` (`carleman.blocks`).
///
/// `A` is Δ×Δ with block (j, j+s−1) equal to `A^j_{j+s−1} = Σ_{p=1..j} I^{⊗(p−1)} ⊗ F_s ⊗ I^{⊗(j−p)}`
/// for every degree s present and j+s−1 ≤ N; `b = [F_0; 0; …; 0]`. Rows and columns are
/// 0-based, blocks j = 1…N in order, and inside block j the Kronecker index of `u_{i1}⋯u_{ij}`
/// (i1 most significant). Reference: Liu et al., PNAS 118 (2021) e2026805118, Eq. (5);
/// Forets & Pouly, arXiv:1711.02552, §3.
public struct CarlemanMatrix: Sendable {
    public let layout: CarlemanLayout
    /// A (Δ×Δ).
    public let matrix: SparseRationalMatrix
    /// The nonzero entries of b as (row, value), rows ascending (all in block 1).
    public let forcing: [(row: Int, value: Rational)]

    /// Builds A and b; throws for N < 1 or when Δ or the entry count exceed `CarlemanLimits`.
    public init(system: PolynomialSystem, order: Int,
                maximumDimension: Int = CarlemanLimits.maximumExactDimension,
                maximumNonzeros: Int = CarlemanLimits.maximumExactNonzeros) throws(ExactError) {
        let layout = try CarlemanLayout(variableCount: system.dimension, order: order, maximumDimension: maximumDimension)
        let bound = layout.nonzeroBound(system.coefficients.map(\.nonzeroCount))
        guard bound <= maximumNonzeros else {
            throw .sizeOutOfRange(what: "entries of the exact Carleman matrix (bound)", value: "\(bound)", allowed: "at most \(maximumNonzeros); lower N")
        }
        let builder = CarlemanBuilder<Rational>(layout: layout, coefficients: system.coefficients) { $0 }
        let out = builder.build(rows: 0..<layout.dimension)
        self.layout = layout
        self.matrix = try SparseRationalMatrix(rows: layout.dimension, columns: layout.dimension,
                                               rowStart: out.rowOffsets, columnIndex: out.columns, values: out.values)
        var b: [Int: Rational] = [:]
        for (r, v) in out.forcing { b[r, default: Rational()] += v }
        self.forcing = b.filter { !$0.value.isZero }.sorted { $0.key < $1.key }.map { (row: $0.key, value: $0.value) }
    }

    /// b as a dense vector of length Δ.
    public var forcingVector: RationalVector {
        var v = Array(repeating: Rational(), count: layout.dimension)
        for (r, x) in forcing { v[r] = x }
        return RationalVector(v)
    }

    /// The lifted state `[u; u^{⊗2}; …; u^{⊗N}]` (the exact initial condition ŷ(0)).
    public func lift(_ u: RationalVector) throws(ExactError) -> RationalVector {
        try CarlemanMatrix.lift(u, order: layout.order)
    }

    /// `[u; u^{⊗2}; …; u^{⊗N}]` for any N ≥ 1.
    public static func lift(_ u: RationalVector, order: Int) throws(ExactError) -> RationalVector {
        let layout = try CarlemanLayout(variableCount: u.count, order: order, maximumDimension: CarlemanLimits.maximumExactDimension)
        var out: [Rational] = []
        out.reserveCapacity(layout.dimension)
        var power = u.entries
        out.append(contentsOf: power)
        for _ in 1..<Swift.max(order, 1) {
            var next: [Rational] = []
            next.reserveCapacity(power.count * u.count)
            for a in power { for x in u.entries { next.append(a * x) } }
            power = next
            out.append(contentsOf: power)
        }
        return RationalVector(out)
    }
}
