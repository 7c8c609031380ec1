/// An exact factorization P·S·Pᵀ = L·D·Lᵀ of a symmetric rational matrix S, with L unit lower
/// triangular and D block diagonal with 1×1 blocks and 2×2 blocks of the form [[0, b], [b, 0]]
/// (b ≠ 0).
///
/// By Sylvester's law of inertia S and D have the same numbers of positive, negative and zero
/// eigenvalues; a 1×1 block contributes the sign of its entry and a 2×2 block [[0, b], [b, 0]]
/// one positive and one negative eigenvalue (±|b|). So the inertia, and with it "S ⪰ 0",
/// "S ≻ 0" and "λ_max(S) < c", is decided exactly, with no rounding anywhere.
///
/// Pivoting: a nonzero diagonal entry is used as a 1×1 pivot when there is one (the one with the
/// fewest bits, to slow the growth of the entries); when the whole remaining diagonal is zero
/// but some off-diagonal entry b is not, the pair becomes a 2×2 pivot (the symmetric-indefinite
/// idea of Bunch & Parlett, SIAM J. Numer. Anal. 8 (1971) 639–655, here in exact arithmetic, where
/// only zero/nonzero matters). When the remaining block is zero the rest of D is zero.
public struct SymmetricFactorization: Sendable, Hashable, Codable {
    /// P as a permutation: row i of P·S·Pᵀ is row `permutation[i]` of S.
    public let permutation: [Int]
    /// L, unit lower triangular, row-major n×n.
    public let lower: RationalMatrix
    /// The diagonal blocks of D in order: one entry for a 1×1 block, [0, b, b, 0] for a 2×2 block.
    public let blocks: [[Rational]]

    public init(permutation: [Int], lower: RationalMatrix, blocks: [[Rational]]) {
        self.permutation = permutation; self.lower = lower; self.blocks = blocks
    }

    public struct Inertia: Sendable, Hashable, Codable, CustomStringConvertible {
        public let positive: Int
        public let negative: Int
        public let zero: Int
        public init(positive: Int, negative: Int, zero: Int) {
            self.positive = positive; self.negative = negative; self.zero = zero
        }
        public var description: String { "(+\(positive), −\(negative), 0×\(zero))" }
    }

    /// The inertia of D, hence of S.
    public var inertia: Inertia {
        var p = 0, n = 0, z = 0
        for b in blocks {
            if b.count == 1 {
                switch b[0].signum { case 1: p += 1; case -1: n += 1; default: z += 1 }
            } else { p += 1; n += 1 }
        }
        return Inertia(positive: p, negative: n, zero: z)
    }

    public var isPositiveSemidefinite: Bool { inertia.negative == 0 }
    public var isPositiveDefinite: Bool { let i = inertia; return i.negative == 0 && i.zero == 0 }

    /// D as a dense matrix.
    public var blockDiagonal: RationalMatrix {
        let n = lower.rows
        var d = try! RationalMatrix(rows: n, columns: n)
        var k = 0
        for b in blocks {
            if b.count == 1 { d[k, k] = b[0]; k += 1 } else {
                d[k, k] = b[0]; d[k, k + 1] = b[1]; d[k + 1, k] = b[2]; d[k + 1, k + 1] = b[3]; k += 2
            }
        }
        return d
    }

    /// Re-checks P·S·Pᵀ = L·D·Lᵀ by exact multiplication, and the shape of L and D. Returns nil
    /// when the factorization is right (so `inertia` is the inertia of S), else what failed.
    public func verify(against s: RationalMatrix) -> String? {
        let n = s.rows
        guard s.isSquare, s.isSymmetric else { return "the matrix is not symmetric" }
        guard permutation.count == n, Set(permutation) == Set(0..<n) else { return "the permutation is not a permutation of 0..<\(n)" }
        guard lower.rows == n, lower.columns == n else { return "L is not \(n)×\(n)" }
        for i in 0..<n {
            if lower[i, i] != 1 { return "L is not unit diagonal at row \(i)" }
            for j in (i + 1)..<Swift.max(i + 1, n) where !lower[i, j].isZero { return "L is not lower triangular at (\(i), \(j))" }
        }
        var size = 0
        for b in blocks {
            if b.count == 1 { size += 1 } else if b.count == 4, b[0].isZero, b[3].isZero, b[1] == b[2], !b[1].isZero { size += 2 }
            else { return "a block of D is neither 1×1 nor [[0, b], [b, 0]] with b ≠ 0" }
        }
        guard size == n else { return "D has size \(size), expected \(n)" }
        let psp = s.submatrix(rows: permutation, columns: permutation)
        guard let ld = try? lower * blockDiagonal, let ldl = try? ld * lower.transposed else { return "shape error" }
        return ldl == psp ? nil : "L·D·Lᵀ differs from P·S·Pᵀ"
    }
}

extension RationalMatrix {
    /// The exact symmetric factorization (see `SymmetricFactorization`). Throws if the matrix is
    /// not square and symmetric.
    public func symmetricFactorization() throws(ExactError) -> SymmetricFactorization {
        guard isSquare, isSymmetric else {
            throw .domain("LDLᵀ needs a symmetric matrix; got a \(rows)×\(columns) matrix that is not")
        }
        let n = rows
        var a = self                      // the active Schur complement lives in a[k..., k...]
        var perm = Array(0..<n)
        var l = try! RationalMatrix.identity(n)
        var blocks: [[Rational]] = []

        func swapSymmetric(_ i: Int, _ j: Int, upTo k: Int) {
            guard i != j else { return }
            for c in 0..<n { let t = a[i, c]; a[i, c] = a[j, c]; a[j, c] = t }
            for r in 0..<n { let t = a[r, i]; a[r, i] = a[r, j]; a[r, j] = t }
            for c in 0..<k { let t = l[i, c]; l[i, c] = l[j, c]; l[j, c] = t }
            perm.swapAt(i, j)
        }
        func bits(_ q: Rational) -> Int { q.numerator.bitWidth + q.denominator.bitWidth }

        var k = 0
        while k < n {
            let candidates = (k..<n).filter { !a[$0, $0].isZero }
            if let p = candidates.min(by: { bits(a[$0, $0]) < bits(a[$1, $1]) }) {
                swapSymmetric(p, k, upTo: k)
                let d = a[k, k]
                for i in (k + 1)..<n where !a[i, k].isZero { l[i, k] = try! a[i, k] / d }
                for i in (k + 1)..<n where !l[i, k].isZero {
                    for j in (k + 1)...i where !a[k, j].isZero {
                        let v = a[i, j] - l[i, k] * a[k, j]
                        a[i, j] = v; a[j, i] = v
                    }
                }
                blocks.append([d])
                k += 1
                continue
            }
            // Zero diagonal: look for an off-diagonal nonzero.
            var found: (Int, Int)? = nil
            search: for i in k..<n { for j in (i + 1)..<Swift.max(i + 1, n) where !a[i, j].isZero { found = (i, j); break search } }
            guard let (i, j) = found else {
                for _ in k..<n { blocks.append([Rational()]) }
                break
            }
            swapSymmetric(i, k, upTo: k)
            swapSymmetric(j == k ? i : j, k + 1, upTo: k)
            let b = a[k, k + 1]
            // Rows r > k+1: [l_rk, l_r,k+1] = [a_rk, a_r,k+1] · E⁻¹ with E⁻¹ = [[0, 1/b], [1/b, 0]].
            for r in (k + 2)..<Swift.max(k + 2, n) {
                l[r, k] = try! a[r, k + 1] / b
                l[r, k + 1] = try! a[r, k] / b
            }
            for r in (k + 2)..<Swift.max(k + 2, n) {
                for s in (k + 2)...r {
                    // a_rs −= l_rk·a_{k,s} + l_r,k+1·a_{k+1,s}
                    let v = a[r, s] - l[r, k] * a[k, s] - l[r, k + 1] * a[k + 1, s]
                    a[r, s] = v; a[s, r] = v
                }
            }
            blocks.append([Rational(), b, b, Rational()])
            k += 2
        }
        return SymmetricFactorization(permutation: perm, lower: l, blocks: blocks)
    }

    /// The inertia of a symmetric matrix, exactly.
    public func inertia() throws(ExactError) -> SymmetricFactorization.Inertia {
        try symmetricFactorization().inertia
    }
}
