import PropertyBased
import Separations

/// Random small inputs for the separation kernels.
enum SepGen {
    /// A random 0/1 matrix of 1…maxRows × 1…maxColumns, biased toward repeated rows sometimes.
    static func matrix(maxRows: Int, maxColumns: Int) -> Generator<BooleanMatrix, some SendableSequenceType> {
        zip(Gen.int(in: 1...maxRows), Gen.int(in: 1...maxColumns), Gen.uint64(in: 0...UInt64.max), Gen.int(in: 0...3))
            .map { r, c, bits, mode in
                try! BooleanMatrix(rows: r, columns: c) { x, y in
                    // mode 0: independent bits; mode 1: rows copied from a few; 2: sparse; 3: dense
                    let seed = UInt64(mode == 1 ? (x % 3) * c + y : x * c + y)
                    var h = (bits ^ (seed &* 0x9e3779b97f4a7c15)) &* 0xbf58476d1ce4e5b9
                    h ^= h >> 31; h = h &* 0x94d049bb133111eb; h ^= h >> 29
                    switch mode { case 2: return h % 4 == 0; case 3: return h % 4 != 0; default: return h & 1 == 1 }
                }
            }
    }

    /// A random sequence function of length 0…maxLength with outputs below `outputs`.
    static func sequenceFunction(maxLength: Int, outputs: Int = 2) -> Generator<SequenceFunction, some SendableSequenceType> {
        zip(Gen.int(in: 0...maxLength), Gen.int(in: 0...(outputs - 1)).array(of: 1 << maxLength), Gen.int(in: 0...2))
            .map { n, table, mode in
                try! SequenceFunction(length: n) { x in
                    switch mode {
                    case 0: return table[x]
                    case 1: return table[x & 7]                          // depends on the last 3 bits only
                    default: return table[(x >> max(0, n - 3)) & 7]     // depends on the first 3 bits only
                    }
                }
            }
    }
}

extension SepGen {
    /// SplitMix64 of a seed and an index: the entries of the structured generators below.
    static func mix(_ seed: UInt64, _ i: Int) -> UInt64 {
        var h = (seed ^ (UInt64(i) &* 0x9e3779b97f4a7c15)) &* 0xbf58476d1ce4e5b9
        h ^= h >> 31; h = h &* 0x94d049bb133111eb; h ^= h >> 29
        return h
    }

    /// A rank-deficient 0/1 matrix of 2…maxSize × 2…maxSize, one of:
    /// 0 — a product F·G of 0/1 factors that is 0/1 (each row of F picks one element in each of
    ///     b blocks of size s, each column of G is a random subset of one block; rank ≤ b·s);
    /// 1 — rows copied from a few random rows (and some zero rows);
    /// 2 — columns copied from a few random columns (and some zero columns).
    static func lowRank(maxSize: Int) -> Generator<BooleanMatrix, some SendableSequenceType> {
        zip(Gen.int(in: 2...maxSize), Gen.int(in: 2...maxSize), Gen.int(in: 1...3), Gen.uint64(in: 0...UInt64.max), Gen.int(in: 0...2))
            .map { r, c, k, seed, mode in
                try! BooleanMatrix(rows: r, columns: c) { x, y in
                    switch mode {
                    case 0:
                        let s = k + 1
                        let block = Int(mix(seed, 1000 + y) % UInt64(k))
                        let choice = Int(mix(seed, 2000 + x * 16 + block) % UInt64(s))
                        return mix(seed, 3000 + y) >> choice & 1 == 1
                    case 1:
                        let base = Int(mix(seed, x) % UInt64(k + 1))       // base k: a zero row
                        return base < k && mix(seed, 5000 + base * 64 + y) & 1 == 1
                    default:
                        let base = Int(mix(seed, y) % UInt64(k + 1))
                        return base < k && mix(seed, 5000 + base * 64 + x) & 1 == 1
                    }
                }
            }
    }
}
