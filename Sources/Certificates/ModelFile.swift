import Carleman
import Exact
import Yams

/// A model file (`kind: ode | map | gradient-descent`), read into exact objects.
///
/// ```yaml
/// kind: ode
/// variables: [x, y]
/// equations:
///   x: "-x + 1/2*x*y"
///   y: "-2*y + x^2"
/// initial: {x: "1/10", y: "0"}
/// ```
/// or, for large models, sparse Kronecker coefficients instead of equations (0-based indices;
/// the column of `F_ℓ` is the Kronecker index of `u_{i1}⋯u_{iℓ}`, i1 most significant):
/// ```yaml
/// kind: ode
/// dimension: 20            # or variables: [...]
/// F0: [[0, "1/2"]]         # [row, value] (or [row, 0, value])
/// F1: [[0, 0, "-1"], [1, 1, "-2"]]
/// F2: [[0, 1, "1/2"]]
/// initial: ["1/10", "0", …]
/// ```
/// Every error names the file, the line and column, and what was expected.
public struct ModelFile: Sendable {
    public enum Kind: String, Sendable { case ode, map, gradientDescent = "gradient-descent" }

    public let path: String
    public let kind: Kind
    public let name: String?
    /// `ode`: the vector field; `map`: the increment δu = u(t+1) − u(t); `gradient-descent`:
    /// the gradient-flow field f = −∇L (so the step is δu = η f(u), F_ℓ = η f_ℓ = −η g_ℓ).
    public let system: PolynomialSystem
    public let initial: RationalVector?
    /// `gradient-descent`: the loss L and the learning rate η > 0.
    public let loss: MultivariatePolynomial?
    public let eta: Rational?

    /// Largest number of variables in a model file.
    public static let maximumVariables = 10_000
    /// Largest number of sparse coefficient entries.
    public static let maximumEntries = 5_000_000

    static let keys = ["kind", "name", "description", "variables", "dimension", "equations", "initial", "loss", "eta"]

    public static func load(_ path: String) throws(InputError) -> ModelFile {
        let text = try DocumentDecoder.read(path)
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws(InputError) -> ModelFile {
        let root = try DocumentDecoder.compose(text, file: file)
        func fail(_ node: Node?, _ message: String, column: Int? = nil) -> InputError {
            InputError(file: file, line: node?.mark?.line, column: column ?? node?.mark?.column, message: message)
        }
        guard case .mapping(let top) = root else { throw fail(root, "expected a mapping with kind, variables and equations (a model file)") }
        var fields: [String: (key: Node, value: Node)] = [:]
        for (k, v) in top {
            guard let name = k.string else { throw fail(k, "expected a string key") }
            let isCoefficient = name.count >= 2 && name.first == "F" && Int(name.dropFirst()) != nil
            guard keys.contains(name) || isCoefficient else {
                throw fail(k, "unknown key \"\(name)\": expected one of \(keys.joined(separator: ", ")), F0, F1, F2, …")
            }
            guard fields[name] == nil else { throw fail(k, "key \"\(name)\" appears twice: expected it once") }
            fields[name] = (k, v)
        }
        guard let kindField = fields["kind"] else { throw fail(root, "missing key \"kind\": expected kind: ode, map or gradient-descent") }
        guard let kindText = kindField.value.string, let kind = Kind(rawValue: kindText) else {
            throw fail(kindField.value, "kind \"\(kindField.value.string ?? "?")\": expected ode, map or gradient-descent")
        }
        if kind == .gradientDescent {
            for key in ["equations"] + fields.keys.filter({ $0.first == "F" }) where fields[key] != nil {
                throw fail(fields[key]!.key, "\(key) does not apply to kind: gradient-descent: expected loss and eta")
            }
        } else {
            for key in ["loss", "eta"] where fields[key] != nil {
                throw fail(fields[key]!.key, "\(key) applies to kind: gradient-descent only")
            }
        }
        // Variables.
        var variables: [String]
        if let v = fields["variables"] {
            guard case .sequence(let seq) = v.value else { throw fail(v.value, "variables: expected a list of names, e.g. [x, y]") }
            guard !seq.isEmpty, seq.count <= maximumVariables else { throw fail(v.value, "variables: expected 1…\(maximumVariables) names") }
            variables = []
            for s in seq {
                guard let name = s.string else { throw fail(s, "expected a variable name") }
                variables.append(name)
            }
        } else if let d = fields["dimension"] {
            guard let text = d.value.string, let n = Int(text), (1...maximumVariables).contains(n) else {
                throw fail(d.value, "dimension: expected an integer 1…\(maximumVariables)")
            }
            variables = (1...n).map { "u\($0)" }
        } else {
            throw fail(root, "missing key \"variables\": expected variables: [x, y, …] (or dimension: n with sparse F0, F1, …)")
        }
        let parser: PolynomialParser
        do { parser = try PolynomialParser(variables: variables) } catch {
            throw fail(fields["variables"]?.value, "variables: \(error.message)")
        }
        let n = variables.count
        let coefficientKeys = fields.keys.filter { $0.first == "F" }
        let system: PolynomialSystem
        var loss: MultivariatePolynomial? = nil, eta: Rational? = nil
        if kind == .gradientDescent {
            guard let l = fields["loss"] else { throw fail(root, "missing key \"loss\": expected a polynomial loss such as \"1/2*(w1*w2 - 1)^2\"") }
            guard case .scalar(let ls) = l.value else { throw fail(l.value, "loss: expected a polynomial as a string") }
            guard ls.string.count <= ClaimLimits.maximumExpressionLength else {
                throw fail(l.value, "the loss has \(ls.string.count) characters: expected at most \(ClaimLimits.maximumExpressionLength)")
            }
            do { loss = try parser.parse(ls.string) } catch {
                let quoted = ls.style == .doubleQuoted || ls.style == .singleQuoted ? 1 : 0
                throw fail(l.value, "in the loss: \(error.message)", column: l.value.mark.map { $0.column + quoted + error.offset })
            }
            guard let e = fields["eta"] else { throw fail(root, "missing key \"eta\": expected a learning rate η > 0 such as \"1/10\"") }
            guard let et = e.value.string else { throw fail(e.value, "eta: expected a number such as \"1/10\"") }
            do { eta = try Rational(parsing: et) } catch { throw fail(e.value, "eta: \(error.description)") }
            guard eta!.signum > 0 else { throw fail(e.value, "eta = \(eta!): expected a learning rate η > 0") }
            // f = −∇L.
            let f = (0..<n).map { -(loss!.derivative($0)) }
            do { system = try PolynomialSystem(variables: variables, equations: f) } catch {
                throw fail(l.value, "loss: \(error.description)")
            }
        } else if let eq = fields["equations"] {
            guard coefficientKeys.isEmpty else {
                throw fail(fields[coefficientKeys.sorted()[0]]!.key, "both equations and sparse coefficients: expected one of the two")
            }
            guard case .mapping(let m) = eq.value else { throw fail(eq.value, "equations: expected a mapping from each variable to its right-hand side") }
            var polys: [MultivariatePolynomial?] = Array(repeating: nil, count: n)
            for (k, v) in m {
                guard let name = k.string, let i = variables.firstIndex(of: name) else {
                    throw fail(k, "equation for \"\(k.string ?? "?")\": expected one of the variables \(variables.prefix(20).joined(separator: ", "))")
                }
                guard polys[i] == nil else { throw fail(k, "a second equation for \(name): expected one per variable") }
                guard case .scalar(let s) = v else { throw fail(v, "the right-hand side of \(name): expected a polynomial as a string, e.g. \"-x + 1/2*x*y\"") }
                guard s.string.count <= ClaimLimits.maximumExpressionLength else {
                    throw fail(v, "the right-hand side of \(name) has \(s.string.count) characters: expected at most \(ClaimLimits.maximumExpressionLength)")
                }
                do { polys[i] = try parser.parse(s.string) } catch {
                    let quoted = s.style == .doubleQuoted || s.style == .singleQuoted ? 1 : 0
                    let column = v.mark.map { $0.column + quoted + error.offset }
                    throw fail(v, "in the equation for \(name): \(error.message)", column: column)
                }
            }
            if let missing = polys.firstIndex(where: { $0 == nil }) {
                throw fail(eq.value, "no equation for \(variables[missing]): expected one equation per variable")
            }
            do { system = try PolynomialSystem(variables: variables, equations: polys.map { $0! }) } catch {
                throw fail(eq.value, "equations: \(error.description)")
            }
        } else {
            guard !coefficientKeys.isEmpty else {
                throw fail(root, "missing key \"equations\": expected equations (or sparse coefficients F0, F1, F2, …)")
            }
            let maxDegree = coefficientKeys.compactMap { Int($0.dropFirst()) }.max()!
            guard maxDegree <= PolynomialLimits.maximumDegree else {
                throw fail(fields["F\(maxDegree)"]!.key, "F\(maxDegree): expected degrees at most \(PolynomialLimits.maximumDegree)")
            }
            var fs: [SparseRationalMatrix] = []
            var total = 0
            for l in 0...maxDegree {
                var columns = 1
                var overflow = false
                for _ in 0..<l { let (p, o) = columns.multipliedReportingOverflow(by: n); columns = p; overflow = overflow || o || p > CarlemanLimits.maximumColumns }
                var triplets: [(Int, Int, Rational)] = []
                if let f = fields["F\(l)"] {
                    guard !overflow else { throw fail(f.key, "F\(l) would have \(n)^\(l) columns: expected n^\(l) ≤ \(CarlemanLimits.maximumColumns)") }
                    guard case .sequence(let rows) = f.value else { throw fail(f.value, "F\(l): expected a list of [row, column, \"value\"] entries") }
                    total += rows.count
                    guard total <= maximumEntries else { throw fail(f.value, "more than \(maximumEntries) coefficient entries: expected fewer") }
                    for e in rows {
                        guard case .sequence(let items) = e, (items.count == 3 || (l == 0 && items.count == 2)) else {
                            throw fail(e, l == 0 ? "expected [row, \"value\"] or [row, 0, \"value\"]" : "expected [row, column, \"value\"] with 0-based indices")
                        }
                        guard let r = items[0].string.flatMap({ Int($0) }), (0..<n).contains(r) else {
                            throw fail(items[0], "row index: expected an integer 0…\(n - 1)")
                        }
                        let c: Int
                        if items.count == 3 {
                            guard let cc = items[1].string.flatMap({ Int($0) }), (0..<columns).contains(cc) else {
                                throw fail(items[1], "column index of F\(l): expected an integer 0…\(columns - 1) (n^\(l) − 1)")
                            }
                            c = cc
                        } else { c = 0 }
                        let valueNode = items[items.count - 1]
                        guard let vt = valueNode.string else { throw fail(valueNode, "expected a number such as \"1/3\", \"-2.5\" or \"1e-3\"") }
                        do { triplets.append((r, c, try Rational(parsing: vt))) } catch { throw fail(valueNode, error.description) }
                    }
                }
                do { fs.append(try SparseRationalMatrix(rows: n, columns: overflow ? 0 : columns, triplets: triplets)) } catch {
                    throw fail(fields["F\(l)"]?.value ?? root, "F\(l): \(error.description)")
                }
            }
            do { system = try PolynomialSystem(variables: variables, coefficients: fs) } catch {
                throw fail(root, "coefficients: \(error.description)")
            }
        }
        // Initial state.
        var initial: RationalVector? = nil
        if let i = fields["initial"] {
            var values = Array(repeating: Rational(), count: n)
            switch i.value {
            case .mapping(let m):
                var seen = Set<String>()
                for (k, v) in m {
                    guard let name = k.string, let idx = variables.firstIndex(of: name) else {
                        throw fail(k, "initial value for \"\(k.string ?? "?")\": expected one of the variables")
                    }
                    guard seen.insert(name).inserted else { throw fail(k, "initial value for \(name) given twice") }
                    guard let t = v.string else { throw fail(v, "expected a number such as \"1/10\"") }
                    do { values[idx] = try Rational(parsing: t) } catch { throw fail(v, error.description) }
                }
                if seen.count != n, let missing = variables.first(where: { !seen.contains($0) }) {
                    throw fail(i.value, "no initial value for \(missing): expected one per variable")
                }
            case .sequence(let seq):
                guard seq.count == n else { throw fail(i.value, "initial: \(seq.count) values: expected \(n), one per variable") }
                for (k, v) in seq.enumerated() {
                    guard let t = v.string else { throw fail(v, "expected a number such as \"1/10\"") }
                    do { values[k] = try Rational(parsing: t) } catch { throw fail(v, error.description) }
                }
            default:
                throw fail(i.value, "initial: expected a mapping {x: \"1/10\", …} or a list of values")
            }
            initial = RationalVector(values)
        }
        return ModelFile(path: file, kind: kind, name: fields["name"]?.value.string, system: system, initial: initial, loss: loss, eta: eta)
    }
}
