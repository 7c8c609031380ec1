/// The distinct nonzero rows and columns of a 0/1 matrix.
///
/// Deleting a zero row or a row equal to an earlier one changes neither the rank nor the kernel
/// (the kernel is cut out by the distinct rows); deleting a zero column or a repeated column
/// keeps the rank, and the kernel of the full matrix is recovered from the reduced one: a zero
/// column c gives the kernel vector e_c, a repeat c of column c′ gives e_c − e_c′ plus whatever
/// expresses c′ through the pivot columns. `BooleanRank` eliminates on the reduced matrix.
struct DistinctLines: Sendable {
    /// Original indices of the first occurrence of each distinct nonzero row, increasing.
    let rows: [Int]
    /// Original indices of the first occurrence of each distinct nonzero column, increasing.
    let columns: [Int]
    /// For each original column: its position in `columns` (of its first occurrence), or −1 for a zero column.
    let columnClass: [Int]

    init(_ m: BooleanMatrix) {
        // Rows and columns packed into 64-bit words (row x: bits of its entries; column y: bits over x),
        // so that hashing and comparing a line touches ⌈length/64⌉ words.
        let wr = (m.columns + 63) / 64, wc = (m.rows + 63) / 64
        var rowWords = [UInt64](repeating: 0, count: m.rows * wr), columnWords = [UInt64](repeating: 0, count: m.columns * wc)
        m.entries.withUnsafeBufferPointer { e in
            for x in 0..<m.rows {
                for y in 0..<m.columns where e[x * m.columns + y] != 0 {
                    rowWords[x * wr + y >> 6] |= 1 << UInt64(y & 63)
                    columnWords[y * wc + x >> 6] |= 1 << UInt64(x & 63)
                }
            }
        }
        rows = DistinctLines.firstOccurrences(rowWords, count: m.rows, width: wr).representatives
        let t = DistinctLines.firstOccurrences(columnWords, count: m.columns, width: wc)
        columns = t.representatives
        columnClass = t.classes
    }

    /// Representatives of the distinct nonzero lines (each `width` words of `words`), and each line's class (−1 if zero).
    static func firstOccurrences(_ words: [UInt64], count: Int, width: Int) -> (representatives: [Int], classes: [Int]) {
        var seen: [ArraySlice<UInt64>: Int] = [:]
        var reps: [Int] = [], classes: [Int] = []
        classes.reserveCapacity(count)
        for x in 0..<count {
            let line = words[(x * width)..<((x + 1) * width)]
            if line.allSatisfy({ $0 == 0 }) { classes.append(-1); continue }
            if let c = seen[line] { classes.append(c); continue }
            seen[line] = reps.count; classes.append(reps.count); reps.append(x)
        }
        return (reps, classes)
    }
}
