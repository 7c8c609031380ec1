import ArgumentParser
import Certificates
import Foundation
import Training

/// `qbounds gd proxy …`: the Hessian error proxy P(t) of the seed paper (Liu et al., Nat.
/// Commun. 15, 434 (2024), Eqs. 7–8; statement "discrete.error-proxy") during sparse training of a
/// small polynomial-activation network, with download/re-upload every K steps — the shape of
/// the seed's Fig. 2 at small scale. Floats explore here: the output is a Double computation of
/// a heuristic, never a verdict. Exit 0 on success, 2 on bad options.
struct GDProxyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proxy",
        abstract: "Hessian spectrum and the error proxy P(t) during sparse training.",
        discussion: """
            Pre-trains a two-layer network with σ(z) = z + z²/2 by gradient descent on a generated data set, \
            keeps the largest --keep fraction of weights, then trains the sparse model and re-uploads every \
            --reupload steps. At each upload the Hessian on the retained weights is diagonalised (LAPACK dsyevd) \
            and P(t) = mean over |a_i| ≥ 0.4 of |1 + a_i|^t is reported with a = −η·h (a = −h with --literal). \
            A float exploration, not a certified bound.
            """)

    @Option(help: "Seed of the data set and the initial weights.") var seed: UInt64 = 20261122
    @Option(help: "Sparse-training steps after pruning (1…100000).") var steps: Int = 1000
    @Option(help: "Re-upload period K (the seed paper: 100).") var reupload: Int = 100
    @Option(help: "Dense pre-training steps before pruning.") var pretrain: Int = 300
    @Option(help: "Hidden width h (d = --inputs; parameters h(d + 2) + 1).") var hidden: Int = 100
    @Option(help: "Input dimension d.") var inputs: Int = 10
    @Option(help: "Samples in the generated data set.") var samples: Int = 64
    @Option(help: "Learning rate η.") var eta: Double = 0.03
    @Option(help: "Fraction of weights kept by magnitude pruning.") var keep: Double = 0.1
    @Option(help: "Learning rate of sparse training (near the edge of stability 2/λ_max of the retained Hessian).") var sparseEta: Double = 0.3
    @Flag(help: "Prune over all parameters at once instead of layer by layer.") var globalPruning = false
    @Flag(help: "QRAM variant: 10 classical dense steps after each download, then re-prune and re-upload.") var qram = false
    @Flag(help: "Use a = −h (Eq. 7 literally, no η) instead of a = −η·h.") var literal = false
    @Flag(help: "Skip the dense spectrum of the full Hessian after pruning.") var noFullSpectrum = false
    @Flag(help: "Print the JSON report.") var json = false
    @Option(help: "Write an SVG plot of P(t) against training steps (log y).") var plot: String?
    @Option(help: "Write the JSON report to this file.") var out: String?
    @Option(help: "Write the full Hessian after pruning as raw little-endian float64 (for benchmarks).") var dumpHessian: String?

    func fail(_ message: String) -> ExitCode {
        StandardError.write("qbounds gd proxy: error: \(message)")
        return ExitCode(2)
    }

    func run() throws {
        var c = ProxyExperimentConfiguration()
        c.seed = seed; c.steps = steps; c.reuploadEvery = reupload; c.pretrainSteps = pretrain
        c.hidden = hidden; c.inputs = inputs; c.samples = samples; c.eta = eta; c.keepFraction = keep
        c.qram = qram; c.sparseEta = sparseEta; c.layerwisePruning = !globalPruning; c.literal = literal; c.fullSpectrum = !noFullSpectrum
        let report: ProxyReport
        do {
            report = try ProxyExperiment(c).run()
        } catch {
            throw fail("\(error)")
        }
        let object = GDProxyJSON.object(report)
        let data: Data
        do {
            data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        } catch { throw fail("could not encode the report: \(error)") }
        if let out {
            do { try data.write(to: URL(fileURLWithPath: out)) } catch { throw fail("\(out): cannot write: \(error.localizedDescription)") }
        }
        if let plot {
            do { try GDProxyPlot.svg(report).write(toFile: plot, atomically: true, encoding: .utf8) } catch {
                throw fail("\(plot): cannot write: \(error.localizedDescription)")
            }
        }
        if let dumpHessian {
            do { try GDProxyHessianDump.write(c, to: dumpHessian) } catch { throw fail("\(dumpHessian): \(error)") }
        }
        if json {
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(GDProxyText.report(report))
        }
    }
}
