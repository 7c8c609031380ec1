import Dispatch
import Exact
import Simulate

/// The truncated discrete Carleman step matrix `I + A_N = (M_{j,k}(η))_{j,k=1..N}` in Double at
/// a given η, and the forcing `b_j = M_{j,0}` — the float counterpart of `DiscreteCarlemanSystem`
/// for large models. Row `(d_1…d_j)` of block j expands each digit to itself (a factor of
/// `G1 = I + ηf1`'s identity part) or through a nonzero of some `ηf_ℓ`; expansions whose degree
/// can no longer stay ≤ N are pruned, the rest are sorted and summed per row. Rows are built in
/// parallel ranges (two passes: count, then write in place), so the result does not depend on
/// the thread count. It explores; it never decides.
public struct FloatDiscreteCarlemanMatrix: Sendable {
    public let layout: CarlemanLayout
    /// I + A_N.
    public let step: SparseMatrix
    /// b (length Δ): b_j = M_{j,0} = (ηf0)^{⊗j}.
    public let forcing: [Double]

    public init(field: PolynomialSystem, eta: Rational, order: Int, threads: Int = 2,
                maximumDimension: Int = CarlemanLimits.maximumFloatDimension,
                maximumNonzeros: Int = CarlemanLimits.maximumFloatNonzeros) throws {
        let layout = try CarlemanLayout(variableCount: field.dimension, order: order, maximumDimension: maximumDimension)
        let n = field.dimension, N = order
        let e = eta.double()
        // Per degree ℓ, per row d: (column, η·value).
        let rows: [[[(Int, Double)]]] = field.coefficients.map { f in
            (0..<n).map { d in (f.rowStart[d]..<f.rowStart[d + 1]).map { (f.columnIndex[$0], e * f.values[$0].double()) } }
        }
        // Bound the work: Σ_j n^j (1 + widest)^j expansions.
        var widest = 0
        for byRow in rows { widest += byRow.map(\.count).max() ?? 0 }
        var work = 0
        for j in 1...N {
            var t = layout.power(j)
            for _ in 0..<j { let (x, o) = t.multipliedReportingOverflow(by: widest + 1); t = o ? Int.max : x }
            let (w, o) = work.addingReportingOverflow(t)
            work = o ? Int.max : w
        }
        guard work <= maximumNonzeros else {
            throw ExactError.sizeOutOfRange(what: "expansions of the discrete Carleman matrix (bound)", value: "\(work)", allowed: "at most \(maximumNonzeros); lower N")
        }
        // G_ℓ as CSR in Double: G1 = I + ηf1 (identity merged), G_ℓ = ηf_ℓ otherwise; rows sorted.
        var gStart: [[Int]] = [], gColumn: [[Int]] = [], gValue: [[Double]] = []
        for (l, byRow) in rows.enumerated() {
            var st = [0], cs: [Int] = [], vs: [Double] = []
            for d in 0..<n {
                var entries = byRow[d]
                if l == 1 {
                    if let i = entries.firstIndex(where: { $0.0 == d }) { entries[i].1 += 1 } else { entries.append((d, 1)); entries.sort { $0.0 < $1.0 } }
                }
                for (c, v) in entries where v != 0 { cs.append(c); vs.append(v) }
                st.append(cs.count)
            }
            gStart.append(st); gColumn.append(cs); gValue.append(vs)
        }
        if gStart.count < 2 {   // no F1 at all: G1 = I
            while gStart.count < 2 { gStart.append([0]); gColumn.append([]); gValue.append([]) }
            gStart[1] = Array(0...n); gColumn[1] = Array(0..<n); gValue[1] = Array(repeating: 1, count: n)
        }
        let (gS, gC, gV) = (gStart, gColumn, gValue)
        let degreesPresent = (0..<gStart.count).filter { gStart[$0].last! > 0 }
        let widths = (0..<gStart.count).map { l -> Int in var p = 1; for _ in 0..<l { p = p &* n }; return p }
        // The compositions (ℓ_1, …, ℓ_j) with Σℓ = k ≤ N, by (j, k).
        var byJK: [[[[Int]]]] = Array(repeating: Array(repeating: [], count: N + 1), count: N + 1)
        for j in 1...N {
            func build(_ prefix: [Int], _ sum: Int) {
                if prefix.count == j { if sum <= N { byJK[j][sum].append(prefix) }; return }
                for l in degreesPresent where sum + l <= N { build(prefix + [l], sum + l) }   // ℓ ≥ 0: sums never fall
            }
            build([], 0)
        }
        let plan = byJK

        let tables = DiscreteRowTables(start: gS, column: gC, value: gV, widths: widths, plan: plan, layout: layout)
        @Sendable func blockOf(_ global: Int) -> (Int, Int) {
            var j = 1
            while layout.offsets[j] <= global { j += 1 }
            return (j, global - layout.offset(j))
        }
        // Rows from here on are rows of G1^{⊗N} (the last block, no F0): handled per group.
        let lastBlockFast = tables.g1OnlyLastBlock ? layout.offset(order) : layout.dimension
        // Runs the emitter over a row range, advancing (block, row) as it goes.
        @Sendable func walk(_ rows: Range<Int>, _ body: (DiscreteRowEmitter, Int, Int, Int) -> Void) {
            guard !rows.isEmpty else { return }
            let emitter = DiscreteRowEmitter(tables)
            var (j, r) = blockOf(rows.lowerBound)
            for g in rows {
                if g == layout.offsets[j] { j += 1; r = 0 }
                body(emitter, g, j, r)
                r += 1
            }
        }
        let (step, forcing) = TwoPassCSR.build(
            dimension: layout.dimension, parts: threads, minimumRowsPerPart: 1024,
            count: { rows, counts in
                var forcing: [(Int, Double)] = []
                let split = Swift.min(Swift.max(rows.lowerBound, lastBlockFast), rows.upperBound)
                walk(rows.lowerBound..<split) { emitter, g, j, r in
                    let (count, f) = emitter.emit(row: r, block: j, into: nil)
                    counts[g] = count
                    if f != 0 { forcing.append((g, f)) }
                }
                if split < rows.upperBound {
                    DiscreteRowEmitter(tables).lastBlockG1(rows: split..<rows.upperBound, counts: counts, columns: nil, values: nil, rowOffsets: nil)
                }
                return forcing
            },
            write: { rows, columns, values, rowOffsets in
                let split = Swift.min(Swift.max(rows.lowerBound, lastBlockFast), rows.upperBound)
                walk(rows.lowerBound..<split) { emitter, g, j, r in
                    _ = emitter.emit(row: r, block: j, into: (columns + rowOffsets[g], values + rowOffsets[g]))
                }
                if split < rows.upperBound {
                    DiscreteRowEmitter(tables).lastBlockG1(rows: split..<rows.upperBound, counts: nil, columns: columns, values: values, rowOffsets: rowOffsets)
                }
            })
        self.layout = layout
        self.step = step
        self.forcing = forcing
    }
}

/// Read-only tables for `DiscreteRowEmitter`: G_ℓ in CSR and the compositions plan[j][k].
struct DiscreteRowTables: Sendable {
    /// Whether the rows of the last block are exactly rows of G1^{⊗N} (no F0: the only
    /// composition of a k ≤ N into N parts ≥ 1 is (1, …, 1)).
    var g1OnlyLastBlock: Bool {
        let N = layout.order
        guard plan.count > N else { return false }
        for (k, comps) in plan[N].enumerated() {
            if k == N { if comps != [Array(repeating: 1, count: N)] { return false } } else if !comps.isEmpty { return false }
        }
        return true
    }
    let start: [[Int]]
    let column: [[Int]]
    let value: [[Double]]
    let widths: [Int]
    let plan: [[[[Int]]]]
    let layout: CarlemanLayout
}

/// Emits one row of (M_{j,k})_{k=0..N} — a Kronecker product of rows of the G_ℓ per composition
/// (ℓ_1…ℓ_j), written in lexicographic, hence sorted, order; blocks reached by several
/// compositions are sorted and summed in a scratch buffer. With no destination it only counts
/// (pass 1). One emitter per thread.
final class DiscreteRowEmitter {
    let t: DiscreteRowTables
    let n: Int, N: Int
    // Flat copies of the G_ℓ tables: row starts of ℓ at startBase[ℓ] (n + 1 entries), entries of ℓ at entryBase[ℓ].
    let starts: UnsafeMutablePointer<Int>, columns: UnsafeMutablePointer<Int>, values: UnsafeMutablePointer<Double>
    let startBase: UnsafeMutablePointer<Int>, entryBase: UnsafeMutablePointer<Int>, widths: UnsafeMutablePointer<Int>
    // Per-row state (capacity N + 1).
    let digits: UnsafeMutablePointer<Int>, index: UnsafeMutablePointer<Int>, columnPrefix: UnsafeMutablePointer<Int>
    let valuePrefix: UnsafeMutablePointer<Double>, composition: UnsafeMutablePointer<Int>
    // The plan, flat: for (j, k) at slot j·(N+1)+k, planCount compositions starting at planStart
    // in planFlat (j entries each); blockOffset[k] = first row of block k.
    let planCount: UnsafeMutablePointer<Int>, planStart: UnsafeMutablePointer<Int>, planFlat: UnsafeMutablePointer<Int>
    let blockOffset: UnsafeMutablePointer<Int>
    // Scratch for blocks reached by several compositions: `merged` holds the running sorted,
    // duplicate-free sum, `term` the next composition's (sorted) product, `spare` the merge
    // target. Raw buffers, grown on demand: no array uniqueness or exclusivity checks per entry.
    var scratchCapacity = 0
    var mergedColumns = UnsafeMutablePointer<Int>.allocate(capacity: 1), mergedValues = UnsafeMutablePointer<Double>.allocate(capacity: 1)
    var termColumns = UnsafeMutablePointer<Int>.allocate(capacity: 1), termValues = UnsafeMutablePointer<Double>.allocate(capacity: 1)
    var spareColumns = UnsafeMutablePointer<Int>.allocate(capacity: 1), spareValues = UnsafeMutablePointer<Double>.allocate(capacity: 1)
    var lastBlock = -1, lastRow = -1

    init(_ tables: DiscreteRowTables) {
        t = tables
        n = tables.layout.variableCount; N = tables.layout.order
        let degrees = tables.start.count
        let totalStarts = tables.start.reduce(0) { $0 + $1.count }, totalEntries = tables.column.reduce(0) { $0 + $1.count }
        starts = .allocate(capacity: Swift.max(totalStarts, 1)); columns = .allocate(capacity: Swift.max(totalEntries, 1))
        values = .allocate(capacity: Swift.max(totalEntries, 1))
        startBase = .allocate(capacity: degrees); entryBase = .allocate(capacity: degrees); widths = .allocate(capacity: degrees)
        var sOff = 0, eOff = 0
        for l in 0..<degrees {
            startBase[l] = sOff; entryBase[l] = eOff; widths[l] = tables.widths[l]
            for (i, v) in tables.start[l].enumerated() { starts[sOff + i] = v }
            for (i, v) in tables.column[l].enumerated() { columns[eOff + i] = v }
            for (i, v) in tables.value[l].enumerated() { values[eOff + i] = v }
            sOff += tables.start[l].count; eOff += tables.column[l].count
        }
        let cap = tables.layout.order + 2
        digits = .allocate(capacity: cap); index = .allocate(capacity: cap); columnPrefix = .allocate(capacity: cap)
        valuePrefix = .allocate(capacity: cap); composition = .allocate(capacity: cap)
        let slots = (N + 1) * (N + 1)
        planCount = .allocate(capacity: slots); planStart = .allocate(capacity: slots)
        var flat: [Int] = []
        for j in 0...N {
            for k in 0...N {
                let comps = j < tables.plan.count && k < tables.plan[j].count ? tables.plan[j][k] : []
                planCount[j * (N + 1) + k] = comps.count
                planStart[j * (N + 1) + k] = flat.count
                for c in comps { flat += c }
            }
        }
        planFlat = .allocate(capacity: Swift.max(flat.count, 1))
        for (i, v) in flat.enumerated() { planFlat[i] = v }
        blockOffset = .allocate(capacity: N + 1)
        blockOffset[0] = 0
        for k in 1...N { blockOffset[k] = tables.layout.offset(k) }
    }

    deinit {
        starts.deallocate(); columns.deallocate(); values.deallocate()
        startBase.deallocate(); entryBase.deallocate(); widths.deallocate()
        digits.deallocate(); index.deallocate(); columnPrefix.deallocate(); valuePrefix.deallocate(); composition.deallocate()
        planCount.deallocate(); planStart.deallocate(); planFlat.deallocate(); blockOffset.deallocate()
        mergedColumns.deallocate(); mergedValues.deallocate(); termColumns.deallocate(); termValues.deallocate()
        spareColumns.deallocate(); spareValues.deallocate()
    }

    /// Makes each scratch buffer hold at least `needed` entries (contents are not kept).
    func reserveScratch(_ needed: Int) {
        guard needed > scratchCapacity else { return }
        let capacity = Swift.max(needed, 2 * scratchCapacity)
        for p in [mergedColumns, termColumns, spareColumns] { p.deallocate() }
        for p in [mergedValues, termValues, spareValues] { p.deallocate() }
        mergedColumns = .allocate(capacity: capacity); termColumns = .allocate(capacity: capacity); spareColumns = .allocate(capacity: capacity)
        mergedValues = .allocate(capacity: capacity); termValues = .allocate(capacity: capacity); spareValues = .allocate(capacity: capacity)
        scratchCapacity = capacity
    }

    /// Number of entries of the Kronecker product of the rows G_{ℓ_i}[d_i] (ℓ from `composition`).
    @inline(__always) func productCount(j: Int) -> Int {
        var count = 1
        for i in 0..<j { let l = composition[i], d = digits[i]; count &*= rowEnd(l, d) &- rowStart(l, d) }
        return count
    }

    @inline(__always) func rowStart(_ l: Int, _ d: Int) -> Int { entryBase[l] + starts[startBase[l] + d] }
    @inline(__always) func rowEnd(_ l: Int, _ d: Int) -> Int { entryBase[l] + starts[startBase[l] + d + 1] }

    /// The rows of the last block when they are rows of G1^{⊗N} (`g1OnlyLastBlock`): rows that
    /// share d_1…d_{N−1} (n consecutive rows) share the Kronecker product of those digits' rows
    /// of G1, built once per group; each row is that product times the row of G1 for its last
    /// digit, in lexicographic (sorted) order. Counts (`counts`) or writes (`columns`, `values`
    /// at `rowOffsets`), with the same products in the same order as `kronecker`.
    func lastBlockG1(rows range: Range<Int>, counts: UnsafeMutablePointer<Int>?,
                     columns out: UnsafeMutablePointer<Int>?, values outValues: UnsafeMutablePointer<Double>?, rowOffsets: UnsafePointer<Int>?) {
        guard !range.isEmpty else { return }
        let j = N, blockStart = t.layout.offset(j)
        var x = range.lowerBound - blockStart
        for i in stride(from: j - 1, through: 0, by: -1) { digits[i] = x % n; x /= n }
        var widest = 1
        for d in 0..<n { widest = Swift.max(widest, rowEnd(1, d) - rowStart(1, d)) }
        var capacity = 1
        for _ in 0..<(j - 1) { capacity *= widest }
        let prefixColumns = UnsafeMutablePointer<Int>.allocate(capacity: capacity), prefixValues = UnsafeMutablePointer<Double>.allocate(capacity: capacity)
        let nextColumns = UnsafeMutablePointer<Int>.allocate(capacity: capacity), nextValues = UnsafeMutablePointer<Double>.allocate(capacity: capacity)
        defer { prefixColumns.deallocate(); prefixValues.deallocate(); nextColumns.deallocate(); nextValues.deallocate() }
        let columns = self.columns, values = self.values
        let rowStarts = starts + startBase[1], entries = entryBase[1]   // G1's row d: entries + rowStarts[d] ..< entries + rowStarts[d + 1]
        if let counts {
            // Pass 1: a row's count is the product of its digits' row lengths.
            var prefixCount = 0, stale = true
            for g in range {
                if stale {
                    prefixCount = 1
                    for i in 0..<(j - 1) { prefixCount &*= rowStarts[digits[i] &+ 1] &- rowStarts[digits[i]] }
                    stale = false
                }
                let d = digits[j - 1]
                counts[g] = prefixCount &* (rowStarts[d &+ 1] &- rowStarts[d])
                if KroneckerIndex.advance(digits, length: j, base: n) { stale = true }
            }
            lastBlock = -1
            return
        }
        guard let out, let outValues, let rowOffsets else { return }
        var prefixCount = 0
        var stale = true
        for g in range {
            if stale {
                // ⊗_{i<N} G1[d_i], lexicographic, as (Horner column, product); then the column
                // heads blockStart + column·n that every row of the group adds its last digit's column to.
                prefixColumns[0] = 0; prefixValues[0] = 1; prefixCount = 1
                for i in 0..<(j - 1) {
                    let s0 = entries &+ rowStarts[digits[i]], e0 = entries &+ rowStarts[digits[i] &+ 1]
                    var m = 0
                    for a in 0..<prefixCount {
                        let ca = prefixColumns[a] &* n, va = prefixValues[a]
                        var e = s0
                        while e < e0 { nextColumns[m] = ca &+ columns[e]; nextValues[m] = va * values[e]; m &+= 1; e &+= 1 }
                    }
                    prefixColumns.update(from: nextColumns, count: m); prefixValues.update(from: nextValues, count: m)
                    prefixCount = m
                }
                for a in 0..<prefixCount { prefixColumns[a] = blockStart &+ prefixColumns[a] &* n }
                stale = false
            }
            let d = digits[j - 1], s1 = entries &+ rowStarts[d], e1 = entries &+ rowStarts[d &+ 1]
            let oc = out + rowOffsets[g], ov = outValues + rowOffsets[g]
            // The row is (heads ⊕ G1[d] columns, scales ⊗ G1[d] values), a-major. G1's rows are
            // short (a few entries), so the common lengths get straight-line bodies: a generic
            // inner loop of 1–3 trips spends more on loop and alias checks than on the entries.
            switch e1 &- s1 {
            case 1:
                let c0 = columns[s1], v0 = values[s1]
                for a in 0..<prefixCount { oc[a] = prefixColumns[a] &+ c0; ov[a] = prefixValues[a] * v0 }
            case 2:
                let c0 = columns[s1], v0 = values[s1], c1 = columns[s1 &+ 1], v1 = values[s1 &+ 1]
                for a in 0..<prefixCount {
                    let h = prefixColumns[a], w = prefixValues[a], q = 2 &* a
                    oc[q] = h &+ c0; oc[q &+ 1] = h &+ c1; ov[q] = w * v0; ov[q &+ 1] = w * v1
                }
            case 3:
                let c0 = columns[s1], v0 = values[s1], c1 = columns[s1 &+ 1], v1 = values[s1 &+ 1]
                let c2 = columns[s1 &+ 2], v2 = values[s1 &+ 2]
                for a in 0..<prefixCount {
                    let h = prefixColumns[a], w = prefixValues[a], q = 3 &* a
                    oc[q] = h &+ c0; oc[q &+ 1] = h &+ c1; oc[q &+ 2] = h &+ c2
                    ov[q] = w * v0; ov[q &+ 1] = w * v1; ov[q &+ 2] = w * v2
                }
            case 4:
                let c0 = columns[s1], v0 = values[s1], c1 = columns[s1 &+ 1], v1 = values[s1 &+ 1]
                let c2 = columns[s1 &+ 2], v2 = values[s1 &+ 2], c3 = columns[s1 &+ 3], v3 = values[s1 &+ 3]
                for a in 0..<prefixCount {
                    let h = prefixColumns[a], w = prefixValues[a], q = 4 &* a
                    oc[q] = h &+ c0; oc[q &+ 1] = h &+ c1; oc[q &+ 2] = h &+ c2; oc[q &+ 3] = h &+ c3
                    ov[q] = w * v0; ov[q &+ 1] = w * v1; ov[q &+ 2] = w * v2; ov[q &+ 3] = w * v3
                }
            default:
                var q = 0
                for a in 0..<prefixCount {
                    let h = prefixColumns[a], w = prefixValues[a]
                    var e = s1
                    while e < e1 { oc[q] = h &+ columns[e]; ov[q] = w * values[e]; q &+= 1; e &+= 1 }
                }
            }
            if KroneckerIndex.advance(digits, length: j, base: n) { stale = true }
        }
        lastBlock = -1
    }

    /// Returns the number of entries written (or that would be) and the forcing M_{j,0} entry.
    func emit(row r: Int, block j: Int, into destination: (UnsafeMutablePointer<Int>, UnsafeMutablePointer<Double>)?) -> (Int, Double) {
        if j == lastBlock && r == lastRow + 1 {
            // Next row of the same block: advance the base-n odometer instead of dividing.
            _ = KroneckerIndex.advance(digits, length: j, base: n)
        } else {
            var x = r
            for i in stride(from: j - 1, through: 0, by: -1) { digits[i] = x % n; x /= n }
        }
        lastBlock = j; lastRow = r
        var written = 0
        var forcing = 0.0
        for k in 0...N {
            let slot = j * (N + 1) + k
            let count = planCount[slot]
            if count == 0 { continue }
            let first = planStart[slot]
            let base = blockOffset[k]
            if count == 1 && k > 0 {
                for i in 0..<j { composition[i] = planFlat[first + i] }
                if let d = destination {
                    written &+= kronecker(j: j, base: base, destination: (d.0 + written, d.1 + written))
                } else {
                    written &+= productCount(j: j)
                }
                continue
            }
            // Several compositions (or the forcing): each product is sorted; merge them one by
            // one into a sorted, duplicate-free sum, then keep the nonzero sums.
            var needed = 0
            for c in 0..<count {
                for i in 0..<j { composition[i] = planFlat[first + c * j + i] }
                needed &+= productCount(j: j)
            }
            reserveScratch(needed)
            // Local copies of the buffer pointers: no exclusivity checks on class properties per merge.
            var merged = (mergedColumns, mergedValues), spare = (spareColumns, spareValues)
            let term = (termColumns, termValues)
            var mergedCount = 0
            for c in 0..<count {
                for i in 0..<j { composition[i] = planFlat[first + c * j + i] }
                let termCount = kronecker(j: j, base: base, destination: term)
                if k == 0 {
                    for e in 0..<termCount { forcing += term.1[e] }
                    continue
                }
                mergedCount = Self.merge(merged, mergedCount, term, termCount, into: spare)
                swap(&merged, &spare)
            }
            if k == 0 { continue }
            for e in 0..<mergedCount where merged.1[e] != 0 {
                if let d = destination { d.0[written] = merged.0[e]; d.1[written] = merged.1[e] }
                written &+= 1
            }
        }
        return (written, forcing)
    }

    typealias Entries = (UnsafeMutablePointer<Int>, UnsafeMutablePointer<Double>)

    /// Merges the sorted, duplicate-free `merged` (mergedCount entries) and the sorted `term`
    /// (termCount entries) into `out`, adding the values of equal columns; returns the count.
    /// Sums that cancel to 0 are kept here; the caller drops zeros once, at the end.
    @inline(__always)
    static func merge(_ merged: Entries, _ mergedCount: Int, _ term: Entries, _ termCount: Int, into out: Entries) -> Int {
        let (mc, mv) = merged, (tc, tv) = term, (oc, ov) = out
        var a = 0, b = 0, o = 0
        while a < mergedCount && b < termCount {
            let ca = mc[a], cb = tc[b]
            if ca < cb { oc[o] = ca; ov[o] = mv[a]; a &+= 1 }
            else if cb < ca { oc[o] = cb; ov[o] = tv[b]; b &+= 1 }
            else { oc[o] = ca; ov[o] = mv[a] + tv[b]; a &+= 1; b &+= 1 }
            o &+= 1
        }
        while a < mergedCount { oc[o] = mc[a]; ov[o] = mv[a]; a &+= 1; o &+= 1 }
        // A product of canonical CSR rows has distinct columns, so the term's tail needs no summing.
        while b < termCount { oc[o] = tc[b]; ov[o] = tv[b]; b &+= 1; o &+= 1 }
        return o
    }

    /// The Kronecker product of the rows G_{ℓ_i}[d_i] (ℓ from `composition`), written to
    /// `destination` in lexicographic (= sorted column) order. Returns the entry count.
    @inline(__always)
    func kronecker(j: Int, base: Int, destination d: (UnsafeMutablePointer<Int>, UnsafeMutablePointer<Double>)) -> Int {
        let count = productCount(j: j)
        if count == 0 { return count }
        // Local copies of the table pointers: stores through `destination` could alias `self`,
        // which would force a reload of every field in the inner loops.
        let columns = self.columns, values = self.values
        if j <= 3 {
            // Explicit nested loops for the common small j (the lexicographic order is the sorted order).
            let l0 = composition[0], s0 = rowStart(l0, digits[0]), e0 = rowEnd(l0, digits[0])
            var p = 0
            if j == 1 {
                for a in s0..<e0 { d.0[p] = base &+ columns[a]; d.1[p] = values[a]; p &+= 1 }
                return p
            }
            let l1 = composition[1], s1 = rowStart(l1, digits[1]), e1 = rowEnd(l1, digits[1]), w1 = widths[l1]
            if j == 2 {
                for a in s0..<e0 {
                    let ca = base &+ columns[a] &* w1, va = values[a]
                    for b in s1..<e1 { d.0[p] = ca &+ columns[b]; d.1[p] = va * values[b]; p &+= 1 }
                }
                return p
            }
            let l2 = composition[2], s2 = rowStart(l2, digits[2]), e2 = rowEnd(l2, digits[2]), w2 = widths[l2]
            for a in s0..<e0 {
                let ca = columns[a] &* w1, va = values[a]
                for b in s1..<e1 {
                    let cab = base &+ (ca &+ columns[b]) &* w2, vab = va * values[b]
                    for c in s2..<e2 { d.0[p] = cab &+ columns[c]; d.1[p] = vab * values[c]; p &+= 1 }
                }
            }
            return p
        }
        columnPrefix[0] = 0; valuePrefix[0] = 1
        for i in 0..<(j - 1) {
            let l = composition[i]
            index[i] = rowStart(l, digits[i])
            columnPrefix[i + 1] = columnPrefix[i] * widths[l] + columns[index[i]]
            valuePrefix[i + 1] = valuePrefix[i] * values[index[i]]
        }
        let last = composition[j - 1], lastStart = rowStart(last, digits[j - 1]), lastEnd = rowEnd(last, digits[j - 1])
        let lastWidth = widths[last]
        var p = 0
        while true {
            let head = base + columnPrefix[j - 1] * lastWidth, scale = valuePrefix[j - 1]
            for e in lastStart..<lastEnd { d.0[p] = head &+ columns[e]; d.1[p] = scale * values[e]; p &+= 1 }
            // Advance the odometer on factors 0…j−2.
            var i = j - 2
            while i >= 0 {
                let l = composition[i]
                index[i] += 1
                if index[i] < rowEnd(l, digits[i]) { break }
                index[i] = rowStart(l, digits[i])
                i -= 1
            }
            if i < 0 { break }
            for q in i..<(j - 1) {
                let l = composition[q]
                columnPrefix[q + 1] = columnPrefix[q] * widths[l] + columns[index[q]]
                valuePrefix[q + 1] = valuePrefix[q] * values[index[q]]
            }
        }
        return p
    }
}
