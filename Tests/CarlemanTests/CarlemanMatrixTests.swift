import Exact
import Foundation
import PropertyBased
import Simulate
import Testing
import QBoundsTestSupport
@testable import Carleman

/// `carleman.blocks` and `carleman.recursion`: the direct CSR builder against the Kronecker
/// definition and against the exact derivative of u^{⊗j} along the vector field.
@Suite struct CarlemanMatrixTests {
    /// d/dt u^{⊗j} = Σ_p u ⊗ … ⊗ f(u) ⊗ … ⊗ u (product rule), exactly.
    static func derivativeOfPower(_ s: PolynomialSystem, _ u: RationalVector, _ j: Int) throws -> [Rational] {
        let f = try s.evaluate(u)
        var total = Array(repeating: Rational(), count: Int(pow(Double(u.count), Double(j))))
        for p in 0..<j {
            var v: [Rational] = [1]
            for q in 0..<j {
                let factor = q == p ? f.entries : u.entries
                var next: [Rational] = []
                for a in v { for b in factor { next.append(a * b) } }
                v = next
            }
            for i in total.indices { total[i] += v[i] }
        }
        return total
    }

    @Test("carleman.blocks: block row j of A ŷ + b is d/dt u^{⊗j} at random rational u")
    func blockIdentity() {
        seededCheck("carleman.blocks identity", count: 25, zip(CarlemanGens.system(), Gen.int(in: 1...3))) { input in
            let ((system, u), n0) = input
            // Rows j ≤ n0 are complete when the matrix is built to order n0 + q − 1 (nothing truncated).
            let order = n0 + system.degree - 1
            let a = try CarlemanMatrix(system: system, order: order)
            let y = try a.lift(u)
            let ay = try a.matrix * y
            let b = a.forcingVector
            for j in 1...n0 {
                let expected = try Self.derivativeOfPower(system, u, j)
                let off = a.layout.offset(j)
                for i in expected.indices where ay[off + i] + b[off + i] != expected[i] { return false }
            }
            return true
        }
    }

    @Test("carleman.blocks: the CSR builder equals the Kronecker-sum blocks")
    func builderMatchesKroneckerSums() {
        seededCheck("builder = Σ I⊗F⊗I", count: 20, zip(CarlemanGens.system(), Gen.int(in: 1...3))) { input in
            let ((system, _), order) = input
            let a = try CarlemanMatrix(system: system, order: order)
            for j in 1...order {
                for k in 1...order {
                    let s = k - j + 1
                    let got = try CarlemanBlocks.submatrix(a, row: j, column: k)
                    if s < 0 || s > system.degree {
                        if got.nonzeroCount != 0 { return false }
                        continue
                    }
                    if got != (try CarlemanBlocks.block(system, row: j, degree: s)) { return false }
                }
            }
            // forcing: b = [F0; 0; …]
            let f0 = system.coefficient(0)
            let b = a.forcingVector
            for i in 0..<system.dimension where b[i] != f0[i, 0] { return false }
            return a.forcing.allSatisfy { $0.row < system.dimension }
        }
    }

    @Test("carleman.recursion: A^{i+1}_{i+j} = A^i_{i+j−1} ⊗ I + I^{⊗i} ⊗ F_j")
    func recursion() {
        seededCheck("carleman.recursion", count: 20, zip(CarlemanGens.system(), Gen.int(in: 1...2))) { input in
            let ((system, _), i) = input
            let n = system.dimension
            for jj in 0...system.degree where i + jj - 1 >= 0 {
                let lhs = try CarlemanBlocks.block(system, row: i + 1, degree: jj)
                let a = try CarlemanBlocks.block(system, row: i, degree: jj)
                let rhs = try a.kronecker(try SparseRationalMatrix.identity(n))
                    + (try SparseRationalMatrix.identity(Int(pow(Double(n), Double(i)))).kronecker(system.coefficient(jj)))
                if lhs != rhs { return false }
            }
            return true
        }
    }

    @Test("the float Carleman matrix is the exact one rounded, and does not depend on the thread count")
    func floatMatchesExact() throws {
        seededCheck("float = exact rounded", count: 15, zip(CarlemanGens.system(maxDegree: 2), Gen.int(in: 1...4))) { input in
            let ((system, _), order) = input
            let exact = try CarlemanMatrix(system: system, order: order)
            let one = try FloatCarlemanMatrix(system: system, order: order, threads: 1)
            let two = try FloatCarlemanMatrix(system: system, order: order, threads: 3)
            guard one.matrix == two.matrix, one.forcing == two.forcing else { return false }
            // Entry by entry within rounding: a diagonal sum that is exactly 0 over ℚ may be a
            // tiny nonzero in Double (the float builder sums rounded coefficients), and vice versa.
            for i in 0..<exact.layout.dimension {
                var e: [Int: Double] = [:], f: [Int: Double] = [:]
                for k in exact.matrix.rowStart[i]..<exact.matrix.rowStart[i + 1] { e[exact.matrix.columnIndex[k]] = exact.matrix.values[k].double() }
                for k in one.matrix.rowOffsets[i]..<one.matrix.rowOffsets[i + 1] { f[one.matrix.columnIndices[k]] = one.matrix.values[k] }
                for c in Set(e.keys).union(f.keys) where abs((e[c] ?? 0) - (f[c] ?? 0)) > 1e-12 * max(1, abs(e[c] ?? 0)) { return false }
            }
            return true
        }
        // A larger one exercises the block boundaries of the threaded split.
        let big = try PolynomialSystem(variables: ["a", "b", "c", "d", "e"], equations: ["-a + b*c - 1/3", "-2*b + a^2", "-c + d*e", "-d + 1/2*a*e", "-e + b*d"].map {
            try PolynomialParser(variables: ["a", "b", "c", "d", "e"]).parse($0)
        })
        let e = try CarlemanMatrix(system: big, order: 5)
        let f1 = try FloatCarlemanMatrix(system: big, order: 5, threads: 1)
        let f2 = try FloatCarlemanMatrix(system: big, order: 5, threads: 2)
        #expect(f1.matrix == f2.matrix)
        #expect(f1.matrix.columnIndices == e.matrix.columnIndex)
        #expect(e.layout.dimension == 5 + 25 + 125 + 625 + 3125)
    }

    @Test("dimension Δ = (n^{N+1} − n)/(n − 1), and the caps throw instead of allocating")
    func layoutAndCaps() throws {
        for n in 1...5 { for order in 1...5 {
            let l = try CarlemanLayout(variableCount: n, order: order)
            let expected = n == 1 ? order : (Int(pow(Double(n), Double(order + 1))) - n) / (n - 1)
            #expect(l.dimension == expected)
        } }
        #expect(throws: ExactError.self) { try CarlemanLayout(variableCount: 3, order: 0) }
        #expect(throws: ExactError.self) { try CarlemanLayout(variableCount: 1000, order: 9, maximumDimension: CarlemanLimits.maximumFloatDimension) }
        let s = try PolynomialSystem(variables: ["x", "y"], equations: [try PolynomialParser(variables: ["x", "y"]).parse("-x + x*y"), try PolynomialParser(variables: ["x", "y"]).parse("-y")])
        #expect(throws: ExactError.self) { try CarlemanMatrix(system: s, order: 30) }
    }
}
