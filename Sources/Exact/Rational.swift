import _ExactShims

/// An exact rational number (GMP `mpq_t`) in lowest terms with a positive denominator; a value
/// type with copy-on-write storage.
///
/// Arithmetic is exact. Division throws `ExactError.divisionByZero` on a zero divisor (GMP itself
/// would raise SIGFPE), so every division is written `try a / b`.
public struct Rational: @unchecked Sendable {
    @usableFromInline var box: MPQBox

    @inlinable init(box: MPQBox) { self.box = box }

    /// Zero.
    @inlinable public init() { box = MPQBox.make() }

    /// The integer `value`.
    @inlinable public init(_ value: Int) {
        box = MPQBox.make(); qb_mpq_set_si(box.p, value)
    }

    /// The integer `value`.
    @inlinable public init(_ value: BigInteger) {
        box = MPQBox.make(); qb_mpq_set_z(box.p, value.box.p)
    }

    /// numerator / denominator in lowest terms. Throws on a zero denominator.
    public init(numerator: BigInteger, denominator: BigInteger) throws(ExactError) {
        let b = MPQBox.make()
        guard qb_mpq_set_frac_checked(b.p, numerator.box.p, denominator.box.p) == 0 else {
            throw .divisionByZero
        }
        box = b
    }

    /// numerator / denominator for machine integers with a nonzero denominator: a convenience
    /// for constants written in code. Throws on a zero denominator.
    public init(_ numerator: Int, _ denominator: Int) throws(ExactError) {
        try self.init(numerator: BigInteger(numerator), denominator: BigInteger(denominator))
    }

    @inlinable mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&box) { box = box.copy() }
    }

    /// The numerator (carries the sign).
    public var numerator: BigInteger {
        let r = MPZBox.make(); qb_mpz_set(r.p, qb_mpq_numref(box.p)); return BigInteger(box: r)
    }
    /// The denominator (always ≥ 1).
    public var denominator: BigInteger {
        let r = MPZBox.make(); qb_mpz_set(r.p, qb_mpq_denref(box.p)); return BigInteger(box: r)
    }

    @inlinable public var signum: Int { Int(qb_mpq_sgn(box.p)) }
    @inlinable public var isZero: Bool { qb_mpq_sgn(box.p) == 0 }
    /// True when the denominator is 1.
    public var isInteger: Bool { qb_mpz_cmp_si(qb_mpq_denref(box.p), 1) == 0 }

    @inlinable public var magnitude: Rational {
        let r = MPQBox.make(); qb_mpq_abs(r.p, box.p); return Rational(box: r)
    }

    /// 1/self; throws if self is zero.
    public func reciprocal() throws(ExactError) -> Rational {
        let r = MPQBox.make()
        guard qb_mpq_inv_checked(r.p, box.p) == 0 else { throw .divisionByZero }
        return Rational(box: r)
    }

    // MARK: Arithmetic

    @inlinable public static func + (a: Rational, b: Rational) -> Rational {
        let r = MPQBox.make(); qb_mpq_add(r.p, a.box.p, b.box.p); return Rational(box: r)
    }
    @inlinable public static func - (a: Rational, b: Rational) -> Rational {
        let r = MPQBox.make(); qb_mpq_sub(r.p, a.box.p, b.box.p); return Rational(box: r)
    }
    @inlinable public static func * (a: Rational, b: Rational) -> Rational {
        let r = MPQBox.make(); qb_mpq_mul(r.p, a.box.p, b.box.p); return Rational(box: r)
    }
    /// a / b; throws `ExactError.divisionByZero` when b is zero.
    @inlinable public static func / (a: Rational, b: Rational) throws(ExactError) -> Rational {
        let r = MPQBox.make()
        guard qb_mpq_div_checked(r.p, a.box.p, b.box.p) == 0 else { throw .divisionByZero }
        return Rational(box: r)
    }
    /// self = a + b, reusing self's storage when no other value shares it (no allocation).
    @inlinable public mutating func setSum(_ a: Rational, _ b: Rational) {
        if !isKnownUniquelyReferenced(&box) { box = MPQBox.make() }
        qb_mpq_add(box.p, a.box.p, b.box.p)
    }
    /// self = a − b, reusing self's storage when no other value shares it.
    @inlinable public mutating func setDifference(_ a: Rational, _ b: Rational) {
        if !isKnownUniquelyReferenced(&box) { box = MPQBox.make() }
        qb_mpq_sub(box.p, a.box.p, b.box.p)
    }
    /// self = a · b, reusing self's storage when no other value shares it.
    @inlinable public mutating func setProduct(_ a: Rational, _ b: Rational) {
        if !isKnownUniquelyReferenced(&box) { box = MPQBox.make() }
        qb_mpq_mul(box.p, a.box.p, b.box.p)
    }
    /// self = a / b, reusing self's storage when no other value shares it; throws (leaving self
    /// unchanged) when b is zero.
    @inlinable public mutating func setQuotient(_ a: Rational, _ b: Rational) throws(ExactError) {
        guard b.signum != 0 else { throw .divisionByZero }
        if !isKnownUniquelyReferenced(&box) { box = MPQBox.make() }
        _ = qb_mpq_div_checked(box.p, a.box.p, b.box.p)
    }
    @inlinable public static prefix func - (a: Rational) -> Rational {
        let r = MPQBox.make(); qb_mpq_neg(r.p, a.box.p); return Rational(box: r)
    }
    @inlinable public static func += (a: inout Rational, b: Rational) {
        a.makeUnique(); qb_mpq_add(a.box.p, a.box.p, b.box.p)
    }
    @inlinable public static func -= (a: inout Rational, b: Rational) {
        a.makeUnique(); qb_mpq_sub(a.box.p, a.box.p, b.box.p)
    }
    @inlinable public static func *= (a: inout Rational, b: Rational) {
        a.makeUnique(); qb_mpq_mul(a.box.p, a.box.p, b.box.p)
    }
    @inlinable public static func /= (a: inout Rational, b: Rational) throws(ExactError) {
        guard b.signum != 0 else { throw .divisionByZero }
        a.makeUnique(); _ = qb_mpq_div_checked(a.box.p, a.box.p, b.box.p)
    }

    /// self^k for any integer k (k < 0 needs self ≠ 0). Throws past
    /// `ExactLimits.maximumPowerBits` bits.
    public func power(_ k: Int) throws(ExactError) -> Rational {
        if k < 0 { return try reciprocal().power(-k) }
        let n = try numerator.power(k), d = try denominator.power(k)
        return try Rational(numerator: n, denominator: d)
    }

    /// self · 2^k, exact.
    public func timesPowerOfTwo(_ k: Int) -> Rational {
        let r = MPQBox.make()
        if k >= 0 { qb_mpq_mul_2exp(r.p, box.p, UInt(k)) } else { qb_mpq_div_2exp(r.p, box.p, UInt(-k)) }
        return Rational(box: r)
    }

    /// ⌊self⌋.
    public var floor: BigInteger {
        let q = MPZBox.make(), r = MPZBox.make()
        _ = qb_mpz_fdiv_qr_checked(q.p, r.p, qb_mpq_numref(box.p), qb_mpq_denref(box.p))
        return BigInteger(box: q)
    }
    /// ⌈self⌉.
    public var ceiling: BigInteger { -((-self).floor) }

    public static func min(_ a: Rational, _ b: Rational) -> Rational { a < b ? a : b }
    public static func max(_ a: Rational, _ b: Rational) -> Rational { a < b ? b : a }
}

extension Rational: Equatable, Comparable, Hashable {
    @inlinable public static func == (a: Rational, b: Rational) -> Bool { qb_mpq_equal(a.box.p, b.box.p) != 0 }
    @inlinable public static func < (a: Rational, b: Rational) -> Bool { qb_mpq_cmp(a.box.p, b.box.p) < 0 }
    /// Lowest terms with a positive denominator are canonical, so hashing both parts is sound.
    public func hash(into h: inout Hasher) {
        for z in [qb_mpq_numref(box.p), qb_mpq_denref(box.p)] {
            let n = qb_mpz_size(z)
            h.combine(n)
            for i in 0..<Int(abs(n)) { h.combine(qb_mpz_limb(z, Int32(i))) }
        }
    }
}

extension Rational: ExpressibleByIntegerLiteral, CustomStringConvertible {
    @inlinable public init(integerLiteral value: Int) { self.init(value) }
    /// `p/q`, or `p` when the denominator is 1.
    public var description: String {
        isInteger ? numerator.description : "\(numerator)/\(denominator)"
    }
}

extension Rational: Codable {
    /// Decodes from a string in any form `Rational(parsing:)` accepts, or from a JSON integer.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let i = try? c.decode(Int.self) { self.init(i); return }
        let s = try c.decode(String.self)
        do { try self.init(parsing: s) } catch {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: error.description)
        }
    }
    /// Encodes as the exact string `p/q`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer(); try c.encode(description)
    }
}
