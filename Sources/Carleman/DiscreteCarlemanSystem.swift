import Exact

/// The truncated discrete Carleman iteration at a rational learning rate η:
/// `ŷ(t+1) = (I + A_N) ŷ(t) + b` with `ŷ = [y_1; …; y_N]`, `A_N = (A_{j,k}(η))_{j,k=1..N}`
/// (`discrete.lifting`), exactly over ℚ.
///
/// **Forcing convention** (a finding, `proofs/discrete.lifting.md`): the exact lifting puts
/// `M_{j,0} = F0^{⊗j}` in every block j (`b_j = η^j f0^{⊗j}`), while the seed paper's Eq. 5 writes
/// `b = [F0; 0; …; 0]`. `forcing` is the exact one; `seedForcing` the paper's.
public struct DiscreteCarlemanSystem: Sendable {
    public let lifting: DiscreteLifting
    public let eta: Rational
    public let layout: CarlemanLayout
    /// I + A_N (Δ × Δ).
    public let step: SparseRationalMatrix
    /// b with b_j = M_{j,0} (exact lifting).
    public let forcing: RationalVector
    /// The seed's Eq. 5: [F0; 0; …; 0].
    public let seedForcing: RationalVector

    public init(lifting: DiscreteLifting, eta: Rational, order: Int? = nil) throws(ExactError) {
        let n = lifting.field.dimension
        let N = order ?? lifting.order
        guard N <= lifting.order else { throw .domain("order \(N) exceeds the lifting's order \(lifting.order)") }
        let layout = try CarlemanLayout(variableCount: n, order: N, maximumDimension: CarlemanLimits.maximumExactDimension)
        var t: [(Int, Int, Rational)] = []
        var b = Array(repeating: Rational(), count: layout.dimension)
        for j in 1...N {
            for k in 1...N {
                let m = try lifting.lifted(row: j, column: k, eta: eta)
                for (r, c, v) in m.triplets { t.append((layout.offset(j) + r, layout.offset(k) + c, v)) }
            }
            let m0 = try lifting.lifted(row: j, column: 0, eta: eta)
            for (r, _, v) in m0.triplets { b[layout.offset(j) + r] += v }
        }
        var seed = Array(repeating: Rational(), count: layout.dimension)
        let f0 = lifting.field.coefficient(0)
        for (r, _, v) in f0.triplets { seed[r] = eta * v }
        self.lifting = lifting
        self.eta = eta
        self.layout = layout
        self.step = try SparseRationalMatrix(rows: layout.dimension, columns: layout.dimension, triplets: t)
        self.forcing = RationalVector(b)
        self.seedForcing = RationalVector(seed)
    }

    /// T exact steps from ŷ(0) = lift(u0); returns ŷ(0), …, ŷ(T).
    public func iterate(from u0: RationalVector, steps: Int, seedConvention: Bool = false) throws(ExactError) -> [RationalVector] {
        var y = try CarlemanMatrix.lift(u0, order: layout.order)
        var out = [y]
        let b = seedConvention ? seedForcing : forcing
        for _ in 0..<steps {
            let s = try step * y
            y = RationalVector(zip(s.entries, b.entries).map { $0 + $1 })
            out.append(y)
        }
        return out
    }

    /// The exact map u ↦ u + η f(u), T times (entries grow: keep T small).
    public static func iterateMap(_ field: PolynomialSystem, eta: Rational, from u0: RationalVector, steps: Int) throws(ExactError) -> [RationalVector] {
        var u = u0
        var out = [u]
        for _ in 0..<steps {
            let f = try field.evaluate(u)
            u = RationalVector(zip(u.entries, f.entries).map { $0 + eta * $1 })
            out.append(u)
        }
        return out
    }
}
