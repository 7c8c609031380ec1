import CLAPACKE

/// Eigenvalues (and optionally eigenvectors) of a dense real symmetric matrix, in Double, by
/// LAPACK's divide-and-conquer driver `dsyevd` (through LAPACKE, OpenBLAS on Debian).
///
/// What it computes: for a symmetric `A` (row-major, `order × order`), the eigenvalues
/// `λ₁ ≤ … ≤ λₙ` of the matrix LAPACK reads from the upper triangle, each with a backward
/// error of order `ε‖A‖₂` (ε = 2⁻⁵³; LAPACK Users' Guide, 3rd ed., §4.7: the computed λᵢ
/// are the exact eigenvalues of `A + E` with `‖E‖₂ = O(ε)‖A‖₂`, so `|λᵢ − λ̂ᵢ| ≤ ‖E‖₂`). This is a
/// float computation for exploration (the Hessian error proxy): it never decides a verdict.
///
/// Safety: the order is capped at ``maximumOrder``; the entry count, finiteness and symmetry
/// (relative tolerance) are checked before LAPACK runs; LAPACK's `info` is checked after.
/// Bad input throws ``SymmetricEigenError``; nothing traps.
///
/// Reference: E. Anderson et al., *LAPACK Users' Guide*, 3rd ed., SIAM 1999, driver `DSYEVD`
/// (§2.3.4.1, symmetric eigenproblems; divide and conquer, Gu & Eisenstat 1995).
public struct SymmetricEigen: Sendable {
    /// Largest order accepted: 4096² Doubles are 128 MiB, and `dsyevd` with vectors needs about
    /// three more such arrays of workspace.
    public static let maximumOrder = 4096

    /// Eigenvalues in ascending order.
    public let eigenvalues: [Double]
    /// Orthonormal eigenvectors as the columns of a row-major `order × order` matrix
    /// (`vectors[i * order + k]` is component i of the k-th eigenvector), or nil if not asked for.
    public let vectors: [Double]?
    /// The order n of the matrix.
    public let order: Int

    /// Decomposes the symmetric matrix `matrix` (row-major, `order × order` entries).
    /// - Parameters:
    ///   - symmetryTolerance: largest accepted `|A[i][j] − A[j][i]|` relative to `max|A|`.
    ///   - vectors: also compute eigenvectors (`jobz = 'V'`).
    public init(matrix: [Double], order: Int, symmetryTolerance: Double = 1e-10, vectors wantVectors: Bool = false) throws(SymmetricEigenError) {
        guard order >= 0, order <= Self.maximumOrder else { throw .orderOutOfRange(order: order, maximum: Self.maximumOrder) }
        let (count, overflow) = order.multipliedReportingOverflow(by: order)
        guard !overflow, matrix.count == count else { throw .entryCount(expected: count, got: matrix.count) }
        self.order = order
        if order == 0 { eigenvalues = []; vectors = wantVectors ? [] : nil; return }
        var scale = 0.0
        for i in 0..<order {
            for j in 0..<order {
                let v = matrix[i * order + j]
                guard v.isFinite else { throw .nonFiniteEntry(row: i, column: j) }
                scale = max(scale, abs(v))
            }
        }
        let tolerance = symmetryTolerance * max(scale, Double.leastNormalMagnitude)
        for i in 0..<order {
            for j in (i + 1)..<order {
                let d = abs(matrix[i * order + j] - matrix[j * order + i])
                if d > tolerance { throw .notSymmetric(row: i, column: j, difference: d) }
            }
        }
        var a = matrix
        var w = [Double](repeating: 0, count: order)
        let info = a.withUnsafeMutableBufferPointer { ap in
            w.withUnsafeMutableBufferPointer { wp in
                // Row-major upper triangle; LAPACKE transposes into column-major workspace.
                LAPACKE_dsyevd(LAPACK_ROW_MAJOR, wantVectors ? 86 /* V */ : 78 /* N */, 85 /* U */, .init(order), ap.baseAddress, .init(order), wp.baseAddress)
            }
        }
        guard info == 0 else { throw .lapack(routine: "dsyevd", info: Int(info)) }
        eigenvalues = w
        vectors = wantVectors ? a : nil
    }

    /// The eigenvalues alone (ascending); see ``init(matrix:order:symmetryTolerance:vectors:)``.
    public static func eigenvalues(of matrix: [Double], order: Int) throws(SymmetricEigenError) -> [Double] {
        try SymmetricEigen(matrix: matrix, order: order).eigenvalues
    }
}
