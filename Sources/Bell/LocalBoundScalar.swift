import Exact
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The integer arithmetic the local-bound enumerations run in: `Int` when a bound on every
/// partial sum (the sum of the absolute values of the scaled coefficients) is below 2^62, so no
/// operation can overflow; `BigInteger` otherwise.
protocol LocalBoundScalar: Comparable, Sendable {
    static var zeroValue: Self { get }
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    var absoluteValue: Self { get }
    var bigInteger: BigInteger { get }
    init(exactly b: BigInteger)
}

extension Int: LocalBoundScalar {
    static var zeroValue: Int { 0 }
    var absoluteValue: Int { self < 0 ? -self : self }
    var bigInteger: BigInteger { BigInteger(self) }
    init(exactly b: BigInteger) { self = b.intValue! }
}

extension BigInteger: LocalBoundScalar {
    static var zeroValue: BigInteger { BigInteger(0) }
    var absoluteValue: BigInteger { magnitude }
    var bigInteger: BigInteger { self }
    init(exactly b: BigInteger) { self = b }
}

/// Rational coefficients scaled to integers by their common denominator.
struct ScaledCoefficients: Sendable {
    let integers: [BigInteger]
    let denominator: BigInteger
    /// Whether every partial sum fits in an `Int` (sum of |entries| < 2^62).
    let fitsInt: Bool

    init(_ c: [Rational]) {
        var d = BigInteger(1)
        for q in c where !q.isZero { d = BigInteger.lcm(d, q.denominator) }
        integers = c.map { q in q.isZero ? BigInteger(0) : q.numerator * (try! d.exactlyDivided(by: q.denominator)) }
        denominator = d
        var total = BigInteger(0)
        for z in integers { total += z.magnitude }
        fitsInt = total.bitWidth <= 62
    }
}

/// Collects per-chunk maxima from concurrent workers (no global state; one instance per run).
final class ChunkResults<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLockLike()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.run { slots[i] = v } }
    var values: [T] { lock.run { slots.compactMap { $0 } } }
}

/// A minimal mutex on top of a pthread mutex (Foundation-free).
final class NSLockLike: @unchecked Sendable {
    private let m: UnsafeMutablePointer<pthread_mutex_t>
    init() { m = .allocate(capacity: 1); pthread_mutex_init(m, nil) }
    deinit { pthread_mutex_destroy(m); m.deallocate() }
    func run<R>(_ body: () -> R) -> R { pthread_mutex_lock(m); defer { pthread_mutex_unlock(m) }; return body() }
}
