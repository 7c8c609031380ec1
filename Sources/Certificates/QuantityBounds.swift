import Exact

/// Exact bounds lower ≤ q ≤ upper on a quantity q whose exact value may be unknown (`upper`
/// nil: no upper bound), and the three-valued decision of `q relation value` they support.
///
/// The decision is `.true` when the relation holds for every q in [lower, upper], `.false` when
/// it fails for every such q, `.undecided` otherwise; with lower = upper it is the exact
/// comparison.
public struct QuantityBounds: Sendable, Hashable {
    public let lower: Rational
    public let upper: Rational?

    public init(lower: Rational, upper: Rational?) { self.lower = lower; self.upper = upper }

    /// The exact value q (lower = upper = q).
    public init(exactly q: Rational) { self.init(lower: q, upper: q) }

    public var isExact: Bool { upper == lower }

    public func decide(_ relation: Relation, _ v: Rational) -> Decision {
        let l = lower, u = upper
        switch relation {
        case .less:
            if let u, u < v { return .true }
            return l >= v ? .false : .undecided
        case .lessOrEqual:
            if let u, u <= v { return .true }
            return l > v ? .false : .undecided
        case .greater:
            if l > v { return .true }
            if let u, u <= v { return .false }
            return .undecided
        case .greaterOrEqual:
            if l >= v { return .true }
            if let u, u < v { return .false }
            return .undecided
        case .equal:
            if l == v && u == v { return .true }
            if v < l { return .false }
            if let u, v > u { return .false }
            return .undecided
        }
    }

    /// Certificate values: `value` when exact, else `lower` and (when known) `upper`.
    public var certificateValues: [String: CertificateValue] {
        if isExact { return ["value": .exact(lower)] }
        var v: [String: CertificateValue] = ["lower": .exact(lower)]
        if let u = upper { v["upper"] = .exact(u) }
        return v
    }
}
