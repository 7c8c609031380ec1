import Foundation
import Training

/// The JSON object of `qbounds gd proxy --json` (keys sorted on output). Non-finite Doubles
/// (an overflowing P) are written as null; `log10_P` carries the value in the log domain.
enum GDProxyJSON {
    static func number(_ v: Double?) -> Any { v.flatMap { $0.isFinite ? $0 : nil } ?? NSNull() }

    static func summary(_ s: SpectrumSummary) -> [String: Any] {
        ["count": s.count, "min": number(s.minimum), "max": number(s.maximum), "negative": s.negative,
         "retained_by_cut": s.retainedByCut, "dissipative": s.dissipative, "divergent": s.divergent,
         "growth_factor": number(s.growthFactor)]
    }

    static func object(_ r: ProxyReport) -> [String: Any] {
        let c = r.configuration
        var o: [String: Any] = [
            "statement": r.statement,
            "float_exploration": "Double computation of the seed paper's heuristic (Eqs. 7-8); not a certified bound",
            "parameters": r.parameters,
            "retained": r.retained,
            "reupload_every": c.reuploadEvery,
            "variant": c.qram ? "qram" : "sparse",
            "classical_steps_before_reupload": c.qram ? 10 : 0,
            "a_definition": c.literal ? "a = -h (Eq. 7 literally)" : "a = -eta*h",
            "a_scale": r.aScale,
            "cut": ErrorProxy.defaultCut,
            "seed": String(c.seed),
            "eta": c.eta, "sparse_eta": number(c.sparseEta ?? c.eta), "layerwise_pruning": c.layerwisePruning, "steps": c.steps, "pretrain_steps": c.pretrainSteps, "hidden": c.hidden, "inputs": c.inputs,
            "samples": c.samples, "keep_fraction": c.keepFraction,
            "loss_before_pruning": number(r.lossBeforePruning), "loss_after_pruning": number(r.lossAfterPruning),
            "loss": r.loss.map { [$0.step, number($0.loss)] },
            "proxy": r.segments.flatMap { $0.curve.map { [$0.step, number($0.p)] as [Any] } },
            "log10_proxy": r.segments.flatMap { $0.curve.map { [$0.step, number($0.log10P)] as [Any] } },
            "segments": r.segments.map { s in
                ["start": s.start, "length": s.length, "summary": summary(s.summary), "spectrum_seconds": s.spectrumSeconds,
                 "hessian_eigenvalues": s.hessianEigenvalues] as [String: Any]
            },
        ]
        var es: [String: Any] = [:]
        if let first = r.segments.first { es["retained_at_first_upload"] = summary(first.summary) }
        if let last = r.segments.last { es["retained_at_last_upload"] = summary(last.summary) }
        if let f = r.fullSpectrumSummary {
            es["full_after_pruning"] = summary(f)
            es["full_hessian_order"] = r.parameters
            es["full_hessian_build_seconds"] = number(r.fullHessianBuildSeconds)
            es["full_spectrum_seconds"] = number(r.fullSpectrumSeconds)
        }
        o["eigenvalues_summary"] = es
        return o
    }
}
