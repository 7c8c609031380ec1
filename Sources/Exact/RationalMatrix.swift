/// A dense matrix over ℚ, stored row-major.
public struct RationalMatrix: Sendable, Hashable, CustomStringConvertible {
    public let rows: Int
    public let columns: Int
    /// Row-major entries: (i, j) is `entries[i * columns + j]`.
    public var entries: [Rational]

    /// Largest number of entries a dense matrix may have (a guard for sizes from user files).
    public static let maximumEntries = 25_000_000

    static func checkShape(_ rows: Int, _ columns: Int) throws(ExactError) {
        guard rows >= 0, columns >= 0 else {
            throw .sizeOutOfRange(what: "matrix shape", value: "\(rows)×\(columns)", allowed: "nonnegative dimensions")
        }
        guard Double(rows) * Double(columns) <= Double(maximumEntries) else {
            throw .sizeOutOfRange(what: "matrix shape", value: "\(rows)×\(columns)",
                                  allowed: "at most \(maximumEntries) entries for a dense matrix")
        }
    }

    /// The zero matrix.
    public init(rows: Int, columns: Int) throws(ExactError) {
        try RationalMatrix.checkShape(rows, columns)
        self.rows = rows; self.columns = columns
        entries = Array(repeating: Rational(), count: rows * columns)
    }
    /// From row-major entries; throws if the count is not rows·columns.
    public init(rows: Int, columns: Int, entries: [Rational]) throws(ExactError) {
        try RationalMatrix.checkShape(rows, columns)
        guard entries.count == rows * columns else {
            throw .dimensionMismatch("\(entries.count) entries for a \(rows)×\(columns) matrix")
        }
        self.rows = rows; self.columns = columns; self.entries = entries
    }
    /// From a list of rows; throws on ragged input.
    public init(_ rowList: [[Rational]]) throws(ExactError) {
        let c = rowList.first?.count ?? 0
        for (i, r) in rowList.enumerated() where r.count != c {
            throw .dimensionMismatch("row \(i) has \(r.count) entries, expected \(c) like row 0")
        }
        try self.init(rows: rowList.count, columns: c, entries: rowList.flatMap { $0 })
    }
    /// The n×n identity.
    public static func identity(_ n: Int) throws(ExactError) -> RationalMatrix {
        var m = try RationalMatrix(rows: n, columns: n)
        for i in 0..<n { m[i, i] = 1 }
        return m
    }
    /// The diagonal matrix with the given entries.
    public static func diagonal(_ d: [Rational]) throws(ExactError) -> RationalMatrix {
        var m = try RationalMatrix(rows: d.count, columns: d.count)
        for i in 0..<d.count { m[i, i] = d[i] }
        return m
    }

    public subscript(i: Int, j: Int) -> Rational {
        get { entries[i * columns + j] }
        set { entries[i * columns + j] = newValue }
    }
    public func row(_ i: Int) -> [Rational] { Array(entries[(i * columns)..<((i + 1) * columns)]) }
    public var isSquare: Bool { rows == columns }
    public var isZero: Bool { entries.allSatisfy(\.isZero) }
    public var isSymmetric: Bool {
        guard isSquare else { return false }
        for i in 0..<rows { for j in (i + 1)..<Swift.max(i + 1, columns) where self[i, j] != self[j, i] { return false } }
        return true
    }

    public var transposed: RationalMatrix {
        var t = try! RationalMatrix(rows: columns, columns: rows)
        for i in 0..<rows { for j in 0..<columns { t[j, i] = self[i, j] } }
        return t
    }

    /// The submatrix on the given rows and columns (in the order given).
    public func submatrix(rows r: [Int], columns c: [Int]) -> RationalMatrix {
        var m = try! RationalMatrix(rows: r.count, columns: c.count)
        for (a, i) in r.enumerated() { for (b, j) in c.enumerated() { m[a, b] = self[i, j] } }
        return m
    }

    public static func + (a: RationalMatrix, b: RationalMatrix) throws(ExactError) -> RationalMatrix {
        guard a.rows == b.rows, a.columns == b.columns else {
            throw .dimensionMismatch("sum of \(a.rows)×\(a.columns) and \(b.rows)×\(b.columns)")
        }
        return try RationalMatrix(rows: a.rows, columns: a.columns, entries: zip(a.entries, b.entries).map { $0 + $1 })
    }
    public static func - (a: RationalMatrix, b: RationalMatrix) throws(ExactError) -> RationalMatrix {
        guard a.rows == b.rows, a.columns == b.columns else {
            throw .dimensionMismatch("difference of \(a.rows)×\(a.columns) and \(b.rows)×\(b.columns)")
        }
        return try RationalMatrix(rows: a.rows, columns: a.columns, entries: zip(a.entries, b.entries).map { $0 - $1 })
    }
    public static func * (s: Rational, m: RationalMatrix) -> RationalMatrix {
        try! RationalMatrix(rows: m.rows, columns: m.columns, entries: m.entries.map { s * $0 })
    }
    /// The matrix product, exact. Zero entries of `a` are skipped.
    public static func * (a: RationalMatrix, b: RationalMatrix) throws(ExactError) -> RationalMatrix {
        guard a.columns == b.rows else {
            throw .dimensionMismatch("product of \(a.rows)×\(a.columns) and \(b.rows)×\(b.columns)")
        }
        var c = try RationalMatrix(rows: a.rows, columns: b.columns)
        for i in 0..<a.rows {
            for k in 0..<a.columns {
                let x = a[i, k]
                if x.isZero { continue }
                for j in 0..<b.columns where !b[k, j].isZero { c.entries[i * c.columns + j] += x * b[k, j] }
            }
        }
        return c
    }
    /// M·v, exact.
    public static func * (m: RationalMatrix, v: RationalVector) throws(ExactError) -> RationalVector {
        guard m.columns == v.count else {
            throw .dimensionMismatch("product of a \(m.rows)×\(m.columns) matrix and a vector of length \(v.count)")
        }
        var out = RationalVector(zeros: m.rows)
        for i in 0..<m.rows {
            var s = Rational()
            for j in 0..<m.columns where !m[i, j].isZero && !v[j].isZero { s += m[i, j] * v[j] }
            out[i] = s
        }
        return out
    }

    /// The Kronecker product A ⊗ B: entry (i·p + k, j·q + l) is A[i,j]·B[k,l] for B of shape p×q.
    public func kronecker(_ b: RationalMatrix) throws(ExactError) -> RationalMatrix {
        var m = try RationalMatrix(rows: rows * b.rows, columns: columns * b.columns)
        for i in 0..<rows { for j in 0..<columns where !self[i, j].isZero {
            let x = self[i, j]
            for k in 0..<b.rows { for l in 0..<b.columns where !b[k, l].isZero {
                m[i * b.rows + k, j * b.columns + l] = x * b[k, l]
            } }
        } }
        return m
    }
    /// A^{⊗k} (A^{⊗0} is the 1×1 identity). Throws past `maximumEntries`.
    public func kroneckerPower(_ k: Int) throws(ExactError) -> RationalMatrix {
        guard k >= 0 else { throw .sizeOutOfRange(what: "Kronecker exponent", value: "\(k)", allowed: "k ≥ 0") }
        var r = try RationalMatrix.identity(1)
        for _ in 0..<k { r = try r.kronecker(self) }
        return r
    }

    /// Entries as Doubles rounded to nearest (for float estimates only; never for a verdict).
    public var approximateDoubles: [Double] { entries.map { $0.double() } }

    public var description: String {
        (0..<rows).map { i in "[" + row(i).map(\.description).joined(separator: ", ") + "]" }.joined(separator: "\n")
    }
}

extension RationalMatrix: Codable {
    /// Decodes from a list of rows of exact numbers (`[["1/2", "0"], ["0", 3]]`).
    public init(from decoder: any Decoder) throws {
        let rowList = try [[Rational]](from: decoder)
        do { try self.init(rowList) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }
    public func encode(to encoder: any Encoder) throws {
        try (0..<rows).map { row($0) }.encode(to: encoder)
    }
}

extension RationalMatrix {
    /// The exact solution x of A x = b for a square nonsingular A, by Gauss–Jordan elimination
    /// over ℚ with the first nonzero pivot in each column. Throws `.domain` when A is singular.
    public func solve(_ b: RationalVector) throws(ExactError) -> RationalVector {
        guard isSquare else { throw .dimensionMismatch("solve needs a square matrix, got \(rows)×\(columns)") }
        guard b.count == rows else { throw .dimensionMismatch("right-hand side of length \(b.count): expected \(rows)") }
        let n = rows
        var a = (0..<n).map { row($0) }
        var x = b.entries
        for c in 0..<n {
            guard let p = (c..<n).first(where: { !a[$0][c].isZero }) else { throw .domain("the matrix is singular: no solution is unique") }
            if p != c { a.swapAt(p, c); x.swapAt(p, c) }
            let pivot = a[c][c]
            for i in 0..<n where i != c && !a[i][c].isZero {
                let f = try a[i][c] / pivot
                for k in c..<n where !a[c][k].isZero { a[i][k] -= f * a[c][k] }
                x[i] -= f * x[c]
            }
        }
        for i in 0..<n { x[i] = try x[i] / a[i][i] }
        return RationalVector(x)
    }
}
