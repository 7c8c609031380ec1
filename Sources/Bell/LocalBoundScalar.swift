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
