//===--- PolynomialMap.swift -------------------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

/// A discrete polynomial dynamical system `u_{k+1} = u_k + δu(u_k)` whose increment
/// `δu(u) = Σ_ℓ F_ℓ u^{⊗ℓ}` is a ``PolynomialField``.
///
/// Gradient descent on a polynomial loss `L` with learning rate `η` is the case
/// `δu = −η ∇L(u)`; the discrete Carleman linearization of such maps (and its η-dependent
/// corrections) is what the `Carleman` module bounds — see Liu et al., "Towards provably
/// efficient quantum algorithms for large-scale machine-learning models", Nat. Commun. 15
/// (2024) 434. This type produces the floating-point reference trajectory: each step
/// is `u + δu(u)` in IEEE Double, with the rounding of ``PolynomialField/evaluate(_:)``
/// plus one rounded addition per component.
public struct PolynomialMap: Sendable {
    /// The increment `δu(u)`; the map is `u ↦ u + δu(u)`.
    public let increment: PolynomialField

    /// The state dimension `n`.
    public var dimension: Int { increment.dimension }

    /// Wraps an increment field.
    public init(increment: PolynomialField) {
        self.increment = increment
    }

    /// One step `u + δu(u)`. Throws on a wrong length or a non-finite input or result.
    public func step(_ u: [Double]) throws -> [Double] {
        var delta = try increment.evaluate(u)
        for i in 0..<delta.count { delta[i] += u[i] }
        for x in delta where !x.isFinite { throw SimulationError.nonFiniteValue(what: "polynomial map step (overflow)") }
        return delta
    }

    /// The trajectory `[u_0, u_1, …, u_steps]` (`steps + 1` states) from `u_0 = initialState`.
    ///
    /// Throws `SimulationError.nonFiniteState(time: k)` if iterate `k` overflows (time is the
    /// iteration number), and on an invalid `steps` or initial state.
    public func iterate(from initialState: [Double], steps: Int) throws -> [[Double]] {
        guard steps >= 0 else {
            throw SimulationError.invalidSize(what: "number of map iterations", value: steps, expected: "a non-negative integer")
        }
        guard initialState.count == dimension else {
            throw SimulationError.dimensionMismatch(what: "initial state length", expected: dimension, actual: initialState.count)
        }
        for x in initialState where !x.isFinite { throw SimulationError.nonFiniteValue(what: "initial state") }
        var trajectory: [[Double]] = [initialState]
        trajectory.reserveCapacity(steps + 1)
        var u = initialState
        var delta = [Double](repeating: 0, count: dimension)
        for k in stride(from: 1, through: steps, by: 1) {
            increment.evaluateUnchecked(u, into: &delta)
            for i in 0..<dimension { u[i] += delta[i] }
            for x in u where !x.isFinite { throw SimulationError.nonFiniteState(time: Double(k)) }
            trajectory.append(u)
        }
        return trajectory
    }
}
