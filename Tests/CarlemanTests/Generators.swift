import Exact
import PropertyBased
@testable import Carleman

/// Random small polynomial systems with exact coefficients, and points.
enum CarlemanGens {
    /// A system with n ∈ 1…3 variables, degree q ∈ 1…maxDegree, about half the coefficients
    /// nonzero (small rationals), F0 present or not; plus a random rational point.
    static func system(maxDegree: Int = 3, forcing: Bool = true) -> Generator<(PolynomialSystem, RationalVector), some SendableSequenceType> {
        zip(Gen.int(in: 1...3), Gen.int(in: 1...maxDegree), Gen.int(in: -4...4).array(of: 140), Gen.int(in: 1...3).array(of: 140),
            Gen.int(in: -5...5).array(of: 3), Gen.bool)
            .map { n, q, nums, dens, point, withF0 -> (PolynomialSystem, RationalVector) in
                var k = 0
                var fs: [SparseRationalMatrix] = []
                for l in 0...q {
                    let cols = Int(pow(Double(n), Double(l)))
                    var t: [(Int, Int, Rational)] = []
                    for i in 0..<n {
                        for c in 0..<cols {
                            let num = nums[k % nums.count], den = dens[k % dens.count]
                            k += 1
                            if l == 0 && !(forcing && withF0) { continue }
                            if num % 2 == 0 { t.append((i, c, try! Rational(num, den))) }
                        }
                    }
                    fs.append(try! SparseRationalMatrix(rows: n, columns: cols, triplets: t))
                }
                let names = (0..<n).map { "x\($0)" }
                let u = RationalVector((0..<n).map { try! Rational(point[$0], 2) })
                return (try! PolynomialSystem(variables: names, coefficients: fs), u)
            }
    }
}

import Foundation
