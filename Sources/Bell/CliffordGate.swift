/// The Clifford gates of the Zhao–Deng circuits, on qubits named by index. One description
/// drives every backend: the interval unitaries of `QuantumStrategy`, Simulate's `StateVector`,
/// the exact `DyadicCliffordState` and the Pauli-frame propagation of the noise model.
public enum CliffordGate: Sendable, Hashable {
    case h(Int)
    case z(Int)
    case cnot(control: Int, target: Int)
    case cz(Int, Int)
    case swap(Int, Int)

    /// The gate with qubit indices shifted by `offset`.
    public func shifted(by offset: Int) -> CliffordGate {
        switch self {
        case .h(let q): return .h(q + offset)
        case .z(let q): return .z(q + offset)
        case let .cnot(c, t): return .cnot(control: c + offset, target: t + offset)
        case let .cz(a, b): return .cz(a + offset, b + offset)
        case let .swap(a, b): return .swap(a + offset, b + offset)
        }
    }

    /// The qubits the gate touches.
    public var qubits: [Int] {
        switch self {
        case .h(let q), .z(let q): return [q]
        case let .cnot(c, t): return [c, t]
        case let .cz(a, b), let .swap(a, b): return [a, b]
        }
    }

    /// Conjugates a Pauli frame (bit masks `x`, `z`; qubit q is bit `n − 1 − q`, qubit 0 most
    /// significant) through the gate, ignoring signs: `P ↦ G P G†`.
    public func propagate(x: inout Int, z: inout Int, qubitCount n: Int) {
        func bit(_ v: Int, _ q: Int) -> Int { (v >> (n - 1 - q)) & 1 }
        func flip(_ v: inout Int, _ q: Int, _ b: Int) { v ^= b << (n - 1 - q) }
        switch self {
        case .h(let q):
            let xb = bit(x, q), zb = bit(z, q)
            if xb != zb { flip(&x, q, 1); flip(&z, q, 1) }
        case .z:
            break
        case let .cnot(c, t):
            flip(&x, t, bit(x, c)); flip(&z, c, bit(z, t))
        case let .cz(a, b):
            let xa = bit(x, a), xb = bit(x, b)
            flip(&z, a, xb); flip(&z, b, xa)
        case let .swap(a, b):
            for v in [0, 1] {
                var w = v == 0 ? x : z
                let ba = bit(w, a), bb = bit(w, b)
                if ba != bb { flip(&w, a, 1); flip(&w, b, 1) }
                if v == 0 { x = w } else { z = w }
            }
        }
    }
}
