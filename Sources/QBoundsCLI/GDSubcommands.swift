import ArgumentParser
import Carleman
import Certificates
import Exact
import Foundation

extension GDCommand {
    /// Subcommands: `blocks`, `check` (discrete Carleman) and `proxy` (Hessian error proxy).
    static var subcommandList: [any ParsableCommand.Type] { [GDBlocksCommand.self, GDCheckCommand.self, GDProxyCommand.self] }

    /// A gradient-descent model (f = −∇L, η from the file) or a map (f = the increment, η = 1).
    static func loadDiscrete(_ path: String) throws -> (model: ModelFile, eta: Rational) {
        let model: ModelFile
        do { model = try ModelFile.load(path) } catch {
            StandardError.write(error.description)
            throw ExitCode(2)
        }
        switch model.kind {
        case .gradientDescent: return (model, model.eta!)
        case .map: return (model, Rational(1))
        case .ode:
            StandardError.write("\(path): error: kind: ode is a continuous model: expected kind: gradient-descent or map for `qbounds gd` (use `qbounds carleman`)")
            throw ExitCode(2)
        }
    }
}

/// `qbounds gd blocks MODEL --order N [--json]`
struct GDBlocksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocks",
        abstract: "The exact blocks A_{j,k} = Σ_p η^p C_{j,k,p} of the discrete Carleman lifting, η symbolic.",
        discussion: """
            F_ℓ = −η g_ℓ from the model's loss (∇L = Σ g_ℓ θ^⊗ℓ); for kind: map, F_ℓ are the \
            increments and η = 1 (η^p then counts the non-identity Kronecker factors). --json prints \
            {"blocks": [{"row": j, "col": k, "eta_power": p, "entries": [[r, c, "p/q"], …]}, …]} for \
            j = 1…N and k = 0…qj, with r and c the Kronecker indices inside the blocks.
            """)

    @Argument(help: "A model file (kind: gradient-descent or map).") var model: String
    @Option(name: .customLong("order"), help: "Order N ≥ 1.") var order: Int
    @Flag(help: "Print the blocks as JSON.") var json = false

    func run() throws {
        let (m, _) = try GDCommand.loadDiscrete(model)
        guard (1...8).contains(order) else { StandardError.write("\(model): error: --order \(order): expected 1 ≤ N ≤ 8"); throw ExitCode(2) }
        let lifting: DiscreteLifting
        do { lifting = try DiscreteLifting(field: m.system, order: order) } catch { throw CarlemanCommand.fail(model, error) }
        let keys = lifting.blocks.keys.sorted()
        let out = OutputBuffer()
        if json {
            out.write("{\"order\": \(order), \"variables\": \(m.system.dimension), \"blocks\": [")
            for (i, key) in keys.enumerated() {
                let b = lifting.blocks[key]!
                out.write(i == 0 ? "\n  " : ",\n  ")
                out.write("{\"row\": \(key.row), \"col\": \(key.column), \"eta_power\": \(key.etaPower), \"entries\": [")
                out.write(b.triplets.map { "[\($0.0), \($0.1), \"\($0.2)\"]" }.joined(separator: ", "))
                out.write("]}")
            }
            out.write("\n]}\n")
        } else {
            out.write("Discrete Carleman lifting of \(model): n = \(m.system.dimension), q = \(m.system.degree), N = \(order)\n")
            out.write("  A_{j,k} = Σ_p η^p C_{j,k,p}; nonzero C blocks (j, k, p: entries):\n")
            for key in keys { out.write("    (\(key.row), \(key.column), \(key.etaPower)): \(lifting.blocks[key]!.nonzeroCount)\n") }
        }
        out.flush()
    }
}

/// `qbounds gd check MODEL --order N --steps T [--json] [--plot FILE.svg]`
struct GDCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Certified error bound and dissipation class of the discrete Carleman iteration, against plain gradient descent.",
        discussion: """
            ρ encloses ‖I + A_N‖₂ (fully-dissipative if ρ < 1, almost-dissipative if ρ ≤ 1); the \
            error bound ‖e(T)‖ ≤ Σ ρ^{T−1−s}‖B_N(s)‖ is evaluated with outward-rounded intervals \
            along an enclosure of the trajectory. Exit 0 when the bound is certified, 1 undecided, \
            2 bad input.
            """)

    @Argument(help: "A model file (kind: gradient-descent or map) with an initial state.") var model: String
    @Option(name: .customLong("order"), help: "Order N ≥ 1.") var order: Int
    @Option(help: "Number of steps T ≥ 1.") var steps: Int
    @Option(help: "Override the learning rate η (exact).") var eta: String?
    @Option(help: ArgumentHelp("Write an SVG plot of the observed error and the bound against t.", valueName: "FILE.svg")) var plot: String?
    @Flag(help: "Print the report as JSON.") var json = false

    func run() throws {
        var (m, rate) = try GDCommand.loadDiscrete(model)
        if let e = eta {
            do { rate = try Rational(parsing: e) } catch { StandardError.write("\(model): error: --eta \(e): \(error)"); throw ExitCode(2) }
            guard rate.signum > 0 else { StandardError.write("\(model): error: --eta \(e): expected η > 0"); throw ExitCode(2) }
        }
        guard let u0 = m.initial else { StandardError.write("\(model): error: the model has no initial state: expected initial: {…}"); throw ExitCode(2) }
        guard (1...8).contains(order) else { StandardError.write("\(model): error: --order \(order): expected 1 ≤ N ≤ 8"); throw ExitCode(2) }
        guard (1...10_000).contains(steps) else { StandardError.write("\(model): error: --steps \(steps): expected 1 ≤ T ≤ 10000"); throw ExitCode(2) }
        var o = DiscreteCheck.Options(order: order, steps: steps, eta: rate)
        o.modelName = model
        let report: DiscreteCheckReport
        do { report = try DiscreteCheck.run(field: m.system, initial: u0, options: o) } catch { throw CarlemanCommand.fail(model, error) }
        if let plot {
            var p = SVGPlot(title: "Discrete Carleman error, N = \(order), η = \(rate): \(model)", xLabel: "step t", yLabel: "lifted error ‖e(t)‖", logY: true)
            let ts = (0...steps).map(Double.init)
            p.series.append(.init(name: "observed (float)", x: Array(ts.prefix(report.observedError.count)), y: report.observedError, markers: steps <= 60))
            if let b = report.errorBounds { p.series.append(.init(name: "certified bound", x: ts, y: b.map { Double($0.hi) ?? .nan })) }
            do { try Data(p.svg.utf8).write(to: URL(fileURLWithPath: plot)) } catch {
                StandardError.write("\(plot): error: cannot write the plot: \(error.localizedDescription)"); throw ExitCode(2)
            }
        }
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try e.encode(report) + Data("\n".utf8))
        } else {
            var s = "Discrete Carleman check of \(model): verdict \(report.verdict.rawValue.uppercased())\n"
            s += "  n = \(report.variables), degree \(report.degree), N = \(order), Δ = \(report.carlemanDimension), η = \(report.eta), T = \(steps)\n"
            s += "  ‖I + A_N‖₂ ∈ \(report.rho) (\(report.rhoMethod)): \(report.dissipation.rawValue)\n"
            s += "  error bound at T: \(report.errorBound.map(\.description) ?? "none") (certified: ‖(u^⊗j − ŷ_j)_j‖ ≤ upper end)\n"
            s += "  Eq. 6 system for T steps: ‖L‖₂ ≤ \(report.linearSystem.norm.hi), ‖L⁻¹‖₂ ≤ \(report.linearSystem.inverseNorm.hi), κ₂(L) ≤ \(report.linearSystem.condition.hi) (certified upper ends)\n"
            let tObs = report.observedError.count - 1 == steps ? "T" : "t = \(report.observedError.count - 1) (floats diverged after)"
            s += "  observed lifted error at \(tObs): \(String(format: "%.6g", report.observedError.last!)); ‖u − ŷ1‖ = \(String(format: "%.6g", report.observedErrorU.last!))"
            if let r = report.maximumObservedRatio { s += "; max observed/bound \(String(format: "%.3g", r))" }
            s += "\n"
            let tg = report.gradientDescent.count - 1, tc = report.carleman.count - 1
            s += "  plain GD u(\(tg == steps ? "T" : "\(tg)")) = \(report.gradientDescent.last!.map { String(format: "%.6g", $0) }); Carleman ŷ1(\(tc == steps ? "T" : "\(tc)")) = \(report.carleman.last!.map { String(format: "%.6g", $0) })\n"
            if let k = report.naiveEulerGapOrder { s += "  naive Euler gap after 2 steps (Carleman order \(report.naiveEulerGapCarlemanOrder ?? order)): O(η^\(k)), leading coefficients \(report.naiveEulerGapCoefficients ?? [])\n" }
            for f in report.findings { s += "  finding: \(f)\n" }
            print(s, terminator: "")
        }
        if report.verdict != .certified { throw ExitCode(1) }
    }
}
