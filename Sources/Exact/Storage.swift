import _ExactShims

// Heap storage for GMP and MPFR values.
//
// Each box is a `ManagedBuffer` whose single tail-allocated element is the C struct, so a value
// costs one allocation and its address is stable for the life of the box: GMP and MPFR may then
// write a result into a box that is also an operand (`mpq_add(r, r, x)`), which a Swift `var`
// would forbid under the law of exclusivity. The value types `BigInteger`, `Rational` and
// `Interval` hold boxes and copy them before mutating when they are shared (copy-on-write), so a
// box reachable from two values is never written. `ManagedBuffer` is not Sendable, so the value types declare
// `@unchecked Sendable`: sound because a shared box is only ever read.

@usableFromInline
final class MPZBox: ManagedBuffer<Int, __mpz_struct> {
    @inlinable @inline(__always)
    static func make() -> MPZBox {
        let box = unsafeDowncast(MPZBox.create(minimumCapacity: 1) { _ in 0 }, to: MPZBox.self)
        box.withUnsafeMutablePointerToElements { qb_mpz_init($0) }
        return box
    }
    @inlinable @inline(__always)
    var p: UnsafeMutablePointer<__mpz_struct> { withUnsafeMutablePointerToElements { $0 } }
    @inlinable
    func copy() -> MPZBox { let b = MPZBox.make(); qb_mpz_set(b.p, p); return b }
    deinit { withUnsafeMutablePointerToElements { qb_mpz_clear($0) } }
}

@usableFromInline
final class MPQBox: ManagedBuffer<Int, __mpq_struct> {
    @inlinable @inline(__always)
    static func make() -> MPQBox {
        let box = unsafeDowncast(MPQBox.create(minimumCapacity: 1) { _ in 0 }, to: MPQBox.self)
        box.withUnsafeMutablePointerToElements { qb_mpq_init($0) }
        return box
    }
    @inlinable @inline(__always)
    var p: UnsafeMutablePointer<__mpq_struct> { withUnsafeMutablePointerToElements { $0 } }
    @inlinable
    func copy() -> MPQBox { let b = MPQBox.make(); qb_mpq_set(b.p, p); return b }
    deinit { withUnsafeMutablePointerToElements { qb_mpq_clear($0) } }
}

@usableFromInline
final class MPFRBox: ManagedBuffer<Int, __mpfr_struct> {
    /// A new MPFR number of `precision` bits (NaN until set). The caller has checked the range.
    @inlinable @inline(__always)
    static func make(precision: Int) -> MPFRBox {
        let box = unsafeDowncast(MPFRBox.create(minimumCapacity: 1) { _ in precision }, to: MPFRBox.self)
        box.withUnsafeMutablePointerToElements { qb_mpfr_init2($0, precision) }
        return box
    }
    @inlinable @inline(__always)
    var p: UnsafeMutablePointer<__mpfr_struct> { withUnsafeMutablePointerToElements { $0 } }
    @inlinable
    var precision: Int { header }
    deinit { withUnsafeMutablePointerToElements { qb_mpfr_clear($0) } }
}
