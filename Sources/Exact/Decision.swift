/// The answer to a question asked of enclosures: decided true, decided false, or undecided
/// because the enclosures overlap. An undecided comparison is never guessed; raising the
/// precision may decide it.
public enum Decision: String, Sendable, Hashable, Codable, CustomStringConvertible {
    case `true`
    case `false`
    case undecided

    /// `.true` / `.false` for a decided Bool.
    @inlinable public init(_ value: Bool) { self = value ? .true : .false }

    public var isTrue: Bool { self == .true }
    public var isFalse: Bool { self == .false }
    public var isDecided: Bool { self != .undecided }

    /// Kleene's three-valued negation, conjunction and disjunction.
    public static prefix func ! (a: Decision) -> Decision {
        switch a { case .true: .false; case .false: .true; case .undecided: .undecided }
    }
    public static func && (a: Decision, b: @autoclosure () -> Decision) -> Decision {
        if a == .false { return .false }
        let bb = b()
        if bb == .false { return .false }
        return a == .true && bb == .true ? .true : .undecided
    }
    public static func || (a: Decision, b: @autoclosure () -> Decision) -> Decision {
        if a == .true { return .true }
        let bb = b()
        if bb == .true { return .true }
        return a == .false && bb == .false ? .false : .undecided
    }
    public var description: String { rawValue }
}
