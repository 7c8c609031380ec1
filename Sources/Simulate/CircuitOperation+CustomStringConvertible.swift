//===--- CircuitOperation+CustomStringConvertible.swift --------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

extension CircuitOperation: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .single(g, q): return "\(g)[\(q)]"
        case let .controlled(g, c, t): return "C-\(g)[\(c)→\(t)]"
        case let .twoQubit(g, a, b): return "\(g)[\(a),\(b)]"
        }
    }
}
