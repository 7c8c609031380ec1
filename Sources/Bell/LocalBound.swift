import Dispatch
import Exact
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exact local bounds of Bell functionals (`bell.local-bound`): the maximum over the vertices of
/// the local polytope (deterministic strategies), computed in exact integers after scaling the
/// rational coefficients by their common denominator.
///
/// - Bipartite correlator functionals: Bob's ±1 vector `b` is walked in Gray-code order (one
///   entry changes per step, so `s = α + C b` is updated in O(m_A)), and Alice is optimised in
///   closed form, `max_a [a·s] = Σ_x |s_x|`. The value is `c₀₀ + max_b [β·b + Σ_x |α_x + (Cb)_x|]`.
///   The smaller party is enumerated; when neither party has marginal terms, `b` and
///   `−b` give the same value and only half of the walk is needed. Cost `O(2^{m_B} m_A)`.
/// - Any scenario (probability notation; any outputs, any number of parties): the deterministic
///   strategies of all parties but one are enumerated, and the last party answers each input
///   with its best output.
///
/// Work is split into chunks run on all cores (`DispatchQueue.concurrentPerform`). Runs whose
/// estimated number of elementary steps exceeds `stepLimit` are refused unless `force` is set.
/// References: Ket.jl `local_bound` (the closed-form party and the Gray-code idea for
/// correlation matrices); B. S. Tsirelson's and Fine's characterisation of the local polytope
/// by deterministic strategies (A. Fine, PRL 48 (1982) 291).
public enum LocalBound {
    /// Default refusal threshold in elementary steps (about a minute on one core).
    public static let stepLimit: Double = 1.6e10

    /// The local bound of `f` in whichever notation it is written; binary bipartite functionals
    /// use the Gray-code walk.
    public static func compute(_ f: BellFunctional, force: Bool = false,
                               progress: (@Sendable (Int, Int) -> Void)? = nil) throws(BellError) -> LocalBoundResult {
        switch f {
        case .correlator(let c) where c.inputs.count == 2:
            return try grayCode(c, force: force, progress: progress)
        case .collinsGisin(let c) where c.scenario.parties == 2 && c.scenario.isBinary:
            return try grayCode(try c.probabilityForm().correlatorForm(), force: force, progress: progress)
        default:
            return try enumeration(f.probabilityForm, force: force, progress: progress)
        }
    }

    /// Estimated elementary steps of the Gray-code walk.
    public static func grayCodeSteps(inputs mA: Int, _ mB: Int) -> Double {
        let e = Swift.min(mA, mB), o = Swift.max(mA, mB)
        return Double(o + 1) * pow2(e)
    }

    static func pow2(_ k: Int) -> Double { Double(sign: .plus, exponent: k, significand: 1) }

    // MARK: Gray code

    /// The local bound of a bipartite correlator functional by the Gray-code walk.
    public static func grayCode(_ f: CorrelatorFunctional, force: Bool = false,
                                progress: (@Sendable (Int, Int) -> Void)? = nil) throws(BellError) -> LocalBoundResult {
        guard f.inputs.count == 2 else { throw .invalid("the Gray-code walk needs a bipartite correlator functional") }
        let steps = grayCodeSteps(inputs: f.inputs[0], f.inputs[1])
        guard f.inputs.min()! <= 62 else { throw .tooLarge(what: "the local bound", estimate: "2^\(f.inputs.min()!)", limit: "2^62") }
        if !force && steps > stepLimit {
            throw .tooLarge(what: "the local bound of a \(f.inputs[0])×\(f.inputs[1]) correlator functional",
                            estimate: String(format6(steps)), limit: format6(stepLimit))
        }
        let scaled = ScaledCoefficients(f.coefficients)
        if scaled.fitsInt {
            return walk(f, scaled.integers.map { Int(exactly: $0) }, scaled.denominator, arithmetic: "int64", progress: progress)
        }
        return walk(f, scaled.integers, scaled.denominator, arithmetic: "big-integer", progress: progress)
    }

    static func format6(_ x: Double) -> String {
        if x < 1e6 { return String(Int(x)) }
        var e = 0, m = x
        while m >= 10 { m /= 10; e += 1 }
        return "\(Double(Int(m * 100)) / 100)e\(e)"
    }

    private static func walk<T: LocalBoundScalar>(_ f: CorrelatorFunctional, _ c: [T], _ denominator: BigInteger,
                                                  arithmetic: String, progress: (@Sendable (Int, Int) -> Void)?) -> LocalBoundResult {
        let mA = f.inputs[0], mB = f.inputs[1], w = mB + 1
        // Enumerate the party with fewer inputs ("E", vector b); optimise the other ("O").
        let enumerateAlice = mA < mB
        let mE = enumerateAlice ? mA : mB, mO = enumerateAlice ? mB : mA
        func entry(_ o: Int, _ e: Int) -> T {   // o, e are 0 for "absent", else input + 1
            enumerateAlice ? c[e * w + o] : c[o * w + e]
        }
        let alpha = (0..<mO).map { entry($0 + 1, 0) }
        let beta = (0..<mE).map { entry(0, $0 + 1) }
        let twiceBeta = beta.map { $0 + $0 }
        let columns = (0..<mE).map { j in (0..<mO).map { entry($0 + 1, j + 1) } }
        let twiceColumns = columns.map { $0.map { $0 + $0 } }
        let symmetric = beta.allSatisfy { $0 == T.zeroValue } && alpha.allSatisfy { $0 == T.zeroValue }
        let total = 1 << (symmetric ? mE - 1 : mE)
        let chunks = Swift.min(total, 256)
        let results = ChunkResults<(T, Int)>(count: chunks)
        let done = ChunkResults<Int>(count: chunks)
        // Int64 fast path: flat column-major storage and unsafe buffers in the inner loop.
        let intData: (alpha: [Int], beta: [Int], twiceColumns: [Int], columns: [Int])? = T.self == Int.self
            ? (alpha as! [Int], beta as! [Int], (twiceColumns as! [[Int]]).flatMap { $0 }, (columns as! [[Int]]).flatMap { $0 }) : nil
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = total / chunks * chunk + Swift.min(chunk, total % chunks)
            let end = start + total / chunks + (chunk < total % chunks ? 1 : 0)
            if let d = intData {
                let r = LocalBound.grayChunkInt(alpha: d.alpha, beta: d.beta, columns: d.columns, twiceColumns: d.twiceColumns,
                                                mO: mO, mE: mE, start: start, end: end)
                results.set(chunk, (r.0 as! T, r.1))
                if let p = progress { done.set(chunk, 1); p(done.values.count, chunks) }
                return
            }
            var g = start ^ (start >> 1)
            var s = alpha
            var bb = T.zeroValue
            for j in 0..<mE {
                let negative = (g >> j) & 1 == 1
                for x in 0..<mO { s[x] = negative ? s[x] - columns[j][x] : s[x] + columns[j][x] }
                bb = negative ? bb - beta[j] : bb + beta[j]
            }
            func value() -> T {
                var v = bb
                for x in 0..<mO { v = v + s[x].absoluteValue }
                return v
            }
            var best = value(), bestG = g
            var k = start + 1
            while k < end {
                let j = k.trailingZeroBitCount
                g ^= 1 << j
                if (g >> j) & 1 == 1 {      // b_j: +1 → −1
                    let col = twiceColumns[j]
                    for x in 0..<mO { s[x] = s[x] - col[x] }
                    bb = bb - twiceBeta[j]
                } else {                    // b_j: −1 → +1
                    let col = twiceColumns[j]
                    for x in 0..<mO { s[x] = s[x] + col[x] }
                    bb = bb + twiceBeta[j]
                }
                let v = value()
                if v > best { best = v; bestG = g }
                k += 1
            }
            results.set(chunk, (best, bestG))
            if let p = progress { done.set(chunk, 1); p(done.values.count, chunks) }
        }
        var best = results.values[0]
        for r in results.values.dropFirst() where r.0 > best.0 || (r.0 == best.0 && r.1 < best.1) { best = r }
        // The witness: b from the best Gray index, a_x = sign of s_x (ties to +1).
        let b = (0..<mE).map { (best.1 >> $0) & 1 == 1 ? -1 : 1 }
        var s = alpha
        for j in 0..<mE { for x in 0..<mO { s[x] = b[j] < 0 ? s[x] - columns[j][x] : s[x] + columns[j][x] } }
        let a = s.map { $0 < T.zeroValue ? -1 : 1 }
        let toOutcome: ([Int]) -> [Int] = { $0.map { $0 > 0 ? 0 : 1 } }
        let strategy = DeterministicStrategy(answers: enumerateAlice ? [toOutcome(b), toOutcome(a)] : [toOutcome(a), toOutcome(b)])
        let value = try! Rational(numerator: best.0.bigInteger + c[0].bigInteger, denominator: denominator)
        return LocalBoundResult(value: value, strategy: strategy, method: "gray-code", arithmetic: arithmetic,
                                strategiesExamined: UInt64(total))
    }

    /// One chunk `[start, end)` of the Gray-code walk in Int64 (overflow excluded by the caller's
    /// bound on the sum of absolute values). Returns the best value of `β·b + Σ|s_x|` and its
    /// Gray code.
    static func grayChunkInt(alpha: [Int], beta: [Int], columns: [Int], twiceColumns: [Int],
                             mO: Int, mE: Int, start: Int, end: Int) -> (Int, Int) {
        var g = start ^ (start >> 1)
        var s = alpha
        var bb = 0
        for j in 0..<mE {
            let negative = (g >> j) & 1 == 1
            for x in 0..<mO { s[x] += negative ? -columns[j * mO + x] : columns[j * mO + x] }
            bb += negative ? -beta[j] : beta[j]
        }
        return s.withUnsafeMutableBufferPointer { S in
            twiceColumns.withUnsafeBufferPointer { T2 in
                var v = bb
                for x in 0..<mO { v &+= abs(S[x]) }
                var best = v, bestG = g
                var k = start + 1
                while k < end {
                    let j = k.trailingZeroBitCount
                    g ^= 1 << j
                    let base = j * mO
                    if (g >> j) & 1 == 1 {
                        for x in 0..<mO { S[x] &-= T2[base + x] }
                        bb &-= 2 &* beta[j]
                    } else {
                        for x in 0..<mO { S[x] &+= T2[base + x] }
                        bb &+= 2 &* beta[j]
                    }
                    var v = bb
                    for x in 0..<mO { v &+= abs(S[x]) }
                    if v > best { best = v; bestG = g }
                    k += 1
                }
                return (best, bestG)
            }
        }
    }

    // MARK: General enumeration

    /// Estimated elementary steps of the general enumeration, and the party answered in closed form.
    public static func enumerationPlan(_ s: BellScenario) -> (steps: Double, freeParty: Int) {
        let logSizes = (0..<s.parties).map { Double(s.inputs[$0]) * log2(Double(s.outputs[$0])) }
        let free = logSizes.indices.max { logSizes[$0] < logSizes[$1] }!
        let others = logSizes.enumerated().filter { $0.offset != free }.reduce(0.0) { $0 + $1.element }
        return (exp2(others) * Double(s.inputTupleCount) * Double(s.outputs[free]), free)
    }

    /// The local bound of a full-probability functional by enumerating the deterministic
    /// strategies of all parties but one (the party with the most strategies answers in closed form).
    public static func enumeration(_ f: ProbabilityFunctional, force: Bool = false,
                                   progress: (@Sendable (Int, Int) -> Void)? = nil) throws(BellError) -> LocalBoundResult {
        let (steps, free) = enumerationPlan(f.scenario)
        if !(steps < 4e18) { throw .tooLarge(what: "the local bound", estimate: format6(steps), limit: "4e18 even with --force") }
        if !force && steps > stepLimit {
            throw .tooLarge(what: "the local bound in scenario \(f.scenario)", estimate: format6(steps), limit: format6(stepLimit))
        }
        let scaled = ScaledCoefficients(f.coefficients)
        if scaled.fitsInt {
            return enumerate(f, free: free, scaled.integers.map { Int(exactly: $0) }, scaled.denominator, arithmetic: "int64", progress: progress)
        }
        return enumerate(f, free: free, scaled.integers, scaled.denominator, arithmetic: "big-integer", progress: progress)
    }

    private static func enumerate<T: LocalBoundScalar>(_ f: ProbabilityFunctional, free: Int, _ v: [T], _ denominator: BigInteger,
                                                       arithmetic: String, progress: (@Sendable (Int, Int) -> Void)?) -> LocalBoundResult {
        let s = f.scenario, n = s.parties
        let nx = s.inputTupleCount
        let others = (0..<n).filter { $0 != free }
        // The odometer digits: (party, input) pairs of the other parties, radix = that party's outputs.
        let slots = others.flatMap { p in (0..<s.inputs[p]).map { (p, $0) } }
        let radices = slots.map { s.outputs[$0.0] }
        let total = radices.reduce(1, *)
        var strides = Array(repeating: 1, count: n)
        for i in stride(from: n - 2, through: 0, by: -1) { strides[i] = strides[i + 1] * s.outputs[i + 1] }
        let outStride = strides
        let xs = (0..<nx).map { BellScenario.digits($0, radices: s.inputs) }
        // slotOf[p][x] = position in `slots`
        var slotTable = (0..<n).map { Array(repeating: 0, count: s.inputs[$0]) }
        for (k, (p, x)) in slots.enumerated() { slotTable[p][x] = k }
        let slotOf = slotTable
        let mF = s.inputs[free], oF = s.outputs[free]
        let chunks = Swift.min(total, 256)
        let results = ChunkResults<(T, Int)>(count: chunks)
        let done = ChunkResults<Int>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = total / chunks * chunk + Swift.min(chunk, total % chunks)
            let end = start + total / chunks + (chunk < total % chunks ? 1 : 0)
            var digits = BellScenario.digits(start, radices: radices)
            var g = Array(repeating: T.zeroValue, count: mF * oF)
            var best: T? = nil, bestIndex = start
            for t in start..<end {
                for k in 0..<g.count { g[k] = T.zeroValue }
                for xi in 0..<nx {
                    let x = xs[xi]
                    var base = 0
                    for p in others { base += digits[slotOf[p][x[p]]] * outStride[p] }
                    let y = x[free]
                    for b in 0..<oF {
                        let c = v[(base + b * outStride[free]) * nx + xi]
                        g[y * oF + b] = g[y * oF + b] + c
                    }
                }
                var value = T.zeroValue
                for y in 0..<mF {
                    var m = g[y * oF]
                    for b in 1..<oF where g[y * oF + b] > m { m = g[y * oF + b] }
                    value = value + m
                }
                if best == nil || value > best! { best = value; bestIndex = t }
                // advance the odometer
                var i = digits.count - 1
                while i >= 0 { digits[i] += 1; if digits[i] < radices[i] { break }; digits[i] = 0; i -= 1 }
            }
            results.set(chunk, (best!, bestIndex))
            if let p = progress { done.set(chunk, 1); p(done.values.count, chunks) }
        }
        var best = results.values[0]
        for r in results.values.dropFirst() where r.0 > best.0 || (r.0 == best.0 && r.1 < best.1) { best = r }
        let digits = BellScenario.digits(best.1, radices: radices)
        var answers = (0..<n).map { Array(repeating: 0, count: s.inputs[$0]) }
        for (k, (p, x)) in slots.enumerated() { answers[p][x] = digits[k] }
        // The free party's best responses, recomputed for the witness.
        var g = Array(repeating: T.zeroValue, count: mF * oF)
        for xi in 0..<nx {
            let x = xs[xi]
            var base = 0
            for p in others { base += answers[p][x[p]] * outStride[p] }
            for b in 0..<oF { g[x[free] * oF + b] = g[x[free] * oF + b] + v[(base + b * outStride[free]) * nx + xi] }
        }
        for y in 0..<mF {
            var bBest = 0
            for b in 1..<oF where g[y * oF + b] > g[y * oF + bBest] { bBest = b }
            answers[free][y] = bBest
        }
        let value = try! Rational(numerator: best.0.bigInteger, denominator: denominator)
        return LocalBoundResult(value: value, strategy: DeterministicStrategy(answers: answers), method: "enumeration",
                                arithmetic: arithmetic, strategiesExamined: UInt64(total))
    }
}
