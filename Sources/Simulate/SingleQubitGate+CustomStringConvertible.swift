//===--- SingleQubitGate+CustomStringConvertible.swift ---------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

extension SingleQubitGate: CustomStringConvertible {
    public var description: String { name }
}
