import PropertyBased
import QBoundsTestSupport
import Testing
@testable import Training

/// LAPACK's dsyevd against two independent routes: the trace and Frobenius identities
/// (Σλ = tr A, Σλ² = ‖A‖_F²) and the cyclic Jacobi method; plus the eigenvector equation and
/// the refusals of bad input.
@Suite struct SymmetricEigenTests {
    @Test("Σλ = tr A and Σλ² = ‖A‖_F² on random symmetric matrices")
    func traceAndFrobenius() {
        seededCheck("dsyevd trace/Frobenius", count: 20, zip(Gen.int(in: 1...60), Gen.int(in: 0...1_000_000))) { input in
            let (n, seed) = input
            let a = TestMatrices.symmetric(order: n, seed: UInt64(seed))
            let lambda = try SymmetricEigen.eigenvalues(of: a, order: n)
            let trace = (0..<n).map { a[$0 * n + $0] }.reduce(0, +)
            let frob2 = a.map { $0 * $0 }.reduce(0, +)
            let tol = 1e-12 * Double(n) * max(1, frob2)
            return lambda.count == n && zip(lambda, lambda.dropFirst()).allSatisfy { $0 <= $1 }
                && abs(lambda.reduce(0, +) - trace) <= tol && abs(lambda.map { $0 * $0 }.reduce(0, +) - frob2) <= tol
        }
    }

    @Test("dsyevd agrees with a Jacobi eigenvalue routine on small random symmetric matrices")
    func matchesJacobi() {
        seededCheck("dsyevd = Jacobi", count: 20, zip(Gen.int(in: 1...12), Gen.int(in: 0...1_000_000))) { input in
            let (n, seed) = input
            let a = TestMatrices.symmetric(order: n, seed: UInt64(seed))
            let lapack = try SymmetricEigen.eigenvalues(of: a, order: n)
            let jacobi = JacobiEigenvalues.eigenvalues(a, order: n)
            return zip(lapack, jacobi).allSatisfy { abs($0 - $1) <= 1e-11 * Double(n) }
        }
    }

    @Test("eigenvectors: A v_k = λ_k v_k and VᵀV = I")
    func eigenvectors() throws {
        let n = 9
        let a = TestMatrices.symmetric(order: n, seed: 7)
        let e = try SymmetricEigen(matrix: a, order: n, vectors: true)
        let v = try #require(e.vectors)
        for k in 0..<n {
            for i in 0..<n {
                let av = (0..<n).map { a[i * n + $0] * v[$0 * n + k] }.reduce(0, +)
                #expect(abs(av - e.eigenvalues[k] * v[i * n + k]) < 1e-12)
            }
            for l in 0..<n {
                let dot = (0..<n).map { v[$0 * n + k] * v[$0 * n + l] }.reduce(0, +)
                #expect(abs(dot - (k == l ? 1 : 0)) < 1e-12)
            }
        }
    }

    @Test("known spectrum: diag(3, −1, 2) and [[2, 1], [1, 2]] → {1, 3}")
    func knownSpectra() throws {
        #expect(try SymmetricEigen.eigenvalues(of: [3, 0, 0, 0, -1, 0, 0, 0, 2], order: 3) == [-1, 2, 3])
        let two = try SymmetricEigen.eigenvalues(of: [2, 1, 1, 2], order: 2)
        #expect(abs(two[0] - 1) < 1e-15 && abs(two[1] - 3) < 1e-15)
        #expect(try SymmetricEigen.eigenvalues(of: [], order: 0) == [])
    }

    @Test("bad input throws, never traps: size cap, entry count, NaN, asymmetry")
    func badInput() {
        #expect(throws: SymmetricEigenError.orderOutOfRange(order: -1, maximum: SymmetricEigen.maximumOrder)) {
            try SymmetricEigen(matrix: [], order: -1)
        }
        #expect(throws: SymmetricEigenError.orderOutOfRange(order: 5000, maximum: SymmetricEigen.maximumOrder)) {
            try SymmetricEigen(matrix: [], order: 5000)
        }
        #expect(throws: SymmetricEigenError.entryCount(expected: 4, got: 3)) { try SymmetricEigen(matrix: [1, 2, 3], order: 2) }
        #expect(throws: SymmetricEigenError.nonFiniteEntry(row: 0, column: 1)) { try SymmetricEigen(matrix: [1, .nan, 0, 1], order: 2) }
        #expect(throws: SymmetricEigenError.self) { try SymmetricEigen(matrix: [1, 2, 0, 1], order: 2) }
        #expect(throws: SymmetricEigenError.self) { try SymmetricEigen(matrix: [], order: Int.max) }
    }
}
