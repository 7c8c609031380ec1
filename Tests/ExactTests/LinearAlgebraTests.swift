import Exact
import PropertyBased
import QBoundsTestSupport
import Testing

/// An independent rank: Gauss–Jordan over ℚ written here, sharing no code with Exact's Bareiss.
func naiveRank(_ m: RationalMatrix) -> Int {
    var rowsList = (0..<m.rows).map { m.row($0) }
    var rank = 0
    for c in 0..<m.columns {
        guard let p = (rank..<rowsList.count).first(where: { !rowsList[$0][c].isZero }) else { continue }
        rowsList.swapAt(p, rank)
        for i in 0..<rowsList.count where i != rank && !rowsList[i][c].isZero {
            let f = try! rowsList[i][c] / rowsList[rank][c]
            for j in 0..<m.columns { rowsList[i][j] -= f * rowsList[rank][j] }
        }
        rank += 1
    }
    return rank
}

@Suite struct LinearAlgebraTests {
    @Test func rankCertificatesVerifyAndAgreeWithIndependentElimination() {
        seededCheck("rank", count: 150, Gens.plantedRank) { m, planted in
            let cert = m.rankCertificate()
            let independent = naiveRank(m)
            return cert.verify(against: m) == nil && cert.rank == independent && cert.rank <= planted
                && m.modularRank(prime: Determinant.primes[0]) == cert.rank
        }
    }

    @Test func rankOfRationalMatrices() {
        // Rational entries (not just integers): scaled rows must not change the rank.
        seededCheck("rational rank", count: 100, zip(Gens.plantedRank, Gen.int(in: 1...9).array(of: 7))) { pair, scales in
            let (m, _) = pair
            var scaled = m
            for i in 0..<m.rows { for j in 0..<m.columns { scaled[i, j] = try m[i, j] / Rational(scales[i]) } }
            let c = scaled.rankCertificate()
            return c.verify(against: scaled) == nil && c.rank == naiveRank(m)
        }
    }

    @Test func tamperedRankCertificatesAreRejected() throws {
        let m = try RationalMatrix([[1, 2, 3], [2, 4, 6], [1, 0, 1]])
        let c = m.rankCertificate()
        #expect(c.rank == 2 && c.verify(against: m) == nil)
        // Claim rank 3 with a singular minor: rejected.
        let inflated = RankCertificate(rank: 3, minorRows: [0, 1, 2], minorColumns: [0, 1, 2], freeColumns: [], kernelBasis: [])
        #expect(inflated.verify(against: m) != nil)
        // A kernel vector that is not in the kernel: rejected.
        var bad = c.kernelBasis[0]; bad[c.freeColumns[0]] = 2
        let wrongKernel = RankCertificate(rank: 2, minorRows: c.minorRows, minorColumns: c.minorColumns, freeColumns: c.freeColumns, kernelBasis: [bad])
        #expect(wrongKernel.verify(against: m) != nil)
        // Claim rank 1: the 2×2 minor witness is missing, and the kernel would need two vectors.
        let deflated = RankCertificate(rank: 1, minorRows: [0], minorColumns: [0], freeColumns: c.freeColumns, kernelBasis: c.kernelBasis)
        #expect(deflated.verify(against: m) != nil)
    }

    /// Inner product and equality matrices: rank 2^n − 1 and 2^n (THEOREMS.md comm.log-rank values).
    @Test(arguments: [1, 2, 3, 4, 5])
    func innerProductAndEqualityRanks(n: Int) throws {
        let size = 1 << n
        var ip = try RationalMatrix(rows: size, columns: size)
        for x in 0..<size { for y in 0..<size { ip[x, y] = Rational((x & y).nonzeroBitCount % 2) } }
        var ones = try RationalMatrix(rows: size, columns: size)
        for i in 0..<(size * size) { ones.entries[i] = 1 }
        #expect(ip.rankCertificate().rank == size - 1)
        #expect(try (ones - ip).rankCertificate().rank == size)
        #expect(try RationalMatrix.identity(size).rank == size)
    }

    @Test func determinantRoutesAgree() {
        seededCheck("det mod p vs exact", count: 100, Gens.symmetricMatrix) { m in
            Determinant.isNonzero(m) == !Determinant.exact(m).isZero
                && (naiveRank(m) == m.rows) == !Determinant.exact(m).isZero
        }
    }

    /// A determinant that is a multiple of the first prime tried (2³¹ − 1) is zero there but not
    /// over ℚ: `isNonzero` must go on to the 62-bit primes; and one divisible by all of them must
    /// reach the exact elimination.
    @Test func determinantDivisibleByTheFirstPrimes() throws {
        let p = Rational(Int(Determinant.mersenne))
        var m = try RationalMatrix.identity(3)
        m[0, 0] = p; m[1, 2] = 5                               // upper triangular: det = 2³¹ − 1
        #expect(Determinant.exact(m) == p)
        #expect(Determinant.isNonzero(m))
        var all = Rational(Int(Determinant.mersenne))
        for q in Determinant.primes { all *= Rational(Int(q)) }          // each prime < 2⁶²
        m[0, 0] = all                                         // divisible by every prime tried
        #expect(Determinant.isNonzero(m))
        m[0, 0] = 0; m[1, 1] = 0                              // singular
        #expect(!Determinant.isNonzero(m))
    }

    /// LDLᵀ: the factorization re-multiplies exactly, and its inertia matches the signs of the
    /// float eigenvalues (skipping cases with an eigenvalue too close to 0 for floats to tell).
    @Test func inertiaMatchesFloatEigenvalues() {
        seededCheck("LDLᵀ inertia", count: 200, Gens.symmetricMatrix) { s in
            let f = try s.symmetricFactorization()
            guard f.verify(against: s) == nil else { return false }
            let eig = jacobiEigenvalues(s.approximateDoubles, n: s.rows)
            if eig.contains(where: { abs($0) < 1e-9 }) {
                // Floats can't tell the sign; check only the rank: nonzero count = rank.
                return f.inertia.positive + f.inertia.negative == naiveRank(s)
            }
            let pos = eig.filter { $0 > 0 }.count, neg = eig.filter { $0 < 0 }.count
            return f.inertia.positive == pos && f.inertia.negative == neg && f.inertia.zero == 0
        }
    }

    /// Gram matrices BᵀB are PSD, and PD exactly when B has full column rank.
    @Test func gramMatricesArePositiveSemidefinite() {
        seededCheck("BᵀB ⪰ 0", count: 150, Gens.plantedRank) { b, _ in
            let g = try b.transposed * b
            let f = try g.symmetricFactorization()
            return f.verify(against: g) == nil && f.isPositiveSemidefinite
                && f.isPositiveDefinite == (naiveRank(b) == b.columns)
        }
    }

    @Test func zeroDiagonalNeedsTwoByTwoPivots() throws {
        let s = try RationalMatrix([[0, 1, 2], [1, 0, 3], [2, 3, 0]])
        let f = try s.symmetricFactorization()
        #expect(f.verify(against: s) == nil)
        // Eigenvalues of this matrix: one positive, two negative (trace 0, det 12 > 0).
        #expect(f.inertia == .init(positive: 1, negative: 2, zero: 0))
        let hyperbolic = try RationalMatrix([[0, 5], [5, 0]])
        #expect(try hyperbolic.inertia() == .init(positive: 1, negative: 1, zero: 0))
        #expect(try RationalMatrix(rows: 3, columns: 3).inertia() == .init(positive: 0, negative: 0, zero: 3))
        #expect(throws: ExactError.self) { try RationalMatrix([[1, 2], [3, 4]]).symmetricFactorization() }
    }

    @Test func tamperedFactorizationIsRejected() throws {
        let s = try RationalMatrix([[4, 2], [2, 3]])
        let f = try s.symmetricFactorization()
        var l = f.lower; l[1, 0] += 1
        let tampered = SymmetricFactorization(permutation: f.permutation, lower: l, blocks: f.blocks)
        #expect(tampered.verify(against: s) != nil)
        let flipped = SymmetricFactorization(permutation: f.permutation, lower: f.lower, blocks: f.blocks.map { $0.map { -$0 } })
        #expect(flipped.verify(against: s) != nil)
    }

    /// λ_max bounds: lower ≤ upper, both witnesses re-check, and the float λ_max lies between.
    @Test func eigenvalueBoundsBracketTheLargestEigenvalue() {
        seededCheck("λ_max bounds", count: 150, Gens.symmetricMatrix) { s in
            let b = try EigenvalueBound(largestEigenvalueOf: s)
            let top = jacobiEigenvalues(s.approximateDoubles, n: s.rows).max()!
            let slack = 1e-9 * max(1, abs(top))
            return try b.verify(against: s) == nil && b.lower <= b.upper
                && b.lower.double() <= top + slack && top - slack <= b.upper.double()
                && (try s.largestEigenvalue(isBelow: b.upper + Rational(1).timesPowerOfTwo(-60)))
                && !(try s.largestEigenvalue(isBelow: b.lower))
        }
    }

    /// The spectral norm of a diagonal matrix is its largest |entry|; of [[1,1],[0,1]] the golden ratio.
    @Test func spectralNormEnclosures() throws {
        seededCheck("‖diag‖₂", count: 100, Gens.smallRational.array(of: 1...6)) { d in
            let m = try RationalMatrix.diagonal(d)
            let (norm, gram) = try m.spectralNormBound()
            return try norm.contains(d.map(\.magnitude).max()!) && gram.verify(against: try m.transposed * m) == nil
        }
        let (phi, _) = try RationalMatrix([[1, 1], [0, 1]]).spectralNormBound()
        let golden = try (Interval(5, precision: 200).squareRoot() + Interval(1, precision: 200)) / Interval(2, precision: 200)
        #expect(phi.overlaps(golden) && phi.width < Rational(1).timesPowerOfTwo(-20))
    }

    /// THEOREMS.md carleman.hypothesis: F1 = [[−1, 10], [0, −1.01]] has negative eigenvalues but
    /// positive log-norm, so "μ₂(F1) < 0" is false; a normal matrix with negative spectrum passes.
    @Test func logNormOfTheNonNormalCounterexample() throws {
        let f1 = try RationalMatrix([[-1, 10], [0, try Rational(-101, 100)]])
        #expect(try !f1.hasNegativeLogNorm)
        let mu = try f1.logNormBound()
        let sym = try f1.symmetricPart
        #expect(mu.lower > 0 && mu.verify(against: sym) == nil)
        // μ₂ = (−2.01 + √(0.01² + 100))/2 ≈ 3.995: inside the bounds.
        let exact = try (Interval(try Rational(-201, 100), precision: 128) + Interval(try Rational(1_000_001, 10_000), precision: 128).squareRoot()) / Interval(2)
        #expect(exact.isGreaterOrEqual(to: mu.lower) == .true && exact.isLessOrEqual(to: mu.upper) == .true)
        let normal = try RationalMatrix([[-1, 0], [0, -2]])
        #expect(try normal.hasNegativeLogNorm)
    }

    @Test func kroneckerProductsObeyTheMixedProductRule() {
        let g = zip(Gen.int(in: -4...4).array(of: 4), Gen.int(in: -4...4).array(of: 6), Gen.int(in: -4...4).array(of: 2), Gen.int(in: -4...4).array(of: 3))
        seededCheck("(A⊗B)(x⊗y) = Ax⊗By", count: 200, g) { a, b, x, y in
            let A = try RationalMatrix(rows: 2, columns: 2, entries: a.map { Rational($0) })
            let B = try RationalMatrix(rows: 2, columns: 3, entries: b.map { Rational($0) })
            let vx = RationalVector(x.map { Rational($0) }), vy = RationalVector(y.map { Rational($0) })
            let left = try A.kronecker(B) * vx.kronecker(vy)
            let right = (try A * vx).kronecker(try B * vy)
            let sparse = try SparseRationalMatrix(A).kronecker(SparseRationalMatrix(B))
            return try left == right && (try sparse.dense()) == (try A.kronecker(B)) && (try sparse * vx.kronecker(vy)) == left
        }
    }

    @Test func sparseAndDenseProductsAgree() {
        let g = zip(Gen.int(in: -2...2).array(of: 12), Gen.int(in: -2...2).array(of: 12))
        seededCheck("sparse vs dense", count: 200, g) { a, b in
            let A = try RationalMatrix(rows: 3, columns: 4, entries: a.map { Rational($0) })
            let B = try RationalMatrix(rows: 4, columns: 3, entries: b.map { Rational($0) })
            let sa = SparseRationalMatrix(A), sb = SparseRationalMatrix(B)
            return try (try (sa * sb).dense()) == (try A * B) && (try sa.transposed.dense()) == A.transposed
                && (try (sa + sa).dense()) == (try A + A)
                && (try SparseRationalMatrix(A).kroneckerPower(2).dense()) == (try A.kroneckerPower(2))
        }
    }

    @Test func badShapesThrow() {
        #expect(throws: ExactError.self) { try RationalMatrix(rows: -1, columns: 2) }
        #expect(throws: ExactError.self) { try RationalMatrix(rows: 100_000, columns: 100_000) }
        #expect(throws: ExactError.self) { try RationalMatrix([[1, 2], [3]]) }
        #expect(throws: ExactError.self) { try RationalMatrix.identity(2) * RationalMatrix.identity(3) }
        #expect(throws: ExactError.self) { try SparseRationalMatrix(rows: 2, columns: 2, triplets: [(2, 0, 1)]) }
        #expect(throws: ExactError.self) { try RationalVector([1, 2]).kroneckerPower(40) }
    }
}

/// Float eigenvalues by cyclic Jacobi, written here independently of Exact's internal estimator.
func jacobiEigenvalues(_ input: [Double], n: Int) -> [Double] {
    var a = input
    for _ in 0..<60 {
        var off = 0.0
        for i in 0..<n { for j in 0..<n where i != j { off += a[i * n + j] * a[i * n + j] } }
        if off < 1e-26 { break }
        for p in 0..<n { for q in (p + 1)..<max(p + 1, n) where a[p * n + q] != 0 {
            let theta = (a[q * n + q] - a[p * n + p]) / (2 * a[p * n + q])
            let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
            let c = 1 / (t * t + 1).squareRoot(), s = t * c
            for k in 0..<n { let x = a[k * n + p], y = a[k * n + q]; a[k * n + p] = c * x - s * y; a[k * n + q] = s * x + c * y }
            for k in 0..<n { let x = a[p * n + k], y = a[q * n + k]; a[p * n + k] = c * x - s * y; a[q * n + k] = s * x + c * y }
        } }
    }
    return (0..<n).map { a[$0 * n + $0] }
}
