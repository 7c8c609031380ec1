import Exact

/// `discrete.linear-system`: the seed's Eq. 6. For T steps, the block lower-bidiagonal matrix
/// L (T+1 block rows of size Δ) with I on the diagonal and −(I + A_N) below it, and the right
/// side `[ŷ(0); b; …; b]`; its solution is exactly the iterates `ŷ(0), …, ŷ(T)` (this is the
/// system a quantum linear solver inverts). L is unit lower triangular, `‖L‖ ≤ 1 + ‖I + A_N‖`
/// and `‖L⁻¹‖ ≤ Σ_{k=0..T} ‖I + A_N‖^k`.
public struct DiscreteLinearSystem: Sendable {
    public let matrix: SparseRationalMatrix
    public let rightHandSide: RationalVector
    public let steps: Int
    public let blockSize: Int

    public init(system s: DiscreteCarlemanSystem, initial u0: RationalVector, steps: Int, seedConvention: Bool = false) throws(ExactError) {
        let d = s.layout.dimension
        guard steps >= 1, (steps + 1) * d <= 4000 else {
            throw .sizeOutOfRange(what: "(T + 1)·Δ", value: "\((steps + 1) * d)", allowed: "at most 4000 for the exact solve")
        }
        var t: [(Int, Int, Rational)] = []
        for block in 0...steps {
            for i in 0..<d { t.append((block * d + i, block * d + i, Rational(1))) }
            if block > 0 {
                for (r, c, v) in s.step.triplets { t.append((block * d + r, (block - 1) * d + c, -v)) }
            }
        }
        var rhs = try CarlemanMatrix.lift(u0, order: s.layout.order).entries
        let b = seedConvention ? s.seedForcing : s.forcing
        for _ in 0..<steps { rhs += b.entries }
        matrix = try SparseRationalMatrix(rows: (steps + 1) * d, columns: (steps + 1) * d, triplets: t)
        rightHandSide = RationalVector(rhs)
        self.steps = steps
        blockSize = d
    }

    /// The exact solution by Gauss–Jordan elimination on the dense L (independent of the
    /// forward iteration), split into T + 1 blocks.
    public func solve() throws(ExactError) -> [RationalVector] {
        let x = try matrix.dense().solve(rightHandSide)
        return (0...steps).map { k in RationalVector(Array(x.entries[(k * blockSize)..<((k + 1) * blockSize)])) }
    }
}
