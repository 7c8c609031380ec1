import Exact

/// One claim from a claim file: what is asserted, which statement it rests on, and the verdict
/// its author expects. Decoded from YAML or JSON (see `Claim+Codable.swift` for the schema).
public struct Claim: Sendable, Hashable {
    /// The claim's name: 1–100 characters from `A–Z a–z 0–9 . _ -`, not starting with `.`
    /// (it names the certificate file `<id>.json`).
    public var id: String
    /// The statement the claim rests on; its kernel must handle `kind`.
    public var statement: StatementID
    /// The verdict the author expects (default `certified`; negative fixtures say `refuted`).
    public var expect: Verdict
    /// Interval precision in bits (default 128) for irrational values and reported enclosures.
    public var precision: Int
    public var description: String?
    /// What is claimed, by kind.
    public var body: Body

    public enum Body: Sendable, Hashable {
        /// lhs relation rhs.
        case inequality(lhs: Expression, relation: Relation, rhs: Expression)
        /// rank_ℚ(M) = rank.
        case rank(MatrixSource, rank: Int)
        /// S has `property` (`bound` is set exactly for `lambda-max-below`).
        case definite(matrix: RationalMatrix, property: DefiniteProperty, bound: Rational?)
        /// μ₂(F) relation bound, relation `<` or `<=`.
        case logNorm(matrix: RationalMatrix, relation: Relation, bound: Rational)
        /// ‖M‖₂ relation bound, relation `<=` or `<`.
        case spectralNorm(matrix: RationalMatrix, relation: Relation, bound: Rational)
        /// p has exactly `count` distinct real roots, and/or a root in [lo, hi].
        case roots(RationalPolynomial, count: Int?, interval: ClosedInterval?)
        /// The statement's truncation bound holds for the model (a path; relative paths are
        /// resolved against the claim file's folder when loaded) at `order` on [0, horizon].
        case carlemanBound(model: String, order: Int, horizon: Rational, norm: String)
        /// `quantity` of the 0/1 matrix or truth table in `input` (a path, resolved like `model`),
        /// at `layer` for `states`, stands in `relation` to `value`; `distribution` (a path, resolved
        /// like `model`) is the weights file of the quantity `discrepancy`, nil for the others.
        case communicationBound(input: String, quantity: CommunicationQuantity, layer: Int?, distribution: String?, relation: Relation, value: Rational)
        /// `quantity` of the Bell functional or game in `functional` (a path, resolved like
        /// `model`) stands in `relation` to `value`.
        case bellBound(functional: String, quantity: BellQuantity, relation: Relation, value: Rational)

        public var kind: ClaimKind {
            switch self {
            case .inequality: .inequality
            case .rank: .rank
            case .definite: .definite
            case .logNorm: .logNorm
            case .spectralNorm: .spectralNorm
            case .roots: .roots
            case .carlemanBound: .carlemanBound
            case .communicationBound: .communicationBound
            case .bellBound: .bellBound
            }
        }
    }

    /// A closed interval [lo, hi] with exact rational ends (lo ≤ hi).
    public struct ClosedInterval: Sendable, Hashable {
        public let lo: Rational
        public let hi: Rational
        public init(lo: Rational, hi: Rational) { self.lo = lo; self.hi = hi }
    }

    public var kind: ClaimKind { body.kind }

    public init(id: String, statement: StatementID, expect: Verdict = .certified,
                precision: Int = ClaimLimits.defaultPrecision, description: String? = nil, body: Body) {
        self.id = id; self.statement = statement; self.expect = expect
        self.precision = precision; self.description = description; self.body = body
    }
}
