import Exact

/// A 0/1 matrix M[x, y] = f(x, y): the communication matrix of f: X × Y → {0, 1}, rows indexed
/// by Alice's inputs x and columns by Bob's inputs y (Kushilevitz–Nisan, *Communication
/// Complexity*, 1997, §1.1).
public struct BooleanMatrix: Sendable, Hashable, CustomStringConvertible {
    /// The largest number of entries accepted (a memory cap for user files and generators).
    public static let maximumEntries = 1 << 24

    public let rows: Int
    public let columns: Int
    /// Row-major entries, each 0 or 1.
    public let entries: [UInt8]

    /// Builds M[x, y] = f(x, y). Throws when a dimension is not positive or the size passes the cap.
    public init(rows: Int, columns: Int, _ f: (Int, Int) throws -> Bool) throws {
        guard rows >= 1, columns >= 1 else {
            throw SeparationError.invalidArgument("a matrix needs at least one row and one column (got \(rows)×\(columns))")
        }
        guard rows <= Self.maximumEntries / columns else {
            throw SeparationError.tooLarge(what: "matrix entries", value: rows &* columns, maximum: Self.maximumEntries)
        }
        var e = [UInt8](repeating: 0, count: rows * columns)
        for x in 0..<rows { for y in 0..<columns where try f(x, y) { e[x * columns + y] = 1 } }
        self.rows = rows; self.columns = columns; self.entries = e
    }

    /// From rows of 0/1 values; throws on ragged or empty input or an entry other than 0/1.
    public init(_ rowList: [[Int]]) throws {
        guard let w = rowList.first?.count, w > 0 else { throw SeparationError.invalidArgument("expected a nonempty matrix") }
        guard rowList.allSatisfy({ $0.count == w }) else { throw SeparationError.invalidArgument("expected every row to have \(w) entries") }
        guard rowList.allSatisfy({ $0.allSatisfy { $0 == 0 || $0 == 1 } }) else { throw SeparationError.invalidArgument("expected entries 0 or 1") }
        try self.init(rows: rowList.count, columns: w) { rowList[$0][$1] == 1 }
    }

    init(unchecked rows: Int, _ columns: Int, _ entries: [UInt8]) {
        self.rows = rows; self.columns = columns; self.entries = entries
    }

    public subscript(x: Int, y: Int) -> Bool { entries[x * columns + y] != 0 }

    /// Row x as 0/1 bytes.
    public func row(_ x: Int) -> ArraySlice<UInt8> { entries[(x * columns)..<((x + 1) * columns)] }

    /// J − M (the function 1 − f).
    public var complement: BooleanMatrix { BooleanMatrix(unchecked: rows, columns, entries.map { 1 - $0 }) }

    /// Mᵀ (the roles of Alice and Bob exchanged).
    public var transposed: BooleanMatrix {
        var e = [UInt8](repeating: 0, count: entries.count)
        for x in 0..<rows { for y in 0..<columns { e[y * rows + x] = entries[x * columns + y] } }
        return BooleanMatrix(unchecked: columns, rows, e)
    }

    /// The submatrix on the given rows and columns (indices must be in range).
    public func submatrix(rows r: [Int], columns c: [Int]) -> BooleanMatrix {
        var e: [UInt8] = []; e.reserveCapacity(r.count * c.count)
        for x in r { for y in c { e.append(entries[x * columns + y]) } }
        return BooleanMatrix(unchecked: r.count, c.count, e)
    }

    /// The same matrix over ℚ (for `RationalMatrix.rankCertificate()` and re-checks).
    public var rational: RationalMatrix {
        try! RationalMatrix(rows: rows, columns: columns, entries: entries.map { Rational(Int($0)) })
    }

    /// Number of 1 entries.
    public var onesCount: Int { entries.reduce(0) { $0 + Int($1) } }

    public var description: String {
        (0..<rows).map { x in row(x).map { $0 == 0 ? "0" : "1" }.joined() }.joined(separator: "\n")
    }
}
