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
    var precision: Int { qb_mpfr_get_prec(p) }
    deinit { withUnsafeMutablePointerToElements { qb_mpfr_clear($0) } }
}

/// Both endpoints of an interval and their significands in ONE heap block, through MPFR's custom
/// allocation interface (MPFR manual §5.15): [lo struct | hi struct | lo limbs | hi limbs].
/// MPFR never reallocates a significand (its size is fixed by the precision), so a number whose
/// limbs live inside the block stays valid for the block's lifetime and needs no `mpfr_clear`.
/// One allocation per interval instead of four halves the cost of an interval product
/// (Benchmarks/README.md).
@usableFromInline
final class IntervalBox: ManagedBuffer<Int, UInt> {
    @inlinable @inline(__always)
    static func make(precision: Int) -> IntervalBox {
        let n = qb_mpfr_custom_limbs(precision)
        let structLimbs = MemoryLayout<__mpfr_struct>.stride / MemoryLayout<UInt>.stride
        let box = unsafeDowncast(IntervalBox.create(minimumCapacity: 2 * structLimbs + 2 * n) { _ in n }, to: IntervalBox.self)
        box.withUnsafeMutablePointerToElements { e in
            // The first 2·structLimbs words hold the two structs: bind them to that type.
            let s = UnsafeMutableRawPointer(e).bindMemory(to: __mpfr_struct.self, capacity: 2)
            qb_mpfr_custom_init_nan(s, precision, e + 2 * structLimbs)
            qb_mpfr_custom_init_nan(s + 1, precision, e + 2 * structLimbs + n)
        }
        return box
    }
    @inlinable @inline(__always)
    var lo: UnsafeMutablePointer<__mpfr_struct> {
        withUnsafeMutablePointerToElements { UnsafeMutableRawPointer($0).assumingMemoryBound(to: __mpfr_struct.self) }
    }
    @inlinable @inline(__always)
    var hi: UnsafeMutablePointer<__mpfr_struct> { lo + 1 }
}

/// One endpoint of an interval: a pointer into an IntervalBox, which it keeps alive.
@usableFromInline @frozen
struct Endpoint {
    @usableFromInline let box: IntervalBox
    @usableFromInline let p: UnsafeMutablePointer<__mpfr_struct>
    @inlinable init(box: IntervalBox, p: UnsafeMutablePointer<__mpfr_struct>) { self.box = box; self.p = p }
    @inlinable var precision: Int { qb_mpfr_get_prec(p) }
}
