// Shared helpers for the Simulate tests: independent dense reference routes and seeded
// random inputs. Nothing here calls the code under test except where stated.

import Numerics
import Simulate

typealias C = Complex<Double>

/// max_i |a_i − b_i| (∞ if the lengths differ).
func maxAbsDifference(_ a: [Double], _ b: [Double]) -> Double {
    guard a.count == b.count else { return .infinity }
    return zip(a, b).map { abs($0 - $1) }.max() ?? 0
}

/// max_i |a_i − b_i| for complex vectors (∞ if the lengths differ).
func maxAbsDifference(_ a: [C], _ b: [C]) -> Double {
    guard a.count == b.count else { return .infinity }
    return zip(a, b).map { ($0 - $1).length }.max() ?? 0
}

/// Dense real matrix–vector product, row by row.
func denseMultiply(_ a: [[Double]], _ x: [Double]) -> [Double] {
    a.map { row in zip(row, x).reduce(0) { $0 + $1.0 * $1.1 } }
}

/// Kronecker product of two real vectors, first factor most significant.
func kronVector(_ x: [Double], _ y: [Double]) -> [Double] {
    x.flatMap { xi in y.map { xi * $0 } }
}

/// Kronecker product of complex vectors.
func kronVector(_ x: [C], _ y: [C]) -> [C] {
    x.flatMap { xi in y.map { xi * $0 } }
}

/// Dense complex matrix as rows.
typealias DenseC = [[C]]

func denseIdentity(_ n: Int) -> DenseC {
    (0..<n).map { i in (0..<n).map { j in i == j ? C.one : C.zero } }
}

/// Kronecker product of dense complex matrices, written from the definition.
func denseKron(_ a: DenseC, _ b: DenseC) -> DenseC {
    let p = b.count, q = b[0].count
    var out = DenseC(repeating: [C](repeating: .zero, count: a[0].count * q), count: a.count * p)
    for i in 0..<a.count { for j in 0..<a[0].count { for k in 0..<p { for l in 0..<q {
        out[i * p + k][j * q + l] = a[i][j] * b[k][l]
    } } } }
    return out
}

func denseApply(_ m: DenseC, _ v: [C]) -> [C] {
    m.map { row in
        var s = C.zero
        for (x, y) in zip(row, v) { s += x * y }
        return s
    }
}

func denseProduct(_ a: DenseC, _ b: DenseC) -> DenseC {
    a.map { row in
        (0..<b[0].count).map { j in
            var s = C.zero
            for k in 0..<b.count { s += row[k] * b[k][j] }
            return s
        }
    }
}

func denseAdjoint(_ a: DenseC) -> DenseC {
    (0..<a[0].count).map { j in (0..<a.count).map { i in a[i][j].conjugate } }
}

func gateRows(_ g: SingleQubitGate) -> DenseC { [[g.u00, g.u01], [g.u10, g.u11]] }

/// `I ⊗ … ⊗ U ⊗ … ⊗ I` with `U` in slot `q` of `n` (slot 0 leftmost = most significant):
/// the textbook route, independent of the simulator's bit tricks.
func embedSingle(_ g: SingleQubitGate, qubit q: Int, n: Int) -> DenseC {
    var m: DenseC = [[.one]]
    for k in 0..<n { m = denseKron(m, k == q ? gateRows(g) : denseIdentity(2)) }
    return m
}

/// The `2ⁿ × 2ⁿ` matrix of a `4 × 4` gate `u` on ordered qubits `(a, b)`, built entry by entry
/// from the binary digits of row and column (written with strings of bits, not masks).
func embedTwo(_ u: [C], first a: Int, second b: Int, n: Int) -> DenseC {
    let d = 1 << n
    // Binary digits of x, most significant first, padded to n digits: digit k is qubit k.
    func bits(_ x: Int) -> [Int] {
        let s = String(x, radix: 2)
        let padded = String(repeating: "0", count: n - s.count) + s
        return padded.map { $0 == "1" ? 1 : 0 }
    }
    var m = DenseC(repeating: [C](repeating: .zero, count: d), count: d)
    for r in 0..<d {
        let rb = bits(r)
        for c in 0..<d {
            let cb = bits(c)
            var othersEqual = true
            for k in 0..<n where k != a && k != b && rb[k] != cb[k] { othersEqual = false }
            guard othersEqual else { continue }
            m[r][c] = u[(2 * rb[a] + rb[b]) * 4 + (2 * cb[a] + cb[b])]
        }
    }
    return m
}

/// A random unitary 2×2 gate: e^{iα} Rz(β) Ry(γ) Rz(δ) (ZYZ Euler decomposition).
func randomGate(_ rng: inout Xoshiro256StarStar) -> SingleQubitGate {
    let a = Double.random(in: -3...3, using: &rng)
    let b = try! SingleQubitGate.rz(Double.random(in: -3...3, using: &rng))
    let c = try! SingleQubitGate.ry(Double.random(in: -3...3, using: &rng))
    let d = try! SingleQubitGate.rz(Double.random(in: -3...3, using: &rng))
    let u = b.after(c).after(d)
    let ph = C(Double.cos(a), Double.sin(a))
    return try! SingleQubitGate(ph * u.u00, ph * u.u01, ph * u.u10, ph * u.u11, tolerance: 1e-12)
}

/// A random circuit of `length` operations on `n` qubits mixing every operation kind.
func randomCircuit(qubits n: Int, length: Int, _ rng: inout Xoshiro256StarStar) -> [CircuitOperation] {
    let named: [SingleQubitGate] = [.identity, .pauliX, .pauliY, .pauliZ, .hadamard, .s, .sDagger, .t, .tDagger]
    var ops: [CircuitOperation] = []
    for _ in 0..<length {
        let kind = n == 1 ? Int.random(in: 0...1, using: &rng) : Int.random(in: 0...5, using: &rng)
        let q = Int.random(in: 0..<n, using: &rng)
        var q2 = Int.random(in: 0..<max(n - 1, 1), using: &rng)
        if q2 >= q { q2 += 1 }
        switch kind {
        case 0: ops.append(.single(named.randomElement(using: &rng)!, qubit: q))
        case 1: ops.append(.single(randomGate(&rng), qubit: q))
        case 2: ops.append(.controlled(randomGate(&rng), control: q, target: q2))
        case 3: ops.append(.twoQubit([TwoQubitGate.cnot, .cz, .swap].randomElement(using: &rng)!, first: q, second: q2))
        case 4: ops.append(.twoQubit(.tensor(randomGate(&rng), randomGate(&rng)), first: q, second: q2))
        default: ops.append(.twoQubit(.controlled(randomGate(&rng)), first: q, second: q2))
        }
    }
    return ops
}

/// Dense matrix of one circuit operation (textbook route).
func denseMatrix(of op: CircuitOperation, n: Int) -> DenseC {
    switch op {
    case let .single(g, q): return embedSingle(g, qubit: q, n: n)
    case let .controlled(g, c, t): return embedTwo(TwoQubitGate.controlled(g).elements, first: c, second: t, n: n)
    case let .twoQubit(g, a, b): return embedTwo(g.elements, first: a, second: b, n: n)
    }
}

/// Dense matrix of a Pauli string on `n` qubits, as a Kronecker product of 2×2 Paulis.
func densePauli(_ text: String) -> DenseC {
    var m: DenseC = [[.one]]
    for ch in text {
        let p: DenseC
        switch ch {
        case "X": p = [[.zero, .one], [.one, .zero]]
        case "Y": p = [[.zero, C(0, -1)], [C(0, 1), .zero]]
        case "Z": p = [[.one, .zero], [.zero, C(-1, 0)]]
        default: p = denseIdentity(2)
        }
        m = denseKron(m, p)
    }
    return m
}

/// ⟨v|M|v⟩ by dense products.
func denseExpectation(_ m: DenseC, _ v: [C]) -> C {
    let mv = denseApply(m, v)
    var s = C.zero
    for (a, b) in zip(v, mv) { s += a.conjugate * b }
    return s
}

/// A random sparse matrix (with duplicate coordinates) and its dense twin, accumulated
/// independently of `SparseMatrix`.
func randomSparse(rows: Int, columns: Int, entries: Int, _ rng: inout Xoshiro256StarStar)
    -> (sparse: SparseMatrix, dense: [[Double]])
{
    var dense = [[Double]](repeating: [Double](repeating: 0, count: columns), count: rows)
    var triplets: [(row: Int, column: Int, value: Double)] = []
    for _ in 0..<entries {
        let r = Int.random(in: 0..<rows, using: &rng), c = Int.random(in: 0..<columns, using: &rng)
        let v = Double.random(in: -2...2, using: &rng)
        triplets.append((r, c, v))
        dense[r][c] += v
    }
    return (try! SparseMatrix(rowCount: rows, columnCount: columns, triplets: triplets), dense)
}

func randomVector(_ n: Int, _ rng: inout Xoshiro256StarStar, in range: ClosedRange<Double> = -1...1) -> [Double] {
    (0..<n).map { _ in Double.random(in: range, using: &rng) }
}
