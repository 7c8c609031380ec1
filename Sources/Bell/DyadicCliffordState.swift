import Exact

/// An exact state vector for circuits of H, Z, CNOT, CZ and SWAP: amplitudes are Gaussian
/// integers over a common scale, `ψ_i = (re_i + i·im_i) / √2^k`. H adds one to k; the other
/// gates permute amplitudes or change their signs. Probabilities `|ψ_i|² = (re² + im²)/2^k` are
/// exact rationals. Qubit 0 is the most significant bit.
public struct DyadicCliffordState: Sendable, Hashable {
    public let qubitCount: Int
    public private(set) var re: [Int]
    public private(set) var im: [Int]
    public private(set) var scaleExponent: Int

    /// |0…0⟩ on `qubitCount` ≤ 12 qubits.
    public init(qubitCount: Int) throws(BellError) {
        guard (1...12).contains(qubitCount) else { throw .invalid("\(qubitCount) qubits: expected 1 to 12 for the exact Clifford state") }
        self.qubitCount = qubitCount
        re = Array(repeating: 0, count: 1 << qubitCount); re[0] = 1
        im = Array(repeating: 0, count: 1 << qubitCount)
        scaleExponent = 0
    }

    private func mask(_ q: Int) -> Int { 1 << (qubitCount - 1 - q) }

    public mutating func apply(_ g: CliffordGate) {
        let n = re.count
        switch g {
        case .h(let q):
            let m = mask(q)
            for i in 0..<n where i & m == 0 {
                let (a0, a1, b0, b1) = (re[i], re[i | m], im[i], im[i | m])
                re[i] = a0 + a1; re[i | m] = a0 - a1
                im[i] = b0 + b1; im[i | m] = b0 - b1
            }
            scaleExponent += 1
            // Keep the numbers small: divide by 2 (and k by 2) when every entry is even.
            if scaleExponent >= 2 && re.allSatisfy({ $0 % 2 == 0 }) && im.allSatisfy({ $0 % 2 == 0 }) {
                re = re.map { $0 / 2 }; im = im.map { $0 / 2 }; scaleExponent -= 2
            }
        case .z(let q):
            let m = mask(q)
            for i in 0..<n where i & m != 0 { re[i] = -re[i]; im[i] = -im[i] }
        case let .cnot(c, t):
            let mc = mask(c), mt = mask(t)
            for i in 0..<n where i & mc != 0 && i & mt == 0 {
                re.swapAt(i, i | mt); im.swapAt(i, i | mt)
            }
        case let .cz(a, b):
            let ma = mask(a), mb = mask(b)
            for i in 0..<n where i & ma != 0 && i & mb != 0 { re[i] = -re[i]; im[i] = -im[i] }
        case let .swap(a, b):
            let ma = mask(a), mb = mask(b)
            for i in 0..<n where i & ma != 0 && i & mb == 0 {
                let j = (i & ~ma) | mb
                re.swapAt(i, j); im.swapAt(i, j)
            }
        }
    }

    /// The exact probability of each basis state.
    public var probabilities: [Rational] {
        let d = BigInteger(1).shiftedLeft(scaleExponent)
        return (0..<re.count).map { try! Rational(numerator: BigInteger(re[$0] * re[$0] + im[$0] * im[$0]), denominator: d) }
    }
}
