//===--- TwoQubitGate+CustomStringConvertible.swift ------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

extension TwoQubitGate: CustomStringConvertible {
    public var description: String { name }
}
