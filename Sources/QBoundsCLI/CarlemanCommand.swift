import ArgumentParser
import Carleman
import Certificates
import Exact
import Foundation

/// `qbounds carleman …`
struct CarlemanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "carleman",
        abstract: "Carleman linearization: exact matrices and certified truncation bounds.",
        subcommands: [CarlemanMatrixCommand.self, CarlemanCheckCommand.self])

    /// Loads a model file for a continuous-time command, exiting 2 with file:line on bad input.
    static func loadODE(_ path: String) throws -> ModelFile {
        let model: ModelFile
        do { model = try ModelFile.load(path) } catch {
            StandardError.write(error.description)
            throw ExitCode(2)
        }
        guard model.kind == .ode else {
            StandardError.write("\(path): error: kind: \(model.kind.rawValue) is a discrete model: expected kind: ode for `qbounds carleman`")
            throw ExitCode(2)
        }
        return model
    }

    /// Exit 2 with "file: error: …" for an error raised while working on a valid file
    /// (sizes past a cap, N < 1, …).
    static func fail(_ path: String, _ error: any Error) -> ExitCode {
        StandardError.write("\(path): error: \(error)")
        return ExitCode(2)
    }
}

/// `qbounds carleman matrix MODEL --order N [--exact] [--json]`
struct CarlemanMatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Build the truncated Carleman matrix A and forcing b of an ODE model.",
        discussion: """
            dŷ/dt = A ŷ + b with ŷ = [u; u⊗u; …; u^⊗N], Δ = n + n² + … + n^N. With --json prints \
            {"dimension": Δ, "entries": [[row, col, value], …], "forcing": [[row, value], …]} with \
            0-based indices, blocks j = 1…N in order and, inside block j, the Kronecker index of \
            u_{i1}⋯u_{ij} (i1 most significant). --exact gives values as exact fractions "p/q"; \
            otherwise as decimal strings of the rounded Double.
            """)

    @Argument(help: "A model file (kind: ode), YAML or JSON.") var model: String
    @Option(name: .customLong("order"), help: "Truncation order N ≥ 1.") var order: Int
    @Flag(help: "Exact rational entries (\"p/q\").") var exact = false
    @Flag(help: "Print the matrix as JSON.") var json = false

    func run() throws {
        let m = try CarlemanCommand.loadODE(model)
        guard order >= 1 else {
            StandardError.write("\(model): error: --order \(order): expected a truncation order N ≥ 1")
            throw ExitCode(2)
        }
        let out = OutputBuffer()
        do {
            if exact {
                let a = try CarlemanMatrix(system: m.system, order: order)
                if json {
                    out.write("{\"dimension\": \(a.layout.dimension), \"entries\": [")
                    var first = true
                    for i in 0..<a.matrix.rows {
                        for k in a.matrix.rowStart[i]..<a.matrix.rowStart[i + 1] {
                            out.write(first ? "\n  " : ",\n  "); first = false
                            out.write("[\(i), \(a.matrix.columnIndex[k]), \"\(a.matrix.values[k])\"]")
                        }
                    }
                    out.write("\n], \"forcing\": [" + a.forcing.map { "[\($0.row), \"\($0.value)\"]" }.joined(separator: ", ") + "]}\n")
                } else {
                    out.write(summary(layout: a.layout, nonzeros: a.matrix.nonzeroCount, forcing: a.forcing.count, exact: true))
                }
            } else {
                let a = try FloatCarlemanMatrix(system: m.system, order: order)
                let mat = a.matrix
                if json {
                    out.write("{\"dimension\": \(a.layout.dimension), \"entries\": [")
                    var first = true
                    for i in 0..<mat.rowCount {
                        for k in mat.rowOffsets[i]..<mat.rowOffsets[i + 1] {
                            out.write(first ? "\n  " : ",\n  "); first = false
                            out.write("[\(i), \(mat.columnIndices[k]), \"\(mat.values[k])\"]")
                        }
                    }
                    let f = a.forcing.enumerated().filter { $0.element != 0 }.map { "[\($0.offset), \"\($0.element)\"]" }
                    out.write("\n], \"forcing\": [" + f.joined(separator: ", ") + "]}\n")
                } else {
                    out.write(summary(layout: a.layout, nonzeros: mat.values.count, forcing: a.forcing.filter { $0 != 0 }.count, exact: false))
                }
            }
        } catch {
            throw CarlemanCommand.fail(model, error)
        }
        out.flush()
    }

    func summary(layout l: CarlemanLayout, nonzeros: Int, forcing: Int, exact: Bool) -> String {
        var s = "Carleman matrix of \(model) (\(exact ? "exact, over ℚ" : "Double")): order N = \(l.order), n = \(l.variableCount)\n"
        s += "  dimension Δ = \(l.dimension) (blocks " + l.blockSizes.map(String.init).joined(separator: " + ") + ")\n"
        s += "  stored entries of A: \(nonzeros); nonzero entries of b: \(forcing)\n"
        s += "  (use --json for the entries)\n"
        return s
    }
}

/// Buffered standard output for large JSON.
final class OutputBuffer {
    private var buffer: [UInt8] = []
    init() { buffer.reserveCapacity(1 << 20) }
    func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 20 { flush() }
    }
    func flush() {
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// `qbounds carleman check MODEL --order N --horizon T [--json] [--plot FILE.svg]`
struct CarlemanCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Decide which Carleman truncation bounds hold for a model and compare them with the simulated error.",
        discussion: """
            Certifies a bound only when its hypotheses are certified exactly (F0 = 0, normality, \
            μ(F1) < 0 by exact LDLᵀ, R ≤ 1 and the a-priori state bound by outward-rounded \
            intervals). Prints the papers' R, the hypotheses with their witnesses, each bound as an \
            enclosure on a time grid, and the float simulation's observed error. Exit status: 0 \
            certified, 1 hypothesis-not-met / undecided, 2 bad input.
            """)

    @Argument(help: "A model file (kind: ode) with an initial state.") var model: String
    @Option(name: .customLong("order"), help: "Truncation order N ≥ 1.") var order: Int
    @Option(help: "Horizon T > 0 (exact: \"1/2\", \"0.5\", \"1e-1\").") var horizon: String
    @Option(help: "Number of grid times t_k = kT/M, k = 1…M.") var grid: Int = 20
    @Option(help: "Norm: 2 (the papers') or inf (exact norms).") var norm: String = "2"
    @Option(help: "Interval precision in bits.") var precision: Int = 128
    @Flag(help: "Skip the float simulation.") var noSimulation = false
    @Option(help: ArgumentHelp("Write an SVG plot of the error and the bounds against t.", valueName: "FILE.svg")) var plot: String?
    @Flag(help: "Print the report as one JSON object.") var json = false

    func run() throws {
        let m = try CarlemanCommand.loadODE(model)
        guard let u0 = m.initial else {
            StandardError.write("\(model): error: the model has no initial state: expected initial: {x: \"1/10\", …}")
            throw ExitCode(2)
        }
        let T: Rational
        do { T = try Rational(parsing: horizon) } catch {
            StandardError.write("\(model): error: --horizon \(horizon): \(error)")
            throw ExitCode(2)
        }
        guard T.signum > 0 else { StandardError.write("\(model): error: --horizon \(horizon): expected T > 0"); throw ExitCode(2) }
        guard order >= 1, order <= 64 else { StandardError.write("\(model): error: --order \(order): expected 1 ≤ N ≤ 64"); throw ExitCode(2) }
        guard (1...10_000).contains(grid) else { StandardError.write("\(model): error: --grid \(grid): expected 1…10000"); throw ExitCode(2) }
        guard let nm = CarlemanNorm(rawValue: norm) else { StandardError.write("\(model): error: --norm \(norm): expected 2 or inf"); throw ExitCode(2) }
        guard (16...4096).contains(precision) else { StandardError.write("\(model): error: --precision \(precision): expected 16…4096 bits"); throw ExitCode(2) }
        var o = CarlemanCheck.Options(order: order, horizon: T)
        o.gridPoints = grid; o.norm = nm; o.precision = precision; o.simulate = !noSimulation; o.modelName = model
        let report: CarlemanCheckReport
        do { report = try CarlemanCheck.run(system: m.system, initial: u0, options: o) } catch {
            throw CarlemanCommand.fail(model, error)
        }
        if let plot {
            do { try Data(CarlemanReportText.plot(report).svg.utf8).write(to: URL(fileURLWithPath: plot)) } catch {
                StandardError.write("\(plot): error: cannot write the plot: \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try e.encode(report) + Data("\n".utf8))
        } else {
            print(CarlemanReportText.text(report), terminator: "")
        }
        if report.verdict != .certified { throw ExitCode(1) }
    }
}
