import Exact

/// A hypothesis of a bound, decided exactly (or by an outward-rounded interval).
public struct CarlemanHypothesis: Sendable, Codable, Hashable {
    public enum Status: String, Sendable, Codable, Hashable {
        case holds, fails, undecided
    }
    /// A short name, e.g. "F0 = 0", "μ₂(F1) < 0".
    public let name: String
    public let status: Status
    /// The statement id whose proof needs it.
    public let statement: String
    /// How it was decided (the witness in words; exact numbers as fractions).
    public let detail: String
    /// The exact witness where there is one (e.g. the LDLᵀ factorization deciding μ₂(F1) < 0:
    /// P·S·Pᵀ = L·D·Lᵀ with S = −(F1 + F1ᵀ)/2; S ≻ 0 iff every block of D is positive definite).
    public var witness: SymmetricFactorization? = nil

    public init(name: String, status: Status, statement: String, detail: String, witness: SymmetricFactorization? = nil) {
        self.name = name; self.status = status; self.statement = statement; self.detail = detail; self.witness = witness
    }
}

/// One truncation bound: its hypotheses, its value as an enclosure at each grid time, and the
/// float simulation's observed error beside it.
public struct CarlemanBoundReport: Sendable, Codable, Hashable {
    public enum Status: String, Sendable, Codable, Hashable {
        case certified
        case hypothesisNotMet = "hypothesis-not-met"
        case undecided
    }
    public let statement: String
    public let name: String
    public let status: Status
    public let hypotheses: [CarlemanHypothesis]
    /// `values[k]` encloses the formula at `times[k]` (nil where it is not defined, e.g. past T*).
    public let values: [Enclosure?]
    /// The radius T* of the bound where it has one.
    public let radius: Enclosure?
    /// max_k observed[k] / upper(values[k]) (float, for information).
    public let maximumObservedRatio: Double?
    public let note: String
}

/// The result of `qbounds carleman check`.
public struct CarlemanCheckReport: Sendable, Codable {
    public enum Verdict: String, Sendable, Codable, Hashable {
        case certified
        case hypothesisNotMet = "hypothesis-not-met"
        case refuted
        case undecided
    }
    public var model: String
    public var verdict: Verdict
    public var norm: String
    public var order: Int
    public var horizon: String
    public var variables: Int
    public var degree: Int
    /// Set when a degree ≥ 3 system was reduced to a quadratic one (`carleman.quadratic-reduction`):
    /// the bounds and the observed error are for the reduced state x̃.
    public var reducedDimension: Int?
    public var carlemanDimension: Int
    /// The papers' R = (‖u_in‖‖F2‖ + ‖F0‖/‖u_in‖)/|Re λ1| (2-norm), nil when Re λ1 < 0 is not certified.
    public var R: Enclosure?
    /// The same with μ₂(F1) in place of Re λ1 (the sound form; nil unless μ₂ < 0 certified).
    public var RLogNorm: Enclosure?
    public var rMinus: Enclosure?
    public var rPlus: Enclosure?
    public var quantities: [String: Enclosure]
    public var hypotheses: [CarlemanHypothesis]
    public var bounds: [CarlemanBoundReport]
    /// Grid times, exact.
    public var times: [String]
    /// ‖u(t) − ŷ1(t)‖ from the float integration (nil when the simulation was skipped or failed).
    public var observedError: [Double]?
    public var simulationNote: String
    public var findings: [String]

    enum CodingKeys: String, CodingKey {
        case model, verdict, norm, order, horizon, variables, degree
        case reducedDimension = "reduced_dimension", carlemanDimension = "carleman_dimension"
        case R, RLogNorm = "R_lognorm", rMinus = "r_minus", rPlus = "r_plus"
        case quantities, hypotheses, bounds, times, observedError = "observed_error"
        case simulationNote = "simulation", findings
    }
}
