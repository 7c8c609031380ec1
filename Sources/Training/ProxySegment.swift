/// One upload of the sparse training run: the spectrum of the Hessian on the retained weights
/// at the upload, the proxy it gives, and P(t) for t = 0…length (t restarts at each upload).
public struct ProxySegment: Sendable, Equatable {
    /// First training step of the segment (global sparse-training step).
    public let start: Int
    /// Number of quantum-training steps in the segment.
    public let length: Int
    /// Eigenvalues (ascending) of the Hessian restricted to the retained weights, at `start`.
    public let hessianEigenvalues: [Double]
    public let summary: SpectrumSummary
    /// `(global step, P(t))` for t = 0…length; P is nil when no eigenvalue passes the cut.
    public let curve: [(step: Int, p: Double?, log10P: Double?)]
    /// Seconds spent in LAPACK on this segment's spectrum.
    public let spectrumSeconds: Double

    public static func == (l: ProxySegment, r: ProxySegment) -> Bool {
        l.start == r.start && l.length == r.length && l.hessianEigenvalues == r.hessianEigenvalues && l.summary == r.summary
            && l.curve.map(\.step) == r.curve.map(\.step) && l.curve.map(\.p) == r.curve.map(\.p)
    }
}
