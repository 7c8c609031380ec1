/// Settings of ``ProxyExperiment`` (small-scale version of the seed paper's Fig. 2). Sizes are
/// capped; ``validate()`` says what was expected when a value is out of range.
public struct ProxyExperimentConfiguration: Sendable, Equatable {
    public var seed: UInt64 = 20261122
    /// Input dimension d and hidden width h of ``PolynomialNetwork`` (d = 10, h = 100: 1,201 parameters).
    public var inputs = 10
    public var hidden = 100
    public var samples = 64
    /// Dense gradient-descent steps before pruning ("pre-train the neural network").
    public var pretrainSteps = 300
    /// Sparse-training steps after pruning (x axis of the proxy curve).
    public var steps = 1000
    /// Learning rate η of plain gradient descent.
    public var eta = 0.03
    /// Fraction of parameters kept by magnitude pruning (the seed keeps the largest 10%).
    public var keepFraction = 0.1
    /// Keep the fraction within each layer (true) or over all parameters at once (false).
    public var layerwisePruning = true
    /// Learning rate of sparse training; nil: the same η as pre-training.
    public var sparseEta: Double? = 0.3
    /// K, the re-upload period (the seed: 100).
    public var reuploadEvery = 100
    /// The QRAM variant: 10 classical steps after each download, before the re-upload.
    public var qram = false
    /// a = −h (Eq. 7 literally) instead of a = −ηh.
    public var literal = false
    /// Also compute the spectrum of the full (dense, all-parameter) Hessian after pruning.
    public var fullSpectrum = true

    public static let maximumSteps = 100_000
    /// Cap on samples × parameters² for the full Hessian (≈ a minute in a release build).
    public static let maximumHessianWork = 2e10

    public init() {}

    public func validate() throws(TrainingError) {
        guard (1...RegressionDataSet.maximumInputs).contains(inputs) else { throw .invalid("--inputs \(inputs): expected 1…\(RegressionDataSet.maximumInputs)") }
        guard hidden >= 1, hidden * (inputs + 2) + 1 <= PolynomialNetwork.maximumParameters else {
            throw .invalid("--hidden \(hidden): expected 1 ≤ h with h(d + 2) + 1 ≤ \(PolynomialNetwork.maximumParameters) parameters")
        }
        guard (1...10_000).contains(samples) else { throw .invalid("--samples \(samples): expected 1…10000") }
        guard (0...Self.maximumSteps).contains(pretrainSteps) else { throw .invalid("--pretrain \(pretrainSteps): expected 0…\(Self.maximumSteps)") }
        guard (1...Self.maximumSteps).contains(steps) else { throw .invalid("--steps \(steps): expected 1…\(Self.maximumSteps)") }
        guard eta.isFinite, eta > 0, eta <= 10 else { throw .invalid("--eta \(eta): expected 0 < η ≤ 10") }
        if let e = sparseEta, !(e.isFinite && e > 0 && e <= 10) { throw .invalid("--sparse-eta \(e): expected 0 < η ≤ 10") }
        guard keepFraction.isFinite, keepFraction > 0, keepFraction <= 1 else { throw .invalid("--keep \(keepFraction): expected 0 < f ≤ 1") }
        let p = Double(hidden * (inputs + 2) + 1)
        if fullSpectrum && Double(samples) * p * p > Self.maximumHessianWork {
            throw .invalid("the full Hessian of \(Int(p)) parameters over \(samples) samples is too much work (samples × parameters² > \(Int(Self.maximumHessianWork))); use --no-full-spectrum or fewer --samples")
        }
        guard (1...Self.maximumSteps).contains(reuploadEvery) else { throw .invalid("--reupload \(reuploadEvery): expected 1…\(Self.maximumSteps)") }
    }
}
