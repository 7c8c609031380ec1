#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Samples a noisy Clifford circuit that starts in |0…0⟩ and ends with Z measurements of every
/// qubit, 64 shots per machine word (Pauli-frame simulation, as in Stim).
///
/// One noiseless reference outcome is drawn with `StabilizerTableau`. Every shot carries a Pauli
/// frame (bit-packed X and Z parts per qubit) that is conjugated through the gates (signs are
/// irrelevant), receives the sampled depolarizing errors, and flips the reference outcome where
/// its final X part is set. Frames start with uniformly random Z parts: Z^s|0…0⟩ = |0…0⟩, and
/// after the circuit U these become uniformly random stabilizers' X parts, which is exactly
/// the randomness of the noiseless outcome distribution around the reference sample.
///
/// Reference: C. Gidney, "Stim: a fast stabilizer circuit simulator", Quantum 5 (2021) 497,
/// §2 (Pauli frames, random initial Z frames); Aaronson & Gottesman (2004) for the reference.
public struct PauliFrameSampler: Sendable {
    public let qubitCount: Int
    public let operations: [CliffordOperation]
    public let reference: [UInt8]

    /// Validates the circuit and draws the reference sample.
    public init(qubitCount n: Int, operations: [CliffordOperation], using rng: inout some RandomNumberGenerator) throws {
        var t = try StabilizerTableau(qubitCount: n)
        for op in operations { try t.apply(op) }
        var ref = [UInt8]()
        ref.reserveCapacity(n)
        for q in 0..<n { ref.append(UInt8(try t.measure(q, using: &rng).outcome)) }
        qubitCount = n; self.operations = operations; reference = ref
    }

    /// Samples `shots` shots; returns for each qubit its outcome bits packed 64 shots per word
    /// (`result[q][w]` bit k is shot 64w + k; unused high bits of the last word are 0).
    public func sample(shots: Int, using rng: inout some RandomNumberGenerator) throws -> [[UInt64]] {
        guard shots >= 1, shots <= 100_000_000 else {
            throw SimulationError.invalidSize(what: "shots", value: shots, expected: "1...100000000")
        }
        let w = (shots + 63) / 64, n = qubitCount
        let lastMask: UInt64 = shots % 64 == 0 ? ~0 : (1 << UInt64(shots % 64)) - 1
        var fx = Array(repeating: UInt64(0), count: n * w)
        var fz = (0..<(n * w)).map { _ in rng.next() }
        fx.withUnsafeMutableBufferPointer { X in
            fz.withUnsafeMutableBufferPointer { Z in
                for op in operations {
                    switch op {
                    case .h(let a):
                        for k in 0..<w { let t = X[a * w + k]; X[a * w + k] = Z[a * w + k]; Z[a * w + k] = t }
                    case .s(let a):
                        for k in 0..<w { Z[a * w + k] ^= X[a * w + k] }
                    case .x, .z:
                        break
                    case let .cnot(c, t):
                        for k in 0..<w { X[t * w + k] ^= X[c * w + k]; Z[c * w + k] ^= Z[t * w + k] }
                    case let .cz(a, b):
                        for k in 0..<w { Z[a * w + k] ^= X[b * w + k]; Z[b * w + k] ^= X[a * w + k] }
                    case let .swap(a, b):
                        for k in 0..<w {
                            let tx = X[a * w + k]; X[a * w + k] = X[b * w + k]; X[b * w + k] = tx
                            let tz = Z[a * w + k]; Z[a * w + k] = Z[b * w + k]; Z[b * w + k] = tz
                        }
                    case let .depolarize1(q, p):
                        guard p > 0 else { break }
                        // Geometric skipping: the gap to the next hit is ⌊log U / log(1 − p)⌋.
                        let logq = p >= 1 ? 0 : (1 - p).logarithm
                        var s = PauliFrameSampler.gap(logq, &rng)
                        while s < shots {
                            let kind = Int(rng.next() % 3)   // 0: X, 1: Y, 2: Z
                            let bit: UInt64 = 1 << UInt64(s % 64)
                            if kind != 2 { X[q * w + s / 64] ^= bit }
                            if kind != 0 { Z[q * w + s / 64] ^= bit }
                            s += 1 + PauliFrameSampler.gap(logq, &rng)
                        }
                    }
                }
            }
        }
        return (0..<n).map { q in
            (0..<w).map { k in
                let v = fx[q * w + k] ^ (reference[q] == 1 ? ~UInt64(0) : 0)
                return k == w - 1 ? v & lastMask : v
            }
        }
    }

    /// The number of misses before the next hit of a Bernoulli(p) sequence (log(1 − p) given).
    @inline(__always) static func gap(_ logq: Double, _ rng: inout some RandomNumberGenerator) -> Int {
        if logq == 0 { return 0 }
        let u = Double(rng.next() >> 11) * 0x1p-53
        let g = (1 - u).logarithm / logq    // 1 − u ∈ (0, 1]
        return g >= 1e15 ? Int.max / 2 : Int(g)
    }
}

extension Double {
    /// Natural logarithm (Foundation-free).
    var logarithm: Double {
        #if canImport(Glibc)
        return Glibc.log(self)
        #else
        return Darwin.log(self)
        #endif
    }
}
