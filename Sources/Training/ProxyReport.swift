/// Everything ``ProxyExperiment/run()`` measured: sizes, the full-Hessian spectrum after pruning,
/// the per-upload spectra and proxy curves, and the loss during training. Floats explore here:
/// no verdict is derived from it.
public struct ProxyReport: Sendable, Equatable {
    public let statement = ErrorProxy.statement
    public let configuration: ProxyExperimentConfiguration
    /// Total parameters of the network.
    public let parameters: Int
    /// Parameters kept by pruning (at the last upload for the QRAM variant).
    public let retained: Int
    /// The scale s in a = −s·h (η, or 1 when `literal`).
    public let aScale: Double
    /// Spectrum of the full Hessian (all parameters, dense) right after pruning, if computed.
    public let fullHessianEigenvalues: [Double]?
    public let fullSpectrumSummary: SpectrumSummary?
    /// Seconds: building the full Hessian, and its LAPACK spectrum.
    public let fullHessianBuildSeconds: Double?
    public let fullSpectrumSeconds: Double?
    public let segments: [ProxySegment]
    /// `(step, loss)`: pre-training steps are negative (−pretrain…−1), sparse training from 0.
    public let loss: [(step: Int, loss: Double)]
    /// Loss before and after pruning.
    public let lossBeforePruning: Double
    public let lossAfterPruning: Double

    public static func == (l: ProxyReport, r: ProxyReport) -> Bool {
        l.configuration == r.configuration && l.parameters == r.parameters && l.retained == r.retained
            && l.fullHessianEigenvalues == r.fullHessianEigenvalues && l.segments == r.segments
            && l.loss.map(\.loss) == r.loss.map(\.loss)
    }
}
