/// A vector over ℚ.
public struct RationalVector: Sendable, Hashable, Codable, CustomStringConvertible {
    public var entries: [Rational]

    public init(_ entries: [Rational]) { self.entries = entries }
    /// The zero vector of length n (n ≥ 0).
    public init(zeros n: Int) { entries = Array(repeating: Rational(), count: Swift.max(n, 0)) }
    /// The k-th standard basis vector of length n.
    public static func basis(_ k: Int, count n: Int) -> RationalVector {
        var v = RationalVector(zeros: n); v.entries[k] = 1; return v
    }
    public init(from decoder: any Decoder) throws { entries = try [Rational](from: decoder) }
    public func encode(to encoder: any Encoder) throws { try entries.encode(to: encoder) }

    public var count: Int { entries.count }
    public subscript(i: Int) -> Rational {
        get { entries[i] }
        set { entries[i] = newValue }
    }
    public var isZero: Bool { entries.allSatisfy(\.isZero) }

    /// Σ aᵢbᵢ, exact. Throws on unequal lengths.
    public func dot(_ other: RationalVector) throws(ExactError) -> Rational {
        guard count == other.count else { throw .dimensionMismatch("dot product of lengths \(count) and \(other.count)") }
        var s = Rational()
        for i in 0..<count { s += entries[i] * other.entries[i] }
        return s
    }
    /// ‖v‖₂², exact.
    public var normSquared: Rational { try! dot(self) }

    /// An enclosure of ‖v‖₂ at `precision` bits.
    public func norm(precision: Int = 128) throws(ExactError) -> Interval {
        try Interval(normSquared, precision: precision).squareRoot()
    }

    public static func + (a: RationalVector, b: RationalVector) throws(ExactError) -> RationalVector {
        guard a.count == b.count else { throw .dimensionMismatch("sum of vectors of lengths \(a.count) and \(b.count)") }
        return RationalVector((0..<a.count).map { a.entries[$0] + b.entries[$0] })
    }
    public static func - (a: RationalVector, b: RationalVector) throws(ExactError) -> RationalVector {
        guard a.count == b.count else { throw .dimensionMismatch("difference of vectors of lengths \(a.count) and \(b.count)") }
        return RationalVector((0..<a.count).map { a.entries[$0] - b.entries[$0] })
    }
    public static func * (s: Rational, v: RationalVector) -> RationalVector { RationalVector(v.entries.map { s * $0 }) }

    /// The Kronecker (tensor) product a ⊗ b: entry (i·|b| + j) is aᵢ·bⱼ.
    public func kronecker(_ b: RationalVector) -> RationalVector {
        var out: [Rational] = []
        out.reserveCapacity(count * b.count)
        for x in entries { for y in b.entries { out.append(x * y) } }
        return RationalVector(out)
    }
    /// v^{⊗k} (k ≥ 0; v^{⊗0} = [1]). Throws if the length nᵏ exceeds `maximumEntries`.
    public func kroneckerPower(_ k: Int, maximumEntries: Int = 50_000_000) throws(ExactError) -> RationalVector {
        guard k >= 0 else { throw .sizeOutOfRange(what: "Kronecker exponent", value: "\(k)", allowed: "k ≥ 0") }
        let size = Double(count).pow(k)
        guard size <= Double(maximumEntries) else {
            throw .sizeOutOfRange(what: "length of v^⊗\(k)", value: "\(count)^\(k)", allowed: "at most \(maximumEntries) entries")
        }
        var r = RationalVector([1])
        for _ in 0..<k { r = r.kronecker(self) }
        return r
    }
    public var description: String { "[" + entries.map(\.description).joined(separator: ", ") + "]" }
}

extension Double {
    @inlinable func pow(_ k: Int) -> Double { var r = 1.0; for _ in 0..<Swift.max(k, 0) { r *= self }; return r }
}
