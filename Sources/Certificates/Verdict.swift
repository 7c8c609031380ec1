import Exact
/// The outcome of checking a claim. Only exact rationals or outward-rounded intervals decide it.
///
/// - `certified`: the claim holds, and the certificate carries the witnesses that prove it.
/// - `refuted`: the claim is false, proved exactly (or by enclosures that exclude it).
/// - `hypothesisNotMet`: a hypothesis the statement needs does not hold, so nothing is claimed.
/// - `undecided`: the enclosures overlap at the stated precision; never guessed. Raising the
///   precision may decide it.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case certified
    case refuted
    case hypothesisNotMet = "hypothesis-not-met"
    case undecided

    /// A three-valued decision of "the claim holds": true → certified, false → refuted.
    public init(_ decision: Decision) {
        switch decision {
        case .true: self = .certified
        case .false: self = .refuted
        case .undecided: self = .undecided
        }
    }

    public var description: String { rawValue }
}
