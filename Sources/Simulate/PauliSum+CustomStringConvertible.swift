//===--- PauliSum+CustomStringConvertible.swift ----------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

extension PauliSum: CustomStringConvertible {
    public var description: String {
        terms.map { "\($0.coefficient)·\($0.string)" }.joined(separator: " + ")
    }
}
