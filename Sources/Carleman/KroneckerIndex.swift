import Exact

/// Index arithmetic for Kronecker powers. The entry of `u^{⊗j}` for the multi-index
/// `(i1, …, ij)` sits at `i1·n^{j−1} + ⋯ + ij` (i1 most significant), as in `SparseRationalMatrix.kronecker`.
enum KroneckerIndex {
    /// `n^k`, or a thrown size error when it does not fit in `limit`.
    static func power(_ n: Int, _ k: Int, limit: Int = Int.max, what: String = "n^k") throws(ExactError) -> Int {
        var r = 1
        for _ in 0..<k {
            let (p, o) = r.multipliedReportingOverflow(by: n)
            guard !o, p <= limit else {
                throw .sizeOutOfRange(what: what, value: "\(n)^\(k)", allowed: "at most \(limit)")
            }
            r = p
        }
        return r
    }

    /// The Kronecker index of a multi-index.
    static func index(_ digits: [Int], base n: Int) -> Int { digits.reduce(0) { $0 * n + $1 } }

    /// The multi-index of a Kronecker index with `length` digits.
    static func digits(_ index: Int, base n: Int, length: Int) -> [Int] {
        var d = Array(repeating: 0, count: length)
        var r = index
        for k in stride(from: length - 1, through: 0, by: -1) { d[k] = r % n; r /= n }
        return d
    }

    /// Steps the multi-index `digits[0..<length]` (most significant first) to the next one in
    /// Kronecker order, as a base-n odometer. Returns true when the step carried out of the last
    /// digit, i.e. a digit other than the last one changed.
    @inline(__always)
    static func advance(_ digits: UnsafeMutablePointer<Int>, length: Int, base n: Int) -> Bool {
        var q = length - 1
        while q >= 0 {
            digits[q] += 1
            if digits[q] < n { return q < length - 1 }
            digits[q] = 0
            q -= 1
        }
        return true
    }
}
