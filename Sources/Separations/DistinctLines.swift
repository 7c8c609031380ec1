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
        rows = DistinctLines.firstOccurrences(m).representatives
        let t = DistinctLines.firstOccurrences(m.transposed)
        columns = t.representatives
        columnClass = t.classes
    }

    /// Representatives of the distinct nonzero rows, and each row's class (−1 if zero).
    static func firstOccurrences(_ m: BooleanMatrix) -> (representatives: [Int], classes: [Int]) {
        var seen: [ArraySlice<UInt8>: Int] = [:]
        var reps: [Int] = [], classes: [Int] = []
        classes.reserveCapacity(m.rows)
        for x in 0..<m.rows {
            let r = m.row(x)
            if !r.contains(1) { classes.append(-1); continue }
            if let c = seen[r] { classes.append(c); continue }
            seen[r] = reps.count; classes.append(reps.count); reps.append(x)
        }
        return (reps, classes)
    }
}
