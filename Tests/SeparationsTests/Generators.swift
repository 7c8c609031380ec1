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
