import Exact

/// A rectangular complex interval `re + i·im`: contains every `x + iy` with `x ∈ re`, `y ∈ im`.
/// Arithmetic is Interval arithmetic on the parts, so every result contains the exact result of
/// the operation on any members of the operands.
public struct ComplexInterval: Sendable {
    public var re: Interval
    public var im: Interval

    public init(re: Interval, im: Interval) { self.re = re; self.im = im }
    public init(_ re: Interval) { self.re = re; self.im = try! Interval(0, precision: re.precision) }
    public init(_ q: Rational, precision: Int) { self.init(try! Interval(q, precision: precision)) }
    public static func zero(precision: Int) -> ComplexInterval { ComplexInterval(Rational(), precision: precision) }

    public static func + (a: ComplexInterval, b: ComplexInterval) -> ComplexInterval {
        ComplexInterval(re: a.re + b.re, im: a.im + b.im)
    }
    public static func - (a: ComplexInterval, b: ComplexInterval) -> ComplexInterval {
        ComplexInterval(re: a.re - b.re, im: a.im - b.im)
    }
    public static func * (a: ComplexInterval, b: ComplexInterval) -> ComplexInterval {
        ComplexInterval(re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re)
    }
    public static func * (a: ComplexInterval, q: Rational) -> ComplexInterval {
        ComplexInterval(re: a.re * q, im: a.im * q)
    }
    public var conjugate: ComplexInterval { ComplexInterval(re: re, im: -im) }
    /// Contains |z|² for every z in the rectangle (each square is enclosed from below by 0).
    public var normSquared: Interval { re.power2 + im.power2 }
    /// `e^{iθ}` for θ in `angle`.
    public static func phase(_ angle: Interval) -> ComplexInterval { ComplexInterval(re: angle.cos(), im: angle.sin()) }
    /// The midpoint as a pair of doubles (for the float simulator; not an enclosure).
    public var midpoint: (Double, Double) { (re.midpoint.double(), im.midpoint.double()) }
}

extension Interval {
    /// Contains x² for every x in the interval (tight when the interval contains 0).
    var power2: Interval { try! power(2) }
}
