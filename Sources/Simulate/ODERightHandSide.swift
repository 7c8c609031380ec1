//===--- ODERightHandSide.swift ----------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

/// The right-hand side `f(t, u)` of `u' = f(t, u)` in the in-place form the integrators use.
///
/// The three public forms (a closure, a ``PolynomialField``, a linear system `A u + b`) are
/// wrapped here so that the Runge–Kutta loops are written once. Polynomial and linear
/// right-hand sides evaluate into a preallocated buffer; a closure's result is moved in.
/// Evaluation never checks finiteness — the integrators do, because an adaptive method
/// must be able to reject (rather than abort) a trial step that overflowed.
@usableFromInline
internal struct ODERightHandSide: Sendable {
    @usableFromInline let dimension: Int
    @usableFromInline let evaluate: @Sendable (Double, [Double], inout [Double]) throws -> Void

    init(dimension: Int, evaluate: @escaping @Sendable (Double, [Double], inout [Double]) throws -> Void) {
        self.dimension = dimension
        self.evaluate = evaluate
    }

    /// A caller-supplied closure; its result must have `dimension` components.
    static func closure(dimension: Int, _ f: @escaping @Sendable (Double, [Double]) -> [Double]) -> ODERightHandSide {
        ODERightHandSide(dimension: dimension) { t, u, out in
            let value = f(t, u)
            guard value.count == dimension else {
                throw SimulationError.dimensionMismatch(what: "length of f(t, u) returned by the right-hand side", expected: dimension, actual: value.count)
            }
            out = value
        }
    }

    /// An autonomous polynomial field `f(u) = Σ F_ℓ u^{⊗ℓ}`.
    static func polynomial(_ field: PolynomialField) -> ODERightHandSide {
        ODERightHandSide(dimension: field.dimension) { _, u, out in
            field.evaluateUnchecked(u, into: &out)
        }
    }

    /// The affine field `A u + b` (`b` may be empty for `b = 0`).
    static func linear(_ a: SparseMatrix, constant b: [Double]) throws -> ODERightHandSide {
        guard a.rowCount == a.columnCount else {
            throw SimulationError.dimensionMismatch(what: "linear system matrix (must be square; columns vs rows)", expected: a.rowCount, actual: a.columnCount)
        }
        guard b.isEmpty || b.count == a.rowCount else {
            throw SimulationError.dimensionMismatch(what: "length of the constant term b", expected: a.rowCount, actual: b.count)
        }
        for x in b where !x.isFinite { throw SimulationError.nonFiniteValue(what: "constant term b") }
        return ODERightHandSide(dimension: a.rowCount) { _, u, out in
            try a.multiply(u, into: &out)
            if !b.isEmpty {
                for i in 0..<out.count { out[i] += b[i] }
            }
        }
    }
}
