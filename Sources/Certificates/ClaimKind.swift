/// The kind of a claim: which fields it has and which exact kernel decides it.
public enum ClaimKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// `lhs relation rhs` for two expressions; exact in ℚ when no irrational function occurs,
    /// otherwise by outward-rounded intervals (three-valued).
    case inequality
    /// The rank over ℚ of a matrix (given or generated), with a `RankCertificate`.
    case rank
    /// A definiteness property of a symmetric matrix, decided by the inertia of an exact LDLᵀ.
    case definite
    /// μ₂(F) = λ_max((F + Fᵀ)/2) compared with a rational bound, decided by inertia.
    case logNorm = "log-norm"
    /// ‖M‖₂ ≤ bound (or <), decided by the inertia of bound²·I − MᵀM.
    case spectralNorm = "spectral-norm"
    /// The number of distinct real roots of a rational polynomial, and/or a root in [lo, hi].
    case roots
    /// A Carleman truncation bound (the claim's statement) holds for a model file at order N
    /// on [0, T]: decided by `CarlemanCheck` (hypotheses exact or by outward-rounded intervals).
    case carlemanBound = "carleman-bound"
    /// A communication or streaming-memory quantity of a 0/1 matrix file or a truth-table file
    /// (`CommunicationQuantity`) compared exactly with a rational value; the witnesses
    /// (rank certificates, a one-way protocol, a fooling set, a shattered set, a discrepancy
    /// rectangle, a minimal layered automaton) go into the certificate.
    case communicationBound = "communication-bound"
    /// A value of a Bell functional or nonlocal game file (`BellQuantity`: local, no-signalling,
    /// quantum) compared with a rational value: exact for local and no-signalling, an enclosure
    /// for the quantum value (undecided when it straddles the value).
    case bellBound = "bell-bound"

    public var description: String { rawValue }
}
