import _ExactShims

/// An arbitrary-precision integer (GMP `mpz_t`), a value type with copy-on-write storage.
///
/// Every operation is exact. Division by zero throws `ExactError.divisionByZero` instead of
/// letting GMP raise SIGFPE.
public struct BigInteger: @unchecked Sendable {
    @usableFromInline var box: MPZBox

    @inlinable init(box: MPZBox) { self.box = box }

    /// Zero.
    @inlinable public init() { box = MPZBox.make() }

    /// The integer `value`.
    @inlinable public init(_ value: Int) {
        box = MPZBox.make()
        qb_mpz_set_si(box.p, value)
    }

    /// The integer ±Σ words[i]·2^(64i): `words` are the magnitude's 64-bit limbs, least
    /// significant first (GMP `mpz_import`), negated when `negative` is true. Exact; a
    /// bulk-construction path for code that assembles integers from residues (CRT).
    public init(words: UnsafeBufferPointer<UInt64>, negative: Bool = false) {
        box = MPZBox.make()
        if let base = words.baseAddress, !words.isEmpty {
            qb_mpz_import_u64(box.p, words.count, base)
        }
        if negative { qb_mpz_neg(box.p, box.p) }
    }

    /// Copies the box before a mutation if another value shares it.
    @inlinable mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&box) { box = box.copy() }
    }

    /// -1, 0 or 1.
    @inlinable public var signum: Int { Int(qb_mpz_sgn(box.p)) }
    @inlinable public var isZero: Bool { qb_mpz_sgn(box.p) == 0 }

    /// Number of bits of |self| (0 for zero).
    public var bitWidth: Int { isZero ? 0 : Int(qb_mpz_sizeinbase(box.p, 2)) }

    /// `self` as an `Int` if it fits, else nil.
    public var intValue: Int? {
        qb_mpz_fits_slong_p(box.p) != 0 ? qb_mpz_get_si(box.p) : nil
    }

    /// |self|.
    @inlinable public var magnitude: BigInteger {
        let r = MPZBox.make(); qb_mpz_abs(r.p, box.p); return BigInteger(box: r)
    }

    // MARK: Arithmetic

    @inlinable public static func + (a: BigInteger, b: BigInteger) -> BigInteger {
        let r = MPZBox.make(); qb_mpz_add(r.p, a.box.p, b.box.p); return BigInteger(box: r)
    }
    @inlinable public static func - (a: BigInteger, b: BigInteger) -> BigInteger {
        let r = MPZBox.make(); qb_mpz_sub(r.p, a.box.p, b.box.p); return BigInteger(box: r)
    }
    @inlinable public static func * (a: BigInteger, b: BigInteger) -> BigInteger {
        let r = MPZBox.make(); qb_mpz_mul(r.p, a.box.p, b.box.p); return BigInteger(box: r)
    }
    @inlinable public static prefix func - (a: BigInteger) -> BigInteger {
        let r = MPZBox.make(); qb_mpz_neg(r.p, a.box.p); return BigInteger(box: r)
    }
    @inlinable public static func += (a: inout BigInteger, b: BigInteger) {
        a.makeUnique(); qb_mpz_add(a.box.p, a.box.p, b.box.p)
    }
    @inlinable public static func -= (a: inout BigInteger, b: BigInteger) {
        a.makeUnique(); qb_mpz_sub(a.box.p, a.box.p, b.box.p)
    }
    @inlinable public static func *= (a: inout BigInteger, b: BigInteger) {
        a.makeUnique(); qb_mpz_mul(a.box.p, a.box.p, b.box.p)
    }
    /// a += b·c in place (one GMP call, no temporary).
    @inlinable public mutating func addProduct(_ b: BigInteger, _ c: BigInteger) {
        makeUnique(); qb_mpz_addmul(box.p, b.box.p, c.box.p)
    }
    /// a −= b·c in place.
    @inlinable public mutating func subtractProduct(_ b: BigInteger, _ c: BigInteger) {
        makeUnique(); qb_mpz_submul(box.p, b.box.p, c.box.p)
    }

    /// Truncated division: the quotient rounds toward zero and the remainder has the sign of
    /// `self`, as for Swift's `Int`. Throws on a zero divisor.
    public func quotientAndRemainder(dividingBy d: BigInteger) throws(ExactError)
        -> (quotient: BigInteger, remainder: BigInteger) {
        let q = MPZBox.make(), r = MPZBox.make()
        guard qb_mpz_tdiv_qr_checked(q.p, r.p, box.p, d.box.p) == 0 else { throw .divisionByZero }
        return (BigInteger(box: q), BigInteger(box: r))
    }
    /// Floor division: quotient ⌊a/d⌋ and remainder with the sign of d.
    public func flooredDivision(by d: BigInteger) throws(ExactError)
        -> (quotient: BigInteger, remainder: BigInteger) {
        let q = MPZBox.make(), r = MPZBox.make()
        guard qb_mpz_fdiv_qr_checked(q.p, r.p, box.p, d.box.p) == 0 else { throw .divisionByZero }
        return (BigInteger(box: q), BigInteger(box: r))
    }
    /// Truncated quotient; throws on a zero divisor.
    public static func / (a: BigInteger, b: BigInteger) throws(ExactError) -> BigInteger {
        try a.quotientAndRemainder(dividingBy: b).quotient
    }
    /// Truncated remainder; throws on a zero divisor.
    public static func % (a: BigInteger, b: BigInteger) throws(ExactError) -> BigInteger {
        try a.quotientAndRemainder(dividingBy: b).remainder
    }
    /// `self / d` when `d` is known to divide `self` (faster than a general division).
    public func exactlyDivided(by d: BigInteger) throws(ExactError) -> BigInteger {
        let q = MPZBox.make()
        guard qb_mpz_divexact_checked(q.p, box.p, d.box.p) == 0 else { throw .divisionByZero }
        return BigInteger(box: q)
    }
    /// The nonnegative residue of `self` modulo `m` (m > 0).
    public func residue(modulo m: UInt) throws(ExactError) -> UInt {
        guard m != 0 else { throw .divisionByZero }
        return UInt(qb_mpz_fdiv_ui(box.p, m))
    }

    /// `self` raised to `exponent` ≥ 0. Throws if the result would exceed
    /// `ExactLimits.maximumPowerBits` bits (GMP would abort rather than fail).
    public func power(_ exponent: Int) throws(ExactError) -> BigInteger {
        guard exponent >= 0 else {
            throw .sizeOutOfRange(what: "exponent", value: "\(exponent)", allowed: "a nonnegative integer")
        }
        let bits = Double(max(bitWidth, 1)) * Double(exponent)
        if bitWidth > 1 && bits > Double(ExactLimits.maximumPowerBits) {
            throw .sizeOutOfRange(what: "bit length of power", value: "\(Int(bits))",
                                  allowed: "at most \(ExactLimits.maximumPowerBits)")
        }
        let r = MPZBox.make(); qb_mpz_pow_ui(r.p, box.p, UInt(exponent)); return BigInteger(box: r)
    }

    /// 2^k · self for k ≥ 0.
    public func shiftedLeft(_ k: Int) -> BigInteger {
        let r = MPZBox.make(); qb_mpz_mul_2exp(r.p, box.p, UInt(max(k, 0))); return BigInteger(box: r)
    }

    /// The nonnegative greatest common divisor (gcd(0, 0) = 0).
    public static func gcd(_ a: BigInteger, _ b: BigInteger) -> BigInteger {
        let r = MPZBox.make(); qb_mpz_gcd(r.p, a.box.p, b.box.p); return BigInteger(box: r)
    }
    /// The nonnegative least common multiple (lcm with 0 is 0).
    public static func lcm(_ a: BigInteger, _ b: BigInteger) -> BigInteger {
        let r = MPZBox.make(); qb_mpz_lcm(r.p, a.box.p, b.box.p); return BigInteger(box: r)
    }

    /// The nearest `Double` (GMP truncates toward zero; for a directed rounding go through
    /// `Rational(self).double(rounding:)`).
    public var approximateDouble: Double { qb_mpz_get_d(box.p) }

    /// Digits in `base` (2…62), with a leading `-` when negative.
    public func digits(base: Int = 10) -> String {
        let s = qb_mpz_get_str(Int32(base), box.p)!
        defer { qb_gmp_free_str(s) }
        return String(cString: s)
    }
}

extension BigInteger: Equatable, Comparable, Hashable {
    @inlinable public static func == (a: BigInteger, b: BigInteger) -> Bool { qb_mpz_cmp(a.box.p, b.box.p) == 0 }
    @inlinable public static func < (a: BigInteger, b: BigInteger) -> Bool { qb_mpz_cmp(a.box.p, b.box.p) < 0 }
    /// Hashes the sign-carrying limb count and the limbs: the representation is canonical.
    public func hash(into h: inout Hasher) {
        let n = qb_mpz_size(box.p)
        h.combine(n)
        for i in 0..<Int(abs(n)) { h.combine(qb_mpz_limb(box.p, Int32(i))) }
    }
}

extension BigInteger: ExpressibleByIntegerLiteral, CustomStringConvertible {
    @inlinable public init(integerLiteral value: Int) { self.init(value) }
    public var description: String { digits() }
}
