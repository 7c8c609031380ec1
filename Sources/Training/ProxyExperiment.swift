/// The small-scale version of the seed paper's Fig. 2 (Liu et al., Nat. Commun. 15, 434 (2024)):
/// pre-train a ``PolynomialNetwork`` by plain gradient descent on a generated
/// ``RegressionDataSet``, prune to the largest 10% of weights (``MagnitudePruning``), then run
/// sparse gradient descent (the dynamics the quantum ODE solver would simulate) with the
/// ``ReuploadSchedule``: at each upload the Hessian restricted to the retained weights is
/// built analytically, its spectrum computed by LAPACK (``SymmetricEigen``), and the
/// ``ErrorProxy`` P(t) (statement "discrete.error-proxy") reported for t = 0…K, restarting at 0.
///
/// The QRAM variant runs 10 classical dense gradient-descent steps after each download, then
/// prunes again to the largest 10% and re-uploads (the paper re-uploads dense parameters with
/// QRAM; we keep the retained set sparse so the proxy is always over the retained weights).
///
/// Floats explore here: a Double computation of a heuristic, not a certified bound.
public struct ProxyExperiment: Sendable {
    public let configuration: ProxyExperimentConfiguration

    public init(_ configuration: ProxyExperimentConfiguration) throws(TrainingError) {
        try configuration.validate()
        self.configuration = configuration
    }

    static func seconds(_ d: Duration) -> Double {
        let c = d.components
        return Double(c.seconds) + Double(c.attoseconds) * 1e-18
    }

    /// Runs the experiment (deterministic for a given configuration).
    public func run() throws(TrainingError) -> ProxyReport {
        let c = configuration
        let data = try RegressionDataSet(inputs: c.inputs, samples: c.samples, seed: c.seed)
        var net = try PolynomialNetwork(inputs: c.inputs, hidden: c.hidden, seed: c.seed &+ 1)
        let scale = c.literal ? 1.0 : (c.sparseEta ?? c.eta)
        var losses: [(step: Int, loss: Double)] = []
        let clock = ContinuousClock()

        let sparseEta = c.sparseEta ?? c.eta
        func step(_ mask: [Bool]?) throws(TrainingError) {
            let g = try net.gradient(on: data)
            let eta = mask == nil ? c.eta : sparseEta
            for i in 0..<g.count where mask?[i] ?? true { net.parameters[i] -= eta * g[i] }
            guard net.parameters.allSatisfy(\.isFinite) else {
                throw .invalid(mask == nil
                    ? "gradient descent diverged (non-finite parameters); lower --eta (now \(c.eta))"
                    : "sparse gradient descent diverged (non-finite parameters); lower --sparse-eta (now \(sparseEta))")
            }
        }

        // 1. Dense pre-training.
        for s in 0..<c.pretrainSteps {
            losses.append((s - c.pretrainSteps, try net.loss(on: data)))
            try step(nil)
        }
        let lossBefore = try net.loss(on: data)
        // 2. Prune.
        var pruning = try MagnitudePruning(parameters: net.parameters, keepFraction: c.keepFraction, groups: c.layerwisePruning ? net.layers : nil)
        net.parameters = pruning.apply(to: net.parameters)
        let lossAfter = try net.loss(on: data)

        // 3. Full Hessian spectrum right after pruning (the seed's Fig. 3 analogue).
        var fullEig: [Double]?, fullSummary: SpectrumSummary?, buildSeconds: Double?, fullSeconds: Double?
        if c.fullSpectrum {
            let t0 = clock.now
            let H = try net.hessian(on: data)
            let t1 = clock.now
            let eig: [Double]
            do { eig = try SymmetricEigen.eigenvalues(of: H, order: net.parameterCount) } catch { throw .eigen(error) }
            buildSeconds = Self.seconds(t1 - t0)
            fullSeconds = Self.seconds(clock.now - t1)
            fullEig = eig
            fullSummary = SpectrumSummary(hessianEigenvalues: eig, proxy: try ErrorProxy(hessianEigenvalues: eig, scale: scale))
        }

        // 4. Sparse training with re-uploads.
        let schedule = try ReuploadSchedule(every: c.reuploadEvery, classicalStepsBeforeReupload: c.qram ? ReuploadSchedule.qramClassicalSteps : 0)
        var segments: [ProxySegment] = []
        var x = 0   // x axis: all training steps after pruning (quantum and classical)
        for (k, range) in schedule.segments(totalSteps: c.steps).enumerated() {
            if k > 0 && schedule.classicalStepsBeforeReupload > 0 {
                for _ in 0..<schedule.classicalStepsBeforeReupload {
                    losses.append((x, try net.loss(on: data)))
                    try step(nil)
                    x += 1
                }
                pruning = try MagnitudePruning(parameters: net.parameters, keepFraction: c.keepFraction, groups: c.layerwisePruning ? net.layers : nil)
                net.parameters = pruning.apply(to: net.parameters)
            }
            let H = try net.hessian(on: data, indices: pruning.kept)
            let t0 = clock.now
            let eig: [Double]
            do { eig = try SymmetricEigen.eigenvalues(of: H, order: pruning.kept.count) } catch { throw .eigen(error) }
            let seconds = Self.seconds(clock.now - t0)
            let proxy = try ErrorProxy(hessianEigenvalues: eig, scale: scale)
            let curve = (0...range.count).map { t in (step: x + t, p: proxy.value(at: t), log10P: proxy.log10Value(at: t)) }
            segments.append(ProxySegment(start: x, length: range.count, hessianEigenvalues: eig,
                                         summary: SpectrumSummary(hessianEigenvalues: eig, proxy: proxy),
                                         curve: curve, spectrumSeconds: seconds))
            for _ in range {
                losses.append((x, try net.loss(on: data)))
                try step(pruning.mask)
                x += 1
            }
        }
        losses.append((x, try net.loss(on: data)))
        return ProxyReport(configuration: c, parameters: net.parameterCount, retained: pruning.kept.count, aScale: scale,
                           fullHessianEigenvalues: fullEig, fullSpectrumSummary: fullSummary,
                           fullHessianBuildSeconds: buildSeconds, fullSpectrumSeconds: fullSeconds,
                           segments: segments, loss: losses, lossBeforePruning: lossBefore, lossAfterPruning: lossAfter)
    }
}
