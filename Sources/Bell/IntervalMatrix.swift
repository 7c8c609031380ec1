import Exact

/// A square complex matrix whose entries are `ComplexInterval`s: an enclosure of every matrix
/// whose entries lie in the rectangles. Used for the local measurement unitaries of quantum
/// strategies; products and Kronecker products enclose the exact products.
public struct IntervalMatrix: Sendable {
    public let dimension: Int
    /// Row-major entries.
    public var entries: [ComplexInterval]

    public init(dimension: Int, entries: [ComplexInterval]) throws(BellError) {
        guard dimension >= 1, entries.count == dimension * dimension else {
            throw .shape("\(entries.count) matrix entries: expected \(dimension)×\(dimension)")
        }
        self.dimension = dimension; self.entries = entries
    }

    /// An exact rational (real) matrix.
    public init(rational rows: [[Rational]], precision: Int = 128) throws(BellError) {
        try self.init(dimension: rows.count, entries: rows.flatMap { $0.map { ComplexInterval($0, precision: precision) } })
    }

    public subscript(i: Int, j: Int) -> ComplexInterval { entries[i * dimension + j] }
    public var precision: Int { entries[0].re.precision }

    public static func identity(_ d: Int, precision: Int = 128) -> IntervalMatrix {
        try! IntervalMatrix(rational: (0..<d).map { i in (0..<d).map { $0 == i ? 1 : 0 } }, precision: precision)
    }

    public static func * (a: IntervalMatrix, b: IntervalMatrix) -> IntervalMatrix {
        let d = a.dimension
        var e = [ComplexInterval]()
        e.reserveCapacity(d * d)
        for i in 0..<d {
            for j in 0..<d {
                var s = ComplexInterval.zero(precision: a.precision)
                for k in 0..<d { s = s + a[i, k] * b[k, j] }
                e.append(s)
            }
        }
        return try! IntervalMatrix(dimension: d, entries: e)
    }

    /// `self ⊗ b` (left factor most significant).
    public func kronecker(_ b: IntervalMatrix) -> IntervalMatrix {
        let p = dimension, q = b.dimension, d = p * q
        var e = Array(repeating: ComplexInterval.zero(precision: precision), count: d * d)
        for i in 0..<p { for j in 0..<p { for k in 0..<q { for l in 0..<q {
            e[(i * q + k) * d + (j * q + l)] = self[i, j] * b[k, l]
        } } } }
        return try! IntervalMatrix(dimension: d, entries: e)
    }

    /// The conjugate transpose.
    public var adjoint: IntervalMatrix {
        let d = dimension
        return try! IntervalMatrix(dimension: d, entries: (0..<(d * d)).map { self[$0 % d, $0 / d].conjugate })
    }

    // MARK: qubit gates (exact up to the enclosure of 1/√2 and of trigonometric values)

    static func invSqrt2(_ precision: Int) -> Interval { try! (try! Interval(2, precision: precision).squareRoot()).reciprocal() }

    public static func hadamard(precision: Int = 128) -> IntervalMatrix {
        let r = ComplexInterval(invSqrt2(precision))
        return try! IntervalMatrix(dimension: 2, entries: [r, r, r, ComplexInterval(-r.re)])
    }

    /// diag(1, e^{iφ}).
    public static func phase(_ phi: Interval) -> IntervalMatrix {
        let p = phi.precision
        return try! IntervalMatrix(dimension: 2, entries: [ComplexInterval(1, precision: p), .zero(precision: p), .zero(precision: p), .phase(phi)])
    }

    /// `R_y(θ) = [[cos θ/2, −sin θ/2], [sin θ/2, cos θ/2]]`.
    public static func ry(_ theta: Interval) -> IntervalMatrix {
        let h = theta * Rational(1).timesPowerOfTwo(-1)
        let c = ComplexInterval(h.cos()), s = ComplexInterval(h.sin())
        return try! IntervalMatrix(dimension: 2, entries: [c, ComplexInterval(-s.re), s, c])
    }

    /// θ = r·π as an interval.
    public static func angle(piTimes r: Rational, precision: Int = 128) -> Interval { (try! Interval.pi(precision: precision)) * r }

    /// The measurement unitary U with `U† Z U = cos φ Z + sin φ X` (a ±1 observable in the x–z
    /// plane at angle φ from Z): measuring Z after U measures that observable; outcome 0 ↦ +1.
    public static func xzObservable(_ phi: Interval) -> IntervalMatrix { ry(-phi) }

    /// The measurement unitary for `cos φ X + sin φ Y` (equatorial): `U = H · diag(1, e^{−iφ})`.
    public static func equatorialObservable(_ phi: Interval) -> IntervalMatrix {
        hadamard(precision: phi.precision) * phase(-phi)
    }

    /// Midpoints as doubles (row-major (re, im) pairs) for the float simulator.
    public var midpoints: [(Double, Double)] { entries.map(\.midpoint) }
}
