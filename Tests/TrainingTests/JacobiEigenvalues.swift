import Foundation

/// An independent route to symmetric eigenvalues for the tests: the cyclic Jacobi method
/// (Golub & Van Loan, *Matrix Computations*, 4th ed., §8.5.2), plane rotations until the
/// off-diagonal mass is below 1e-15·‖A‖_F. Slow (O(n³) per sweep) but simple and unrelated to
/// LAPACK's divide and conquer.
enum JacobiEigenvalues {
    static func eigenvalues(_ m: [Double], order n: Int) -> [Double] {
        var a = m
        let frob = (a.map { $0 * $0 }.reduce(0, +)).squareRoot()
        for _ in 0..<100 {
            var off = 0.0
            for p in 0..<n { for q in 0..<n where p != q { off += a[p * n + q] * a[p * n + q] } }
            if off.squareRoot() <= 1e-15 * max(frob, 1e-300) { break }
            for p in 0..<n {
                for q in (p + 1)..<n where a[p * n + q] != 0 {
                    let theta = (a[q * n + q] - a[p * n + p]) / (2 * a[p * n + q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {   // columns p, q
                        let akp = a[k * n + p], akq = a[k * n + q]
                        a[k * n + p] = c * akp - s * akq
                        a[k * n + q] = s * akp + c * akq
                    }
                    for k in 0..<n {   // rows p, q
                        let apk = a[p * n + k], aqk = a[q * n + k]
                        a[p * n + k] = c * apk - s * aqk
                        a[q * n + k] = s * apk + c * aqk
                    }
                }
            }
        }
        return (0..<n).map { a[$0 * n + $0] }.sorted()
    }
}
