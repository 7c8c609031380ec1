import Exact

/// Whether a symmetric rational matrix A is positive semidefinite (or definite), decided by
/// the inertia of an exact LDLᵀ factorization (Sylvester's law of inertia), with a refuting
/// direction when it is not.
public struct InertiaDecision: Sendable {
    /// A ⪰ 0 (`strict` false) or A ≻ 0 (`strict` true).
    public let holds: Bool
    public let factorization: SymmetricFactorization
    /// When `holds` is false: a nonzero x with xᵀAx < 0, or (strict, no negative eigenvalue)
    /// xᵀAx = 0.
    public let direction: RationalVector?
    /// xᵀAx for `direction`.
    public let directionValue: Rational?

    /// Decides A ⪰ 0 or A ≻ 0 exactly. Throws unless A is square and symmetric.
    public init(_ a: RationalMatrix, strict: Bool) throws(ExactError) {
        let f = try a.symmetricFactorization()
        let inertia = f.inertia
        factorization = f
        holds = strict ? inertia.negative == 0 && inertia.zero == 0 : inertia.negative == 0
        if holds {
            direction = nil; directionValue = nil
        } else {
            let x = InertiaDecision.refutingDirection(f)
            direction = x
            directionValue = try InertiaDecision.quadraticForm(a, x)
        }
    }

    /// xᵀAx, exactly.
    public static func quadraticForm(_ a: RationalMatrix, _ x: RationalVector) throws(ExactError) -> Rational {
        try x.dot(try a * x)
    }

    /// A nonzero x with xᵀAx < 0 when D has a negative 1×1 block or a 2×2 block, else with
    /// xᵀAx = 0 for a zero block (nil if D has neither: A ≻ 0).
    ///
    /// With P·A·Pᵀ = L·D·Lᵀ: pick z with zᵀDz < 0 (z = e_k at a negative pivot d_k, giving d_k;
    /// z = e_k − sign(b)·e_{k+1} at a block [[0, b], [b, 0]], giving −2|b|) or zᵀDz = 0 (z = e_k
    /// at a zero pivot); solve Lᵀy = z by back substitution; set x = Pᵀy, i.e. x[perm[i]] = y[i].
    /// Then xᵀAx = yᵀ(PAPᵀ)y = (Lᵀy)ᵀD(Lᵀy) = zᵀDz.
    public static func refutingDirection(_ f: SymmetricFactorization) -> RationalVector {
        let n = f.lower.rows
        var z = RationalVector(zeros: n)
        var zeroAt: Int? = nil
        var k = 0
        var found = false
        for b in f.blocks {
            if b.count == 1 {
                if b[0].signum < 0 { z[k] = 1; found = true; break }
                if b[0].isZero && zeroAt == nil { zeroAt = k }
                k += 1
            } else {
                z[k] = 1; z[k + 1] = b[1].signum > 0 ? -1 : 1; found = true; break
            }
        }
        if !found, let j = zeroAt { z[j] = 1 }
        // Back substitution on the unit upper-triangular Lᵀ.
        var y = z
        for i in stride(from: n - 1, through: 0, by: -1) {
            var s = z[i]
            for j in (i + 1)..<Swift.max(i + 1, n) where !f.lower[j, i].isZero { s -= f.lower[j, i] * y[j] }
            y[i] = s
        }
        var x = RationalVector(zeros: n)
        for i in 0..<n { x[f.permutation[i]] = y[i] }
        return x
    }
}
