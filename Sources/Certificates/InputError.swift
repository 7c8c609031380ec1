/// Bad input from a file: what was wrong, where (file, 1-based line and column when known), and
/// what was expected. `description` reads `file:line:column: error: message`.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let column: Int?
    public let message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file; self.line = line; self.column = column; self.message = message
    }

    public var location: String {
        var s = file
        if let l = line { s += ":\(l)"; if let c = column { s += ":\(c)" } }
        return s
    }

    public var description: String { "\(location): error: \(message)" }
}
