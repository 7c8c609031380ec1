//===--- AmplitudeKernels.swift ----------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

import Numerics

/// In-place gate kernels on a vector of `2^m` complex amplitudes, addressed by *bit position*
/// (bit 0 = least significant). Shared by ``StateVector`` (one bit per qubit) and
/// ``DensityMatrix`` (which treats `vec(ρ)` as a `2n`-bit register: row bits above column
/// bits).
///
/// The kernels are the standard "pair / quadruple update" of state-vector simulators
/// (e.g. De Raedt et al., Comput. Phys. Commun. 176 (2007) 121–136; Häner & Steiger, SC '17):
/// a one-qubit gate on bit `b` updates each pair `(i, i + 2^b)` with bit `b` of `i` clear,
/// a two-qubit gate each quadruple with both bits clear. Every output amplitude is a sum of
/// two (or four) rounded complex products, so a gate adds O(ε) relative error per amplitude
/// and preserves the norm to O(ε).
enum AmplitudeKernels {
    /// Inserts a zero bit at position `bit` into `k` (bits at and above `bit` move up by one).
    @inline(__always)
    static func insertZero(_ k: Int, at bit: Int) -> Int {
        let low = k & ((1 << bit) - 1)
        return ((k >> bit) << (bit + 1)) | low
    }

    /// Applies `[[m00, m01], [m10, m11]]` to bit `bit`; if `controlMask ≠ 0`, only to indices
    /// whose `controlMask` bits are all set.
    static func apply2x2(_ amps: inout [Complex<Double>], bit: Int,
                         _ m00: Complex<Double>, _ m01: Complex<Double>, _ m10: Complex<Double>, _ m11: Complex<Double>,
                         controlMask: Int = 0) {
        let stride = 1 << bit
        let count = amps.count
        let diagonal = m01 == .zero && m10 == .zero
        amps.withUnsafeMutableBufferPointer { a in
            if controlMask == 0 {
                var base = 0
                while base < count {
                    if diagonal {
                        for i in base..<(base + stride) {
                            a[i] = m00 * a[i]
                            a[i + stride] = m11 * a[i + stride]
                        }
                    } else {
                        for i in base..<(base + stride) {
                            let x0 = a[i], x1 = a[i + stride]
                            a[i] = m00 * x0 + m01 * x1
                            a[i + stride] = m10 * x0 + m11 * x1
                        }
                    }
                    base += 2 * stride
                }
            } else {
                for k in 0..<(count >> 1) {
                    let i = insertZero(k, at: bit)
                    guard i & controlMask == controlMask else { continue }
                    let x0 = a[i], x1 = a[i + stride]
                    a[i] = m00 * x0 + m01 * x1
                    a[i + stride] = m10 * x0 + m11 * x1
                }
            }
        }
    }

    /// Applies the row-major `4 × 4` matrix `m` to the bit pair `(firstBit, secondBit)`, the
    /// local index being `2·bit(first) + bit(second)`.
    static func apply4x4(_ amps: inout [Complex<Double>], firstBit: Int, secondBit: Int, _ m: [Complex<Double>]) {
        let s1 = 1 << firstBit, s2 = 1 << secondBit
        let lo = min(firstBit, secondBit), hi = max(firstBit, secondBit)
        let quarter = amps.count >> 2
        m.withUnsafeBufferPointer { u in
            amps.withUnsafeMutableBufferPointer { a in
                for k in 0..<quarter {
                    let i = insertZero(insertZero(k, at: lo), at: hi)
                    let i0 = i, i1 = i | s2, i2 = i | s1, i3 = i | s1 | s2
                    let x0 = a[i0], x1 = a[i1], x2 = a[i2], x3 = a[i3]
                    a[i0] = u[0] * x0 + u[1] * x1 + u[2] * x2 + u[3] * x3
                    a[i1] = u[4] * x0 + u[5] * x1 + u[6] * x2 + u[7] * x3
                    a[i2] = u[8] * x0 + u[9] * x1 + u[10] * x2 + u[11] * x3
                    a[i3] = u[12] * x0 + u[13] * x1 + u[14] * x2 + u[15] * x3
                }
            }
        }
    }

    /// Swaps bits `b1` and `b2` of every index (a SWAP gate, exact: amplitudes are moved).
    static func swapBits(_ amps: inout [Complex<Double>], _ b1: Int, _ b2: Int) {
        let lo = min(b1, b2), hi = max(b1, b2)
        let sLo = 1 << lo, sHi = 1 << hi
        amps.withUnsafeMutableBufferPointer { a in
            for k in 0..<(a.count >> 2) {
                let i = insertZero(insertZero(k, at: lo), at: hi)
                a.swapAt(i | sLo, i | sHi)
            }
        }
    }

    /// `Σ_b phase(b)·conj(ψ[b ⊕ flip])·ψ[b]` for a Pauli string with the given masks, where
    /// `phase(b) = i^{yCount}·(−1)^{popcount(b ∧ sign)}`; equals `⟨ψ|P|ψ⟩`.
    static func pauliExpectation(_ amps: [Complex<Double>], flip: Int, sign: Int, yCount: Int) -> Complex<Double> {
        var sum = Complex<Double>.zero
        amps.withUnsafeBufferPointer { a in
            for b in 0..<a.count {
                let term = a[b ^ flip].conjugate * a[b]
                if (b & sign).nonzeroBitCount & 1 == 0 { sum += term } else { sum -= term }
            }
        }
        return sum * iPower(yCount)
    }

    /// `i^k`.
    @inline(__always)
    static func iPower(_ k: Int) -> Complex<Double> {
        switch ((k % 4) + 4) % 4 {
        case 0: return .one
        case 1: return Complex(0, 1)
        case 2: return Complex(-1, 0)
        default: return Complex(0, -1)
        }
    }
}
