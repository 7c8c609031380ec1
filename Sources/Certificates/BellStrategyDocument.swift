import Bell
import Exact
import Yams

/// The optional `strategy:` of a Bell functional or game file: an explicit quantum strategy
/// whose value `qbounds game value FILE` encloses (`bell.quantum-value`).
///
/// ```yaml
/// strategy:
///   dimensions: [2, 2]                               # local dimension per party
///   state: ["1/sqrt(2)", 0, 0, "1/sqrt(2)"]         # amplitudes; [re, im] for complex ones
///   measurements:                                    # per party, per input
///     - [{xz: "0"}, {xz: "pi/2"}]                    # ±1 observable cos φ Z + sin φ X (outcome 0 = +1)
///     - [{xz: "pi/4"}, {xy: "-pi/4"}]                # xy: cos φ X + sin φ Y
///   # or {unitary: [[…], […]]}: measure the computational basis after this unitary
/// ```
///
/// Every number is an expression (`Expression`: exact rationals, `pi`, `sqrt`, `sin`, `cos`, …)
/// enclosed at the given precision, so the computed value contains the exact value of the
/// exact strategy the file describes.
public enum BellStrategyDocument {
    public static func strategy(in text: String, file: String, precision: Int = 128) throws(InputError) -> QuantumStrategy? {
        let root = try DocumentDecoder.compose(text, file: file)
        guard case .mapping(let m) = root, let pair = m.first(where: { $0.key.scalar?.string == "strategy" }) else { return nil }
        guard case .mapping(let s) = pair.value else {
            throw InputError(file: file, line: pair.key.mark?.line, message: "strategy: expected a mapping with dimensions, state, measurements")
        }
        func value(_ key: String) throws(InputError) -> Node {
            guard let p = s.first(where: { $0.key.scalar?.string == key }) else {
                throw InputError(file: file, line: pair.key.mark?.line, message: "strategy: missing key '\(key)': expected dimensions, state and measurements")
            }
            return p.value
        }
        func number(_ n: Node, _ path: String) throws(InputError) -> Interval {
            guard let t = n.scalar?.string else {
                throw InputError(file: file, line: n.mark?.line, message: "\(path): expected a number or an expression such as \"1/sqrt(2)\"")
            }
            do { return try Expression(parsing: t).evaluate(precision: precision).interval(precision: precision) } catch {
                throw InputError(file: file, line: n.mark?.line, message: "\(path): \(error)")
            }
        }
        func complex(_ n: Node, _ path: String) throws(InputError) -> ComplexInterval {
            if case .sequence(let pairParts) = n {
                guard pairParts.count == 2 else { throw InputError(file: file, line: n.mark?.line, message: "\(path): expected a number or a pair [re, im]") }
                return ComplexInterval(re: try number(pairParts[0], path + ".re"), im: try number(pairParts[1], path + ".im"))
            }
            return ComplexInterval(try number(n, path))
        }
        func list(_ n: Node, _ path: String) throws(InputError) -> [Node] {
            guard case .sequence(let items) = n else { throw InputError(file: file, line: n.mark?.line, message: "\(path): expected a list") }
            return Array(items)
        }
        var dims = [Int]()
        for (i, d) in try list(try value("dimensions"), "strategy.dimensions").enumerated() {
            guard let v = d.scalar.flatMap({ Int($0.string) }), (2...64).contains(v) else {
                throw InputError(file: file, line: d.mark?.line, message: "strategy.dimensions[\(i)]: expected an integer dimension 2…64")
            }
            dims.append(v)
        }
        let stateNodes = try list(try value("state"), "strategy.state")
        var state = [ComplexInterval]()
        for (i, a) in stateNodes.enumerated() { state.append(try complex(a, "strategy.state[\(i)]")) }
        var measurements = [[IntervalMatrix]]()
        for (i, partyNode) in try list(try value("measurements"), "strategy.measurements").enumerated() {
            var party = [IntervalMatrix]()
            for (x, mNode) in try list(partyNode, "strategy.measurements[\(i)]").enumerated() {
                let path = "strategy.measurements[\(i)][\(x)]"
                guard case .mapping(let mm) = mNode, mm.count == 1, let kind = mm.first?.key.scalar?.string, let body = mm.first?.value else {
                    throw InputError(file: file, line: mNode.mark?.line, message: "\(path): expected one of {xz: angle}, {xy: angle}, {unitary: matrix}")
                }
                switch kind {
                case "xz": party.append(.xzObservable(try number(body, path + ".xz")))
                case "xy": party.append(.equatorialObservable(try number(body, path + ".xy")))
                case "unitary":
                    let rows = try list(body, path + ".unitary")
                    var entries = [ComplexInterval]()
                    for (r, row) in rows.enumerated() {
                        let cols = try list(row, path + ".unitary[\(r)]")
                        guard cols.count == rows.count else {
                            throw InputError(file: file, line: row.mark?.line, message: "\(path).unitary[\(r)] has \(cols.count) entries: expected \(rows.count) (a square matrix)")
                        }
                        for (c, e) in cols.enumerated() { entries.append(try complex(e, path + ".unitary[\(r)][\(c)]")) }
                    }
                    do { party.append(try IntervalMatrix(dimension: rows.count, entries: entries)) } catch {
                        throw InputError(file: file, line: body.mark?.line, message: "\(path): \(error)")
                    }
                default:
                    throw InputError(file: file, line: mNode.mark?.line, message: "\(path): unknown measurement '\(kind)': expected xz, xy or unitary")
                }
            }
            measurements.append(party)
        }
        do { return try QuantumStrategy(dimensions: dims, state: state, measurements: measurements) } catch {
            throw InputError(file: file, line: pair.key.mark?.line, message: "strategy: \(error)")
        }
    }
}
