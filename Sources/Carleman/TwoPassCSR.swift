import Dispatch
import Simulate
#if canImport(Glibc)
import Glibc
#endif

/// Builds a square Double CSR matrix (and a forcing vector) row range by row range, in
/// parallel, in two passes: `count` fills the entry count of every row of its range and returns
/// the forcing entries it met; the counts' prefix sums give every row's final place; then
/// `write` fills its rows there. No entry is copied after it is written, and the result does not
/// depend on the number of parts. Used by the Carleman and discrete Carleman float builders.
enum TwoPassCSR {
    typealias Count = @Sendable (_ rows: Range<Int>, _ counts: UnsafeMutablePointer<Int>) -> [(Int, Double)]
    typealias Write = @Sendable (_ rows: Range<Int>, _ columns: UnsafeMutablePointer<Int>, _ values: UnsafeMutablePointer<Double>,
                                 _ rowOffsets: UnsafePointer<Int>) -> Void

    static func build(dimension delta: Int, parts requested: Int, minimumRowsPerPart: Int,
                      count: Count, write: Write) -> (matrix: SparseMatrix, forcing: [Double]) {
        let parts = Swift.max(1, Swift.min(requested, delta / minimumRowsPerPart + 1))
        let bounds = (0...parts).map { $0 * delta / parts }
        func each(_ body: @Sendable (Int) -> Void) {
            if parts == 1 { body(0) } else { DispatchQueue.concurrentPerform(iterations: parts, execute: body) }
        }
        var offsets = [Int](repeating: 0, count: delta + 1)
        let forcingParts = ResultBox<[(Int, Double)]>(count: parts)
        offsets.withUnsafeMutableBufferPointer { ob in
            let counts = UnsafeSendable(ob.baseAddress! + 1)
            each { k in forcingParts.set(k, count(bounds[k]..<bounds[k + 1], counts.value)) }
            for i in 0..<delta { ob[i + 1] += ob[i] }
        }
        let total = offsets[delta]
        var values: [Double] = []
        let columns = offsets.withUnsafeBufferPointer { ob in
            let rowOffsets = UnsafeSendable(ob.baseAddress!)
            return [Int](unsafeUninitializedCapacity: total) { colBuffer, colCount in
                values = [Double](unsafeUninitializedCapacity: total) { valBuffer, valCount in
                    adviseHugePages(colBuffer.baseAddress, bytes: total * MemoryLayout<Int>.stride)
                    adviseHugePages(valBuffer.baseAddress, bytes: total * MemoryLayout<Double>.stride)
                    let cb = UnsafeSendable(colBuffer.baseAddress), vb = UnsafeSendable(valBuffer.baseAddress)
                    each { k in
                        guard let c = cb.value, let v = vb.value else { return }
                        write(bounds[k]..<bounds[k + 1], c, v, rowOffsets.value)
                    }
                    valCount = total
                }
                colCount = total
            }
        }
        var forcing = [Double](repeating: 0, count: delta)
        for part in forcingParts.take() { for (r, v) in part ?? [] { forcing[r] += v } }
        return (SparseMatrix(trustedCanonicalRowCount: delta, columnCount: delta, rowOffsets: offsets, columnIndices: columns, values: values), forcing)
    }
}

/// Asks the kernel to back a large, not yet touched buffer with transparent huge pages
/// (`madvise(MADV_HUGEPAGE)` on its page-aligned interior), so that writing it takes a few
/// hundred page faults instead of thousands; for the tens of megabytes of a Carleman matrix the
/// faults otherwise cost more than computing the entries. A hint only: ignored where THP is off,
/// and a no-op off Linux.
@inline(__always)
func adviseHugePages<T>(_ pointer: UnsafeMutablePointer<T>?, bytes: Int) {
    #if canImport(Glibc)
    guard let pointer, bytes >= 4 << 20 else { return }
    let page = 4096
    let start = (Int(bitPattern: pointer) + page - 1) & ~(page - 1)
    let end = (Int(bitPattern: pointer) + bytes) & ~(page - 1)
    guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
    _ = madvise(aligned, end - start, MADV_HUGEPAGE)
    #endif
}
