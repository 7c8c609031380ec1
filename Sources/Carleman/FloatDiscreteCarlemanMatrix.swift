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

        /// Row r of block j: the entries of (M_{j,k})_{k=1..N} in global columns, sorted, summed,
        /// and the forcing M_{j,0}.
        @Sendable func expandRow(_ j: Int, _ r: Int, _ out: inout [(Int, Double)], _ forcing: inout Double) {
            out.removeAll(keepingCapacity: true)
            var digits = [Int](repeating: 0, count: j)
            var x = r
            for i in stride(from: j - 1, through: 0, by: -1) { digits[i] = x % n; x /= n }
            for k in 0...N {
                let runs = plan[j][k]
                if runs.isEmpty { continue }
                let start = out.count
                let base = k == 0 ? 0 : layout.offset(k)
                for comp in runs {
                    // Kronecker product of the rows G_{ℓ_i}[d_i], in lexicographic (sorted) order.
                    func walk(_ i: Int, _ column: Int, _ value: Double) {
                        if i == j { out.append((base + column, value)); return }
                        let l = comp[i], d = digits[i], w = widths[l]
                        let st = gS[l], cs = gC[l], vs = gV[l]
                        for e in st[d]..<st[d + 1] { walk(i + 1, column * w + cs[e], value * vs[e]) }
                    }
                    walk(0, 0, 1)
                }
                if k == 0 {
                    for e in start..<out.count { forcing += out[e].1 }
                    out.removeLast(out.count - start)
                    continue
                }
                if runs.count > 1 {
                    // Several compositions land in this block: sort the segment and sum repeats.
                    out[start...].sort { $0.0 < $1.0 }
                    var w = start
                    for e in start..<out.count {
                        if w > start, out[w - 1].0 == out[e].0 { out[w - 1].1 += out[e].1 } else { out[w] = out[e]; w += 1 }
                    }
                    out.removeLast(out.count - w)
                }
            }
            out.removeAll { $0.1 == 0 }
        }
        @Sendable func blockOf(_ global: Int) -> (Int, Int) {
            var j = 1
            while layout.offsets[j] <= global { j += 1 }
            return (j, global - layout.offset(j))
        }
        let delta = layout.dimension
        let parts = Swift.max(1, Swift.min(threads, delta / 1024 + 1))
        let bounds = (0...parts).map { $0 * delta / parts }
        func each(_ body: @escaping @Sendable (Int) -> Void) {
            if parts == 1 { body(0) } else { DispatchQueue.concurrentPerform(iterations: parts, execute: body) }
        }
        var offsets = [Int](repeating: 0, count: delta + 1)
        var forcing = [Double](repeating: 0, count: delta)
        offsets.withUnsafeMutableBufferPointer { ob in
            forcing.withUnsafeMutableBufferPointer { fb in
                let counts = UnsafeSendable(ob.baseAddress! + 1), fs = UnsafeSendable(fb.baseAddress!)
                each { k in
                    var buffer: [(Int, Double)] = []
                    for g in bounds[k]..<bounds[k + 1] {
                        let (j, r) = blockOf(g)
                        var f = 0.0
                        expandRow(j, r, &buffer, &f)
                        counts.value[g] = buffer.count
                        fs.value[g] = f
                    }
                }
            }
            for i in 0..<delta { ob[i + 1] += ob[i] }
        }
        let total = offsets[delta]
        let rowOffsets = offsets
        var values: [Double] = []
        let columns = [Int](unsafeUninitializedCapacity: total) { colBuffer, colCount in
            values = [Double](unsafeUninitializedCapacity: total) { valBuffer, valCount in
                let cb = UnsafeSendable(colBuffer.baseAddress), vb = UnsafeSendable(valBuffer.baseAddress)
                each { k in
                    guard let c = cb.value, let v = vb.value else { return }
                    var buffer: [(Int, Double)] = []
                    for g in bounds[k]..<bounds[k + 1] {
                        let (j, r) = blockOf(g)
                        var f = 0.0
                        expandRow(j, r, &buffer, &f)
                        var p = rowOffsets[g]
                        for (col, val) in buffer { c[p] = col; v[p] = val; p += 1 }
                    }
                }
                valCount = total
            }
            colCount = total
        }
        self.layout = layout
        self.step = SparseMatrix(trustedCanonicalRowCount: delta, columnCount: delta, rowOffsets: offsets, columnIndices: columns, values: values)
        self.forcing = forcing
    }
}
