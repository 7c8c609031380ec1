import Exact
import Foundation
import PropertyBased
import QBoundsTestSupport
import Testing

/// exact.spectral-abscissa: Routh's criterion and the bisection enclosure of max Re λ.
@Suite struct SpectralAbscissaTests {
    static func poly(_ c: [Int]) -> RationalPolynomial { RationalPolynomial(c.map { Rational($0) }) }

    @Test func routhOnKnownPolynomials() {
        // Coefficients constant term first.
        #expect(SpectralAbscissaBound.isHurwitzStable(Self.poly([1, 1])))            // z + 1
        #expect(!SpectralAbscissaBound.isHurwitzStable(Self.poly([-1, 1])))          // z − 1
        #expect(SpectralAbscissaBound.isHurwitzStable(Self.poly([1, 1, 1])))         // z² + z + 1
        #expect(!SpectralAbscissaBound.isHurwitzStable(Self.poly([1, 0, 1])))        // z² + 1: roots on the axis
        #expect(!SpectralAbscissaBound.isHurwitzStable(Self.poly([1, 1, 1, 1])))     // (z + 1)(z² + 1)
        #expect(SpectralAbscissaBound.isHurwitzStable(Self.poly([6, 11, 6, 1])))     // (z + 1)(z + 2)(z + 3)
        #expect(!SpectralAbscissaBound.isHurwitzStable(Self.poly([-6, 11, -6, 1])))  // (z − 1)(z − 2)(z − 3)
        #expect(!SpectralAbscissaBound.isHurwitzStable(Self.poly([1, 2, 1, 3])))     // 3z³ + z² + 2z + 1: Routh row z¹ is (1·2 − 3·1)/1 < 0
        #expect(SpectralAbscissaBound.isHurwitzStable(Self.poly([-2, -3, -1])))      // −(z + 1)(z + 2)
        #expect(SpectralAbscissaBound.isHurwitzStable(Self.poly([5])))
        #expect(!SpectralAbscissaBound.isHurwitzStable(RationalPolynomial([])))
    }

    @Test("the enclosure contains max Re λ from the 2×2 closed form, and χ is the characteristic polynomial")
    func twoByTwoClosedForm() {
        seededCheck("2×2 spectral abscissa", count: 40, Gen.int(in: -9...9).array(of: 4)) { e in
            let m = try RationalMatrix([[Rational(e[0]), Rational(e[1])], [Rational(e[2]), Rational(e[3])]])
            let b = try SpectralAbscissaBound(of: m)
            let t = Double(e[0] + e[3]), det = Double(e[0] * e[3] - e[1] * e[2])
            let disc = t * t - 4 * det
            let alpha = disc >= 0 ? (t + disc.squareRoot()) / 2 : t / 2
            guard b.characteristicPolynomial == RationalPolynomial([Rational(e[0] * e[3] - e[1] * e[2]), Rational(-(e[0] + e[3])), 1]) else { return false }
            return b.lower.double() <= alpha + 1e-9 && alpha < b.upper.double() + 1e-9 && (b.upper - b.lower).double() < 1e-9
        }
    }

    @Test("enclosures of random 3×3 and 4×4 matrices contain the real part of a float eigenvalue found by the same shift")
    func enclosesFloatEigenvalues() {
        seededCheck("n×n spectral abscissa", count: 20, zip(Gen.int(in: 3...4), Gen.int(in: -5...5).array(of: 16))) { input in
            let (n, e) = input
            let m = try RationalMatrix(rows: n, columns: n, entries: (0..<(n * n)).map { Rational(e[$0]) })
            let b = try SpectralAbscissaBound(of: m)
            // Independent route: the largest real part over the roots of χ, by Durand–Kerner in Double.
            let c = b.characteristicPolynomial.coefficients.map { $0.double() }
            // Durand–Kerner's usual start: powers of 0.4 + 0.9i, scaled.
            var roots: [(re: Double, im: Double)] = []
            var z: (re: Double, im: Double) = (1.0, 0.0)
            for _ in 0..<n {
                roots.append((re: 3 * z.re, im: 3 * z.im))
                z = (re: z.re * 0.4 - z.im * 0.9, im: z.re * 0.9 + z.im * 0.4)
            }
            func evalP(_ z: (re: Double, im: Double)) -> (re: Double, im: Double) {
                var r = (re: 0.0, im: 0.0)
                for k in stride(from: n, through: 0, by: -1) { r = (r.re * z.re - r.im * z.im + c[k], r.re * z.im + r.im * z.re) }
                return r
            }
            for _ in 0..<500 {
                for i in 0..<n {
                    var d = (re: 1.0, im: 0.0)
                    for j in 0..<n where j != i {
                        let w = (re: roots[i].re - roots[j].re, im: roots[i].im - roots[j].im)
                        d = (d.re * w.re - d.im * w.im, d.re * w.im + d.im * w.re)
                    }
                    let p = evalP(roots[i]), den = d.re * d.re + d.im * d.im
                    guard den > 0 else { continue }
                    roots[i] = (roots[i].re - (p.re * d.re + p.im * d.im) / den, roots[i].im - (p.im * d.re - p.re * d.im) / den)
                }
            }
            let alpha = roots.map(\.re).max()!
            return b.lower.double() <= alpha + 1e-6 && alpha <= b.upper.double() + 1e-6
        }
    }
}
