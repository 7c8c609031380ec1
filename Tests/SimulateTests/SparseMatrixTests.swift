import PropertyBased
import Simulate
import QBoundsTestSupport
import Testing

@Suite("SparseMatrix")
struct SparseMatrixTests {
    @Test("sparse matvec equals the dense matvec of the same COO data (duplicates summed)")
    func multiplyMatchesDense() async {
        await seededPropertyCheck("multiplyMatchesDense", count: 60, zip(Gen.uint64(), Gen.int(in: 1...12), Gen.int(in: 1...12), Gen.int(in: 0...60))) {
            seed, rows, cols, entries in
            var rng = Xoshiro256StarStar(seed: seed)
            let (a, dense) = randomSparse(rows: rows, columns: cols, entries: entries, &rng)
            let x = randomVector(cols, &rng)
            let expected = denseMultiply(dense, x)
            let y1 = try a.multiply(x)
            var y2 = [Double](repeating: .nan, count: rows)
            try a.multiply(x, into: &y2)
            // Each entry is a sum of ≤ 60 terms of size ≤ 2·1·(duplicates): 1e-12 is ~100 ulps.
            #expect(maxAbsDifference(y1, expected) <= 1e-12)
            #expect(maxAbsDifference(y2, expected) <= 1e-12)
            // Stored entries agree with the independently accumulated dense matrix.
            #expect(maxAbsDifference(try a.denseRows().flatMap { $0 }, dense.flatMap { $0 }) <= 1e-14)
            for i in 0..<rows {
                for j in 0..<cols { #expect(abs(try a.entry(row: i, column: j) - dense[i][j]) <= 1e-14) }
            }
        }
    }

    @Test("duplicate triplets are summed and exact cancellations are not stored")
    func duplicatesAreSummed() throws {
        let a = try SparseMatrix(rowCount: 2, columnCount: 3, triplets: [
            (0, 2, 1.5), (1, 0, 2), (0, 2, 2.5), (1, 1, 3), (1, 1, -3), (0, 0, -1),
        ])
        #expect(try a.denseRows() == [[-1, 0, 4], [2, 0, 0]])
        #expect(a.nonzeroCount == 3)   // (1,1) cancelled exactly
        #expect(a.rowOffsets == [0, 2, 3])
        #expect(a.columnIndices == [0, 2, 0])
        // Same matrix from dense rows: canonical form makes them equal.
        #expect(try SparseMatrix(dense: [[-1, 0, 4], [2, 0, 0]]) == a)
    }

    @Test("transpose: ⟨y, A x⟩ = ⟨Aᵀ y, x⟩ and entries move to (j, i)")
    func transposeIsAdjoint() async {
        await seededPropertyCheck("transposeIsAdjoint", count: 40, zip(Gen.uint64(), Gen.int(in: 1...10), Gen.int(in: 1...10))) { seed, rows, cols in
            var rng = Xoshiro256StarStar(seed: seed)
            let (a, dense) = randomSparse(rows: rows, columns: cols, entries: rows * cols / 2 + 1, &rng)
            let at = a.transposed()
            let x = randomVector(cols, &rng), y = randomVector(rows, &rng)
            let lhs = zip(y, try a.multiply(x)).reduce(0) { $0 + $1.0 * $1.1 }
            let rhs = zip(try at.multiply(y), x).reduce(0) { $0 + $1.0 * $1.1 }
            #expect(abs(lhs - rhs) <= 1e-12)
            let manual = (0..<cols).map { j in (0..<rows).map { i in dense[i][j] } }
            #expect(maxAbsDifference(try at.denseRows().flatMap { $0 }, manual.flatMap { $0 }) <= 1e-14)
            #expect(at.transposed() == a)
        }
    }

    @Test("Kronecker mixed product: (A ⊗ B)(x ⊗ y) = (Ax) ⊗ (By)")
    func kronMixedProduct() async {
        await seededPropertyCheck("kronMixedProduct", count: 40, zip(Gen.uint64(), Gen.int(in: 1...5), Gen.int(in: 1...5), Gen.int(in: 1...5))) {
            seed, m, n, p in
            var rng = Xoshiro256StarStar(seed: seed)
            let q = Int.random(in: 1...5, using: &rng)
            let (a, _) = randomSparse(rows: m, columns: n, entries: m * n / 2 + 1, &rng)
            let (b, _) = randomSparse(rows: p, columns: q, entries: p * q / 2 + 1, &rng)
            let x = randomVector(n, &rng), y = randomVector(q, &rng)
            let k = try SparseMatrix.kron(a, b)
            #expect(k.rowCount == m * p && k.columnCount == n * q)
            let lhs = try k.multiply(kronVector(x, y))
            let rhs = kronVector(try a.multiply(x), try b.multiply(y))
            #expect(maxAbsDifference(lhs, rhs) <= 1e-12)
        }
    }

    @Test("Kronecker entries follow (A⊗B)[i·p+k, j·q+l] = A[i,j]·B[k,l]")
    func kronMatchesDefinition() throws {
        var rng = Xoshiro256StarStar(seed: 7)
        let (a, da) = randomSparse(rows: 3, columns: 2, entries: 4, &rng)
        let (b, db) = randomSparse(rows: 2, columns: 4, entries: 5, &rng)
        let k = try SparseMatrix.kron(a, b)
        for i in 0..<3 { for j in 0..<2 { for r in 0..<2 { for l in 0..<4 {
            #expect(try k.entry(row: i * 2 + r, column: j * 4 + l) == da[i][j] * db[r][l])
        } } } }
        // I_2 ⊗ I_3 = I_6.
        #expect(try SparseMatrix.kron(.identity(2), .identity(3)) == .identity(6))
    }

    @Test("A + s·B and s·A act as A x + s B x; I x = x")
    func addScaleIdentity() async {
        await seededPropertyCheck("addScaleIdentity", count: 40, zip(Gen.uint64(), Gen.double(in: -3...3))) { seed, s in
            var rng = Xoshiro256StarStar(seed: seed)
            let n = Int.random(in: 1...8, using: &rng)
            let (a, _) = randomSparse(rows: n, columns: n, entries: 10, &rng)
            let (b, _) = randomSparse(rows: n, columns: n, entries: 10, &rng)
            let x = randomVector(n, &rng)
            let sum = try a.adding(b, scaledBy: s)
            let ax = try a.multiply(x), bx = try b.multiply(x)
            #expect(maxAbsDifference(try sum.multiply(x), zip(ax, bx).map { $0 + s * $1 }) <= 1e-12)
            #expect(maxAbsDifference(try a.scaled(by: s).multiply(x), ax.map { s * $0 }) <= 1e-12)
            #expect(try SparseMatrix.identity(n).multiply(x) == x)
            // A − A is the zero matrix with no stored entries.
            #expect(try a.adding(a, scaledBy: -1).nonzeroCount == 0)
        }
    }

    @Test("bad inputs throw descriptive errors instead of trapping")
    func invalidInputsThrow() throws {
        #expect(throws: SimulationError.self) { try SparseMatrix(rowCount: -1, columnCount: 2, triplets: []) }
        #expect(throws: SimulationError.self) { try SparseMatrix(rowCount: 2, columnCount: -3, triplets: []) }
        #expect(throws: SimulationError.self) { try SparseMatrix(rowCount: 2, columnCount: 2, triplets: [(2, 0, 1)]) }
        #expect(throws: SimulationError.self) { try SparseMatrix(rowCount: 2, columnCount: 2, triplets: [(0, -1, 1)]) }
        #expect(throws: SimulationError.self) { try SparseMatrix(rowCount: 2, columnCount: 2, triplets: [(0, 0, .nan)]) }
        #expect(throws: SimulationError.self) { try SparseMatrix(dense: [[1, 2], [3]]) }
        #expect(throws: SimulationError.self) { try SparseMatrix.identity(-2) }
        let a = try SparseMatrix.identity(3)
        #expect(throws: SimulationError.self) { try a.multiply([1, 2]) }
        var short = [0.0]
        #expect(throws: SimulationError.self) { try a.multiply([1, 2, 3], into: &short) }
        #expect(throws: SimulationError.self) { try a.entry(row: 3, column: 0) }
        #expect(throws: SimulationError.self) { try a.adding(.identity(2)) }
        let huge = try SparseMatrix(rowCount: 1 << 20, columnCount: 1 << 20, triplets: [(5, 7, 1)])
        #expect(throws: SimulationError.self) { try huge.denseRows() }
        let wide = try SparseMatrix(rowCount: 1, columnCount: 1 << 62, triplets: [(0, 3, 1)])
        #expect(throws: SimulationError.self) { try SparseMatrix.kron(wide, wide) }   // 2^124 columns
        #expect(throws: SimulationError.self) { try SparseMatrix(rowCount: (1 << 32) + 1, columnCount: 1, triplets: []) }
        // The message states what was expected.
        do {
            _ = try SparseMatrix(rowCount: 2, columnCount: 2, triplets: [(0, 5, 1)])
            Issue.record("expected a throw")
        } catch let e as SimulationError {
            #expect(e.description.contains("expected an index in 0..<2"))
        }
    }
}
