import Bell
import Exact
import Yams

/// A Bell functional read from a YAML or JSON file (`qbounds bell bound FILE`):
///
/// ```yaml
/// notation: correlator        # correlator | collins-gisin | probability
/// scenario: {inputs: [2, 2], outputs: [2, 2]}   # outputs optional for correlator (all 2)
/// coefficients: [[0, 0, 0], [0, 1, 1], [0, 1, -1]]
/// ```
///
/// A nonlocal game is `notation: game` with `scenario`, `distribution` (nested array π[x₁]…[x_n]
/// over input tuples, summing to 1) and `payoff` (nested array V[a₁]…[a_n][x₁]…[x_n], 1 for a win,
/// 0 for a loss, rationals allowed); its functional is π(x)·V(a|x) in probability notation.
///
/// `coefficients` is a nested array in the Ket.jl / toqito convention: correlator — shape
/// `inputs[i] + 1` per party, `[0][0]` the constant; collins-gisin — shape
/// `1 + inputs[i](outputs[i] − 1)`; probability — `V[a₁]…[a_n][x₁]…[x_n]`. Numbers are exact
/// (`"1/3"`, `-2`, `0.25`). Every error names the file, the line and what was expected.
public enum BellDocument {
    public static func load(file: String) throws(InputError) -> BellFunctional {
        let text = try DocumentDecoder.read(file)
        return try parse(text, file: file)
    }

    /// The functional and, when the file has a `strategy:`, the quantum strategy
    /// (`BellStrategyDocument`), checked to fit the functional's scenario.
    public static func loadWithStrategy(file: String) throws(InputError) -> (BellFunctional, QuantumStrategy?) {
        let text = try DocumentDecoder.read(file)
        let f = try parse(text, file: file)
        guard let s = try BellStrategyDocument.strategy(in: text, file: file) else { return (f, nil) }
        guard s.scenario == f.scenario else {
            throw InputError(file: file, message: "strategy: it has inputs \(s.scenario.inputs) and outputs \(s.scenario.outputs): expected the functional's \(f.scenario)")
        }
        return (f, s)
    }

    public static func parse(_ text: String, file: String) throws(InputError) -> BellFunctional {
        let root = try DocumentDecoder.compose(text, file: file)
        guard case .mapping(let m) = root else {
            throw InputError(file: file, line: root.mark?.line, message: "expected a mapping with keys notation, scenario, coefficients")
        }
        func value(_ key: String) -> (Node, Int?)? {
            guard let pair = m.first(where: { $0.key.scalar?.string == key }) else { return nil }
            return (pair.value, pair.key.mark?.line)
        }
        for pair in m {
            let k = pair.key.scalar?.string ?? ""
            guard ["notation", "scenario", "coefficients", "distribution", "payoff", "strategy", "name", "description"].contains(k) else {
                throw InputError(file: file, line: pair.key.mark?.line, message: "unknown key '\(k)': expected notation, scenario, coefficients (or distribution and payoff for a game; strategy, name, description optional)")
            }
        }
        guard let (nNode, nLine) = value("notation"), let notation = nNode.scalar?.string else {
            throw InputError(file: file, line: root.mark?.line, message: "missing key 'notation': expected correlator, collins-gisin or probability")
        }
        guard ["correlator", "collins-gisin", "probability", "game"].contains(notation) else {
            throw InputError(file: file, line: nNode.mark?.line ?? nLine, message: "notation '\(notation)': expected correlator, collins-gisin, probability or game")
        }
        guard let (sNode, sLine) = value("scenario"), case .mapping(let sm) = sNode else {
            throw InputError(file: file, line: root.mark?.line, message: "missing key 'scenario': expected a mapping {inputs: [mA, mB, …], outputs: [oA, oB, …]}")
        }
        func intList(_ key: String) throws(InputError) -> [Int]? {
            guard let pair = sm.first(where: { $0.key.scalar?.string == key }) else { return nil }
            guard case .sequence(let seq) = pair.value else {
                throw InputError(file: file, line: pair.value.mark?.line ?? sLine, message: "scenario.\(key): expected a list of integers, one per party")
            }
            var out = [Int]()
            for n in seq {
                guard let s = n.scalar?.string, let v = Int(s) else {
                    throw InputError(file: file, line: n.mark?.line, message: "scenario.\(key): expected an integer, got '\(n.scalar?.string ?? "a collection")'")
                }
                out.append(v)
            }
            return out
        }
        guard let inputs = try intList("inputs") else {
            throw InputError(file: file, line: sNode.mark?.line ?? sLine, message: "missing key 'scenario.inputs': expected a list of input counts, one per party")
        }
        let outputs = try intList("outputs") ?? inputs.map { _ in 2 }
        let scenario: BellScenario
        do { scenario = try BellScenario(inputs: inputs, outputs: outputs) } catch {
            throw InputError(file: file, line: sNode.mark?.line ?? sLine, message: "scenario: \(error)")
        }
        if notation == "game" {
            guard let (dNode, dLine) = value("distribution"), let (pNode, pLine) = value("payoff") else {
                throw InputError(file: file, line: root.mark?.line, message: "a game needs keys 'distribution' (shape \(inputs)) and 'payoff' (shape \(outputs + inputs))")
            }
            var dist = [Rational](), pay = [Rational]()
            try collect(dNode, depth: 0, shape: inputs, path: "distribution", file: file, fallbackLine: dLine, into: &dist)
            try collect(pNode, depth: 0, shape: outputs + inputs, path: "payoff", file: file, fallbackLine: pLine, into: &pay)
            let nx = scenario.inputTupleCount
            do {
                let g = try NonlocalGame(name: file, scenario: scenario, distribution: dist) { a, x in
                    pay[BellScenario.index(a, radices: outputs) * nx + BellScenario.index(x, radices: inputs)]
                }
                return .probability(g.functional)
            } catch {
                throw InputError(file: file, line: dNode.mark?.line ?? dLine, message: "\(error)")
            }
        }
        let shape: [Int]
        switch notation {
        case "correlator":
            guard scenario.isBinary else {
                throw InputError(file: file, line: sNode.mark?.line ?? sLine, message: "correlator notation: expected two outputs per party, got \(outputs)")
            }
            shape = inputs.map { $0 + 1 }
        case "collins-gisin": shape = CollinsGisinFunctional.shape(of: scenario)
        default: shape = ProbabilityFunctional.shape(of: scenario)
        }
        guard let (cNode, cLine) = value("coefficients") else {
            throw InputError(file: file, line: root.mark?.line, message: "missing key 'coefficients': expected a nested array of shape \(shape)")
        }
        var flat = [Rational]()
        flat.reserveCapacity(shape.reduce(1, *))
        try collect(cNode, depth: 0, shape: shape, path: "coefficients", file: file, fallbackLine: cLine, into: &flat)
        do {
            switch notation {
            case "correlator": return .correlator(try CorrelatorFunctional(inputs: inputs, coefficients: flat))
            case "collins-gisin": return .collinsGisin(try CollinsGisinFunctional(scenario: scenario, coefficients: flat))
            default: return .probability(try ProbabilityFunctional(scenario: scenario, coefficients: flat))
            }
        } catch {
            throw InputError(file: file, line: cNode.mark?.line ?? cLine, message: "\(error)")
        }
    }

    static func collect(_ node: Node, depth: Int, shape: [Int], path: String, file: String, fallbackLine: Int?,
                        into flat: inout [Rational]) throws(InputError) {
        let line = node.mark?.line ?? fallbackLine
        if depth == shape.count {
            guard let s = node.scalar?.string else {
                throw InputError(file: file, line: line, message: "\(path): expected a number, got a nested list (the array has shape \(shape))")
            }
            do { flat.append(try Rational(parsing: s)) } catch {
                throw InputError(file: file, line: line, message: "\(path): \(error)")
            }
            return
        }
        guard case .sequence(let seq) = node else {
            throw InputError(file: file, line: line, message: "\(path): expected a list of \(shape[depth]) entries (the array has shape \(shape))")
        }
        guard seq.count == shape[depth] else {
            throw InputError(file: file, line: line, message: "\(path) has \(seq.count) entries: expected \(shape[depth]) (the array has shape \(shape))")
        }
        for (i, child) in seq.enumerated() {
            try collect(child, depth: depth + 1, shape: shape, path: "\(path)[\(i)]", file: file, fallbackLine: line, into: &flat)
        }
    }
}
