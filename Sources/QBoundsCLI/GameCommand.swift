import ArgumentParser
import Bell
import Certificates
import Exact
import Foundation

/// `qbounds game …`: classical and quantum values of nonlocal games and Bell inequalities, and
/// the Zhao–Deng noise threshold.
struct GameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "game", abstract: "Nonlocal games: classical and quantum values, noise thresholds.",
                                                    subcommands: [GameValue.self, GameThreshold.self, GameSample.self])
}

/// `qbounds game value NAME|FILE [--json]`
struct GameValue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "value",
        abstract: "Classical value (exact) and quantum value (certified enclosure) of a library game or inequality, or of a file.",
        discussion: """
            NAME is one of \(BellLibrary.names.joined(separator: ", ")) (N parties, M settings). \
            The classical value is the exact local bound; the quantum value is the interval value of \
            the library's explicit strategy (bell.quantum-value); a violation is reported only when \
            the interval's lower end exceeds the classical value. For a FILE (see `bell bound`) of an \
            XOR functional the quantum value is enclosed by certified Tsirelson bounds.
            """)

    @Argument(help: "A library name or a Bell functional file.") var name: String
    @Flag(help: "Print one JSON object.") var json = false
    @Flag(help: "Run an enumeration even when it is estimated to take very long.") var force = false

    func run() throws {
        let entry: BellLibraryEntry?
        let functional: BellFunctional
        var fileStrategy: QuantumStrategy? = nil
        if FileManager.default.fileExists(atPath: name) {
            do { (functional, fileStrategy) = try BellDocument.loadWithStrategy(file: name) } catch { StandardError.write(error.description); throw ExitCode(2) }
            entry = nil
        } else {
            do { entry = try BellLibrary.entry(named: name) } catch {
                StandardError.write("error: \(error) — or a path to a Bell functional file"); throw ExitCode(2)
            }
            functional = entry!.functional
        }
        let local: LocalBoundResult
        do { local = try LocalBound.compute(functional, force: force) } catch {
            StandardError.write("\(name): error: \(error)"); throw ExitCode(2)
        }
        var quantum: Interval? = nil, upper: Rational? = nil, formula: String? = nil
        var floatValue: Double? = nil
        if let e = entry, let s = e.strategy {
            quantum = try s.value(of: functional)
            formula = e.quantumFormula
            floatValue = try? s.floatValue(of: functional)
        } else if let s = fileStrategy {
            quantum = try s.value(of: functional)
            formula = "the file's strategy (bell.quantum-value)"
            floatValue = try? s.floatValue(of: functional)
        } else if case .correlator(let c) = functional, c.inputs.count == 2, let t = try? TsirelsonBound.compute(c) {
            quantum = try Interval(lower: t.lower.lower, upper: t.upper)
            upper = t.upper
            formula = "certified Tsirelson bounds (bell.tsirelson-xor)"
        }
        // White noise: the value of uniformly random outputs.
        let fp = functional.probabilityForm
        let uniform = try Rational(1, fp.scenario.outputTupleCount)
        let noise = fp.coefficients.reduce(Rational()) { $0 + $1 } * uniform
        var threshold: Interval? = nil
        if let q = quantum, upper == nil, q.isGreater(than: local.value) == .true {
            threshold = try? NoiseThreshold.criticalVisibility(local: local.value, quantum: q, constant: noise)
        }
        // XOR functionals (bipartite, no marginals): certified Tsirelson bounds, both sides.
        var tsirelson: TsirelsonBound? = nil
        if case .correlator(let c) = functional, c.inputs.count == 2, c.inputs.max()! <= 24 { tsirelson = try? TsirelsonBound.compute(c) }
        let noSignalling = try? NoSignallingBound.compute(functional.probabilityForm)
        let violation: String = quantum.map { $0.isGreater(than: local.value) == .true ? "certified" : ($0.isLessOrEqual(to: local.value) == .true ? "none" : "undecided") } ?? "undecided"
        if json {
            var out: [String: Any] = [
                "name": name, "statement": entry?.statement ?? "bell.local-bound", "kind": entry.map { $0.isGame ? "game" : "inequality" } ?? functional.notation,
                "classical": local.value.description, "strategy": local.strategy.answers, "violation": violation,
            ]
            if let q = quantum { out["quantum"] = BellJSON.enclosure(q) } else { out["quantum"] = NSNull() }
            if let f = formula { out["quantum_formula"] = f }
            if let u = upper { out["quantum_upper_certificate"] = u.description }
            if let v = floatValue { out["quantum_float"] = v }
            if let t = threshold { out["critical_visibility"] = BellJSON.enclosure(t); out["noise_statement"] = "bell.noise-threshold" }
            if let ns = noSignalling { out["no_signalling"] = ns.value.description }
            if let t = tsirelson {
                out["tsirelson"] = ["statement": "bell.tsirelson-xor", "lower": BellJSON.enclosure(t.lower), "upper": t.upper.description,
                                    "certificate": ["a": t.a.map(\.description), "b": t.b.map(\.description)]]
            }
            try BellJSON.print(out)
        } else {
            print("\(name): classical value = \(local.value)  (exact; optimal strategy \(local.strategy))")
            if let q = quantum {
                print("  quantum value ∈ [\(q.lowerString()), \(q.upperString())]\(formula.map { "  (\($0))" } ?? "")")
            } else { print("  quantum value: no explicit strategy") }
            print("  violation: \(violation)")
            if let ns = noSignalling { print("  no-signalling value = \(ns.value)  (exact simplex)") }
            if let t = threshold { print("  critical visibility v* ∈ [\(t.lowerString()), \(t.upperString())]") }
            if let t = tsirelson {
                print("  Tsirelson bound ∈ [\(t.lower.lowerString()), \(t.upper.double(rounding: .up))]  (bell.tsirelson-xor; upper: exact PSD dual certificate \(t.upper))")
            }
        }
    }
}

/// `qbounds game threshold zhao-deng [--json]`
struct GameThreshold: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "threshold",
        abstract: "Zhao–Deng noise threshold: exact q(p), the paper's p*, a certified enclosure of p_c with q(p_c) = 15/16.",
        discussion: "q(p) is the per-game win probability under depolarizing noise after every gate (zhaodeng.noise); score S for n_g games is the exact binomial tail (zhaodeng.score).")

    @Argument(help: "The task: zhao-deng.") var task: String
    @Flag(help: "Print one JSON object.") var json = false
    @Option(help: "Noise level p (exact) at which scores are tabulated.") var p: String = "1/100"
    @Option(help: "Largest number of games n_g in the score table (1…64).") var games: Int = 6
    @Option(help: ArgumentHelp("Write an SVG with score vs p (p* and p_c marked) and score vs n.", valueName: "FILE")) var plot: String?

    func run() throws {
        guard task == "zhao-deng" else { StandardError.write("error: unknown task '\(task)': expected zhao-deng"); throw ExitCode(2) }
        guard (1...64).contains(games) else { StandardError.write("error: --games \(games): expected 1 to 64"); throw ExitCode(2) }
        let pq: Rational
        do { pq = try Rational(parsing: p) } catch { StandardError.write("error: --p: \(error)"); throw ExitCode(2) }
        guard pq.signum >= 0, pq <= 1 else { StandardError.write("error: --p \(p): expected a probability in [0, 1]"); throw ExitCode(2) }
        let q = ZhaoDeng.winPolynomial()
        let pStar = try ZhaoDeng.pStar()
        let (pc, _) = try ZhaoDeng.criticalNoise()
        let qp = q(pq)
        let scores = try (1...games).map { n in (n, try ZhaoDeng.score(games: n, winProbability: qp)) }
        if let file = plot {
            let svg = GamePlot.svg(q: q, games: games, p: pq.double(), pStar: pStar.midpoint.double(), pc: pc.midpoint.double())
            do { try svg.write(toFile: file, atomically: true, encoding: .utf8) } catch {
                StandardError.write("\(file): error: cannot write the plot: \(error)"); throw ExitCode(2)
            }
        }
        if json {
            try BellJSON.print([
                "task": "zhao-deng", "statements": ["zhaodeng.classical-value", "zhaodeng.noise", "zhaodeng.score"],
                "classical": ZhaoDeng.classicalValue.description,
                "win_polynomial": (0...q.degree).map { q[$0].description },
                "p_star": BellJSON.enclosure(pStar), "p_c": BellJSON.enclosure(pc),
                "p": pq.description, "q_at_p": qp.description,
                "scores": scores.map { ["games": $0.0, "score": BellJSON.enclosure(try! Interval($0.1))] },
            ])
        } else {
            print("Zhao–Deng, one game: classical value 15/16; noiseless quantum strategy wins with probability 1")
            print("  q(p) = \(q)")
            print("  p* = 1 − (15/16)^(1/10) ∈ [\(pStar.lowerString()), \(pStar.upperString())]")
            print("  p_c (q(p_c) = 15/16) ∈ [\(pc.lowerString()), \(pc.upperString())]")
            print("  at p = \(pq): q = \(qp.double())")
            for (n, s) in scores { print("    n_g = \(n): score \(s.double())") }
        }
    }
}
