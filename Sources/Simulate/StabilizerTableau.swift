/// A stabilizer state on n qubits in the Aaronson–Gottesman tableau form: rows 0..<n are the
/// destabilizers, rows n..<2n the stabilizers, row 2n scratch; each row is a Pauli string with
/// bit-packed x and z parts (64 qubits per word) and a sign bit. Gates update every row in O(n);
/// a Z measurement costs O(n²) in the worst case (less when rows are sparse).
///
/// Reference: S. Aaronson & D. Gottesman, "Improved simulation of stabilizer circuits",
/// PRA 70 (2004) 052328 (the CHP algorithm: gate rules, `rowsum`, measurement).
public struct StabilizerTableau: Sendable, Equatable {
    public static let maximumQubitCount = 100_000
    public let qubitCount: Int
    let words: Int
    var x: [UInt64]   // (2n+1) rows × words
    var z: [UInt64]
    var r: [UInt8]

    /// |0…0⟩.
    public init(qubitCount n: Int) throws {
        guard n >= 1, n <= StabilizerTableau.maximumQubitCount else {
            throw SimulationError.invalidSize(what: "qubit count", value: n, expected: "1...\(StabilizerTableau.maximumQubitCount)")
        }
        qubitCount = n
        words = (n + 63) / 64
        x = Array(repeating: 0, count: (2 * n + 1) * words)
        z = Array(repeating: 0, count: (2 * n + 1) * words)
        r = Array(repeating: 0, count: 2 * n + 1)
        for i in 0..<n {
            x[i * words + i / 64] |= 1 << UInt64(i % 64)          // destabilizer X_i
            z[(n + i) * words + i / 64] |= 1 << UInt64(i % 64)    // stabilizer Z_i
        }
    }

    @inline(__always) func bit(_ v: [UInt64], _ row: Int, _ q: Int) -> UInt64 { (v[row * words + q / 64] >> UInt64(q % 64)) & 1 }

    /// Applies a Clifford gate (noise operations are ignored: this is the noiseless reference).
    public mutating func apply(_ op: CliffordOperation) throws {
        try op.validate(qubitCount: qubitCount)
        let rows = 2 * qubitCount
        switch op {
        case .h(let a):
            let w = a / 64, m: UInt64 = 1 << UInt64(a % 64)
            for i in 0..<rows {
                let xi = x[i * words + w] & m, zi = z[i * words + w] & m
                if xi != 0 && zi != 0 { r[i] ^= 1 }
                x[i * words + w] = (x[i * words + w] & ~m) | zi
                z[i * words + w] = (z[i * words + w] & ~m) | xi
            }
        case .s(let a):
            let w = a / 64, m: UInt64 = 1 << UInt64(a % 64)
            for i in 0..<rows {
                let xi = x[i * words + w] & m
                if xi != 0 && z[i * words + w] & m != 0 { r[i] ^= 1 }
                z[i * words + w] ^= xi
            }
        case .z(let a):
            // Z = S·S: flips the sign of rows with an X (or Y) on a.
            for i in 0..<rows where bit(x, i, a) == 1 { r[i] ^= 1 }
        case .x(let a):
            for i in 0..<rows where bit(z, i, a) == 1 { r[i] ^= 1 }
        case let .cnot(a, b):
            for i in 0..<rows {
                let xa = bit(x, i, a), zb = bit(z, i, b), xb = bit(x, i, b), za = bit(z, i, a)
                if xa & zb & (xb ^ za ^ 1) == 1 { r[i] ^= 1 }
                if xa == 1 { x[i * words + b / 64] ^= 1 << UInt64(b % 64) }
                if zb == 1 { z[i * words + a / 64] ^= 1 << UInt64(a % 64) }
            }
        case let .cz(a, b):
            try apply(.h(b)); try apply(.cnot(control: a, target: b)); try apply(.h(b))
        case let .swap(a, b):
            try apply(.cnot(control: a, target: b)); try apply(.cnot(control: b, target: a)); try apply(.cnot(control: a, target: b))
        case .depolarize1:
            break
        }
    }

    /// The exponent of i contributed by multiplying Pauli (x1, z1) into (x2, z2) (the function g
    /// of Aaronson–Gottesman).
    @inline(__always) static func g(_ x1: UInt64, _ z1: UInt64, _ x2: UInt64, _ z2: UInt64) -> Int {
        if x1 == 0 && z1 == 0 { return 0 }
        if x1 == 1 && z1 == 1 { return Int(z2) - Int(x2) }
        if x1 == 1 { return Int(z2) * (2 * Int(x2) - 1) }
        return Int(x2) * (1 - 2 * Int(z2))
    }

    /// Row h ← row i · row h, with the sign tracked exactly (mod 4 phase is 0 or 2).
    mutating func rowsum(_ h: Int, _ i: Int) {
        var e = 2 * Int(r[h]) + 2 * Int(r[i])
        for w in 0..<words {
            let xi = x[i * words + w], zi = z[i * words + w]
            var support = xi | zi
            while support != 0 {
                let t = support.trailingZeroBitCount
                support &= support - 1
                let q = UInt64(t)
                e += StabilizerTableau.g((xi >> q) & 1, (zi >> q) & 1, (x[h * words + w] >> q) & 1, (z[h * words + w] >> q) & 1)
            }
            x[h * words + w] ^= xi
            z[h * words + w] ^= zi
        }
        r[h] = ((e % 4) + 4) % 4 == 2 ? 1 : 0
    }

    /// Measures qubit a in the Z basis: returns the outcome (0 or 1) and whether it was random.
    public mutating func measure(_ a: Int, using rng: inout some RandomNumberGenerator) throws -> (outcome: Int, random: Bool) {
        guard a >= 0, a < qubitCount else { throw SimulationError.invalidQubit(qubit: a, qubitCount: qubitCount) }
        let n = qubitCount
        if let p = (n..<(2 * n)).first(where: { bit(x, $0, a) == 1 }) {
            for i in 0..<(2 * n) where i != p && bit(x, i, a) == 1 { rowsum(i, p) }
            for w in 0..<words { x[(p - n) * words + w] = x[p * words + w]; z[(p - n) * words + w] = z[p * words + w] }
            r[p - n] = r[p]
            for w in 0..<words { x[p * words + w] = 0; z[p * words + w] = 0 }
            z[p * words + a / 64] = 1 << UInt64(a % 64)
            r[p] = UInt8(rng.next() & 1)
            return (Int(r[p]), true)
        }
        let s = 2 * n
        for w in 0..<words { x[s * words + w] = 0; z[s * words + w] = 0 }
        r[s] = 0
        for i in 0..<n where bit(x, i, a) == 1 { rowsum(s, i + n) }
        return (Int(r[s]), false)
    }
}
