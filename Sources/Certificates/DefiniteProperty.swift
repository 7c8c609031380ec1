/// The definiteness property a `definite` claim asserts of a symmetric matrix S.
public enum DefiniteProperty: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// S ⪰ 0: no negative eigenvalue.
    case psd
    /// S ≻ 0: every eigenvalue positive.
    case pd
    /// S ⪯ 0: no positive eigenvalue.
    case nsd
    /// S ≺ 0: every eigenvalue negative.
    case nd
    /// λ_max(S) < bound, i.e. bound·I − S ≻ 0.
    case lambdaMaxBelow = "lambda-max-below"

    /// Whether the matrix whose inertia decides the claim must be positive definite (strict)
    /// or only positive semidefinite.
    public var isStrict: Bool { self == .pd || self == .nd || self == .lambdaMaxBelow }

    public var description: String { rawValue }
}
