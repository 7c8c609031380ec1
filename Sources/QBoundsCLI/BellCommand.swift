import ArgumentParser
import Bell
import Certificates
import Exact
import Foundation

/// `qbounds bell …`: exact local bounds of Bell functionals read from files.
struct BellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bell", abstract: "Bell inequalities: exact local bounds.",
                                                    subcommands: [BellBound.self])
}

/// `qbounds bell bound FILE [--json] [--force]`
struct BellBound: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bound",
        abstract: "Exact local bound of a Bell functional (bell.local-bound), with an optimal deterministic strategy.",
        discussion: """
            FILE (YAML or JSON) has `notation: correlator | collins-gisin | probability`, \
            `scenario: {inputs: [...], outputs: [...]}` and `coefficients:` as a nested array in the \
            Ket.jl/toqito convention. Bipartite binary functionals use a Gray-code walk with one party \
            optimised in closed form; others enumerate deterministic strategies. For XOR functionals \
            the certified Tsirelson bounds (bell.tsirelson-xor) are printed too. Exit status: 0 done, \
            2 bad input or a run too large without --force.
            """)

    @Argument(help: "A Bell functional file (YAML or JSON).") var file: String
    @Flag(help: "Print one JSON object.") var json = false
    @Flag(help: "Run an enumeration even when it is estimated to take very long.") var force = false

    func run() throws {
        let f: BellFunctional
        var strategy: QuantumStrategy? = nil
        do { (f, strategy) = try BellDocument.loadWithStrategy(file: file) } catch {
            StandardError.write(error.description); throw ExitCode(2)
        }
        let start = Date()
        let r: LocalBoundResult
        do {
            // Progress on long runs (estimated above ~10⁹ steps): chunk counts on standard error.
            var steps = 0.0
            if case .correlator(let c) = f, c.inputs.count == 2 { steps = LocalBound.grayCodeSteps(inputs: c.inputs[0], c.inputs[1]) }
            else { steps = LocalBound.enumerationPlan(f.probabilityForm.scenario).steps }
            var report: (@Sendable (Int, Int) -> Void)? = nil
            if steps > 1e9 && !json {
                report = { (done: Int, total: Int) -> Void in
                    if done % 16 == 0 || done == total { StandardError.write("progress: \(done)/\(total) chunks") }
                }
            }
            r = try LocalBound.compute(f, force: force, progress: report)
        } catch {
            StandardError.write("\(file): error: \(error)"); throw ExitCode(2)
        }
        let seconds = Date().timeIntervalSince(start)
        // XOR functionals: certified Tsirelson bounds (kept to small sizes).
        var tsirelson: TsirelsonBound? = nil
        if case .correlator(let c) = f, c.inputs.count == 2, c.inputs.max()! <= 24 {
            tsirelson = try? TsirelsonBound.compute(c)
        }
        if json {
            var out: [String: Any] = [
                "file": file, "statement": "bell.local-bound", "notation": f.notation,
                "scenario": ["inputs": f.scenario.inputs, "outputs": f.scenario.outputs],
                "local": r.value.description, "strategy": r.strategy.answers,
                "method": r.method, "arithmetic": r.arithmetic, "strategies_examined": r.strategiesExamined,
                "seconds": (seconds * 1000).rounded() / 1000,
            ]
            if let ns = try? NoSignallingBound.compute(f.probabilityForm) { out["no_signalling"] = ns.value.description }
            if let s = strategy, let q = try? s.value(of: f) {
                out["quantum"] = BellJSON.enclosure(q)
                out["violation"] = q.isGreater(than: r.value) == .true ? "certified" : (q.isLessOrEqual(to: r.value) == .true ? "none" : "undecided")
            }
            if let t = tsirelson {
                out["tsirelson"] = ["statement": "bell.tsirelson-xor", "lower": BellJSON.enclosure(t.lower), "upper": t.upper.description,
                                    "certificate": ["a": t.a.map(\.description), "b": t.b.map(\.description)]]
            }
            try BellJSON.print(out)
        } else {
            print("\(file): \(f.notation) functional, scenario \(f.scenario)")
            print("  local bound = \(r.value)  [bell.local-bound; \(r.method), \(r.arithmetic), \(r.strategiesExamined) strategies, \(String(format: "%.3f", seconds)) s]")
            print("  optimal deterministic strategy (outputs per input): \(r.strategy)")
            if let s = strategy, let q = try? s.value(of: f) {
                print("  the file's strategy: value ∈ [\(q.lowerString()), \(q.upperString())]  [bell.quantum-value; violation \(q.isGreater(than: r.value) == .true ? "certified" : "not certified")]")
            }
            if let t = tsirelson {
                print("  quantum value ∈ [\(t.lower.lowerString()), \(t.upper)]  [bell.tsirelson-xor; upper bound by an exact PSD dual certificate]")
            }
        }
    }
}
