/// Why ``SymmetricEigen`` refused or failed on a matrix. Every case is a recoverable error:
/// nothing in the wrapper traps on a bad size or a bad entry.
public enum SymmetricEigenError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The order is negative or above ``SymmetricEigen/maximumOrder``.
    case orderOutOfRange(order: Int, maximum: Int)
    /// The flat array does not hold `order × order` entries.
    case entryCount(expected: Int, got: Int)
    /// An entry is NaN or infinite (LAPACK's result would be meaningless).
    case nonFiniteEntry(row: Int, column: Int)
    /// `|A[i][j] − A[j][i]|` exceeds the tolerance relative to the largest entry.
    case notSymmetric(row: Int, column: Int, difference: Double)
    /// LAPACK returned `info ≠ 0`: `info < 0` names an illegal argument, `info > 0` means the
    /// divide-and-conquer iteration did not converge (LAPACK Users' Guide, `dsyevd`).
    case lapack(routine: String, info: Int)

    public var description: String {
        switch self {
        case let .orderOutOfRange(order, maximum): return "matrix order \(order) out of range: expected 0…\(maximum)"
        case let .entryCount(expected, got): return "expected \(expected) entries (order²), got \(got)"
        case let .nonFiniteEntry(row, column): return "entry (\(row), \(column)) is not finite"
        case let .notSymmetric(row, column, difference): return "matrix is not symmetric: |A[\(row)][\(column)] − A[\(column)][\(row)]| = \(difference)"
        case let .lapack(routine, info):
            if info == -1010 || info == -1011 { return "\(routine): LAPACKE could not allocate its workspace (info = \(info))" }
            return info < 0 ? "\(routine): argument \(-info) had an illegal value" : "\(routine): failed to converge (info = \(info))"
        }
    }
}
