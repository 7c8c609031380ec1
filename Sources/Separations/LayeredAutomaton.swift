/// The minimal layered automaton of a fixed-length sequence function (statement
/// `"memory.myhill-nerode"`; Myhill–Nerode for fixed-length languages, e.g. Hopcroft–Ullman
/// 1979 §3.4, applied to streaming memory as in Zhao–Deng arXiv:2410.03094 and
/// Anschuetz–Gao arXiv:2402.08606).
///
/// Layer t (0 ≤ t ≤ n) holds one state per distinct row of `M_t[prefix, suffix] = g(prefix·suffix)`;
/// `layers[t] = r_t`. Reading bit b in state s of layer t goes to `transitions[t][2s + b]` in
/// layer t + 1; the states of layer n carry the outputs `finalOutputs`. Any deterministic
/// streaming model (automaton, RNN with a finite state set) computing g needs at least r_t
/// distinct states after t symbols, hence at least `⌈log₂ max_t r_t⌉` bits of memory, and this
/// automaton attains r_t at every layer.
///
/// Witness: `representatives[t][s]`, a prefix (as an integer, first bit most significant)
/// leading to state s. `verify(against:)` runs the automaton on every input (≤ side) and
/// checks that the representatives' rows of M_t are pairwise distinct by direct evaluation of
/// g (≥ side) — neither re-uses the backward construction.
public struct LayeredAutomaton: Sendable, Hashable, Codable {
    public let length: Int
    /// r_t for t = 0 … n.
    public let layers: [Int]
    public let transitions: [[Int]]
    public let finalOutputs: [Int]
    public let representatives: [[Int]]

    /// ⌈log₂ max_t r_t⌉: the memory lower bound in bits, attained by this automaton.
    public var memoryBits: Int { Log2.ceiling(layers.max() ?? 1) }

    /// An automaton given explicitly (e.g. read back from a certificate); check it with `verify(against:)`.
    public init(length: Int, layers: [Int], transitions: [[Int]], finalOutputs: [Int], representatives: [[Int]]) {
        self.length = length; self.layers = layers; self.transitions = transitions
        self.finalOutputs = finalOutputs; self.representatives = representatives
    }

    /// Builds the minimal automaton backwards in O(n·2ⁿ): the class of a prefix p at layer t
    /// is the pair (class of p·0, class of p·1) at layer t + 1, since the row of p is the
    /// concatenation of those two rows; at layer n the class is the output value.
    public init(_ g: SequenceFunction) {
        let n = g.length
        var cls = [[Int]](repeating: [], count: n + 1)
        var reps = [[Int]](repeating: [], count: n + 1)
        var trans = [[Int]](repeating: [], count: n)
        var labels: [Int] = []
        var outId: [Int: Int] = [:]
        cls[n] = g.outputs.enumerated().map { x, o in
            if let c = outId[o] { return c }
            outId[o] = labels.count; labels.append(o); reps[n].append(x); return labels.count - 1
        }
        for t in stride(from: n - 1, through: 0, by: -1) {
            var pairId: [Int: Int] = [:]
            let next = cls[t + 1]
            var c = [Int](repeating: 0, count: 1 << t)
            var tr: [Int] = []
            for p in 0..<(1 << t) {
                let key = next[2 * p] << 32 | next[2 * p + 1]
                if let id = pairId[key] { c[p] = id } else {
                    pairId[key] = reps[t].count; c[p] = reps[t].count; reps[t].append(p)
                    tr.append(next[2 * p]); tr.append(next[2 * p + 1])
                }
            }
            cls[t] = c; trans[t] = tr
        }
        // Representatives of layer n are inputs already; for t < n, first prefixes in order.
        self.length = n
        self.layers = reps.map(\.count)
        self.transitions = trans
        self.finalOutputs = labels
        self.representatives = reps
    }

    /// The automaton's output on input x (first bit most significant).
    public func run(_ x: Int) -> Int {
        var s = 0
        for t in 0..<length { s = transitions[t][2 * s + ((x >> (length - 1 - t)) & 1)] }
        return finalOutputs[s]
    }

    /// Re-checks the automaton against g. Returns nil when valid, else the first failure.
    public func verify(against g: SequenceFunction) -> String? {
        guard g.length == length, layers.count == length + 1, layers[0] == 1, transitions.count == length,
              representatives.count == length + 1, finalOutputs.count == layers[length] else { return "the automaton's shape does not match length \(g.length)" }
        for t in 0..<length {
            guard transitions[t].count == 2 * layers[t], transitions[t].allSatisfy({ (0..<layers[t + 1]).contains($0) }) else {
                return "layer \(t) transitions are malformed"
            }
        }
        for x in 0..<(1 << length) where run(x) != g.outputs[x] { return "the automaton outputs \(run(x)) on input \(x), expected \(g.outputs[x])" }
        for t in 0...length {
            guard representatives[t].count == layers[t] else { return "layer \(t) lists \(representatives[t].count) representatives, expected \(layers[t])" }
            let s = length - t
            var rows = Set<[Int]>()
            for p in representatives[t] {
                guard (0..<(1 << t)).contains(p) else { return "representative \(p) is not a prefix of length \(t)" }
                rows.insert((0..<(1 << s)).map { g.outputs[(p << s) | $0] })
            }
            if rows.count != layers[t] { return "layer \(t): the representatives' rows are not pairwise distinct" }
        }
        return nil
    }
}
