import Foundation
import Yams

/// Decodes a YAML (or JSON) document into a `Decodable` type, turning every failure into an
/// `InputError` that names the file, the line and column, and what was expected.
///
/// Syntax errors carry libyaml's mark. Decoding errors carry a coding path; the document is
/// composed into a node tree first, and the path is followed through it to the node (or key)
/// that failed, whose mark gives the line. The tree's size is checked before decoding, so alias
/// expansion cannot make decoding unbounded.
public enum DocumentDecoder {
    /// Reads and decodes the file at `path`.
    public static func decode<T: Decodable>(_ type: T.Type, file path: String) throws(InputError) -> (value: T, root: Node) {
        let text = try read(path)
        return try decode(type, text: text, file: path)
    }

    /// Reads a UTF-8 text file of at most `ClaimLimits.maximumFileBytes`.
    public static func read(_ path: String) throws(InputError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, message: "no such file: expected a readable claim or certificate file")
        }
        guard !isDirectory.boolValue else { throw InputError(file: path, message: "is a directory: expected a file") }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = (attributes[.size] as? NSNumber)?.intValue else {
            throw InputError(file: path, message: "cannot read the file")
        }
        guard size <= ClaimLimits.maximumFileBytes else {
            throw InputError(file: path, message: "the file has \(size) bytes: expected at most \(ClaimLimits.maximumFileBytes)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: path, line: line(ofInvalidUTF8In: data), message: "the file is not valid UTF-8 text")
        }
        return text
    }

    /// Decodes `text` (named `file` in errors).
    public static func decode<T: Decodable>(_ type: T.Type, text: String, file: String) throws(InputError) -> (value: T, root: Node) {
        let root = try compose(text, file: file)
        return (try decode(type, node: root, file: file), root)
    }

    /// Decodes an already composed document.
    public static func decode<T: Decodable>(_ type: T.Type, node root: Node, file: String) throws(InputError) -> T {
        do {
            return try YAMLDecoder().decode(type, from: root)
        } catch let e as DecodingError {
            throw locate(e, in: root, file: file, expecting: T.self)
        } catch let e as YamlError {
            throw yamlError(e, file: file)
        } catch {
            throw InputError(file: file, message: "\(error)")
        }
    }

    /// The node tree of `text`; throws on a syntax error, an empty document or too many nodes.
    public static func compose(_ text: String, file: String) throws(InputError) -> Node {
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch let e as YamlError {
            throw yamlError(e, file: file)
        } catch { throw InputError(file: file, message: "\(error)") }
        guard let r = root else {
            throw InputError(file: file, line: 1, message: "the document is empty: expected a mapping (or a list of mappings)")
        }
        // Count nodes with an explicit stack (no recursion), stopping at the limit.
        var stack = [r], count = 0
        while let n = stack.popLast() {
            count += 1
            if count > ClaimLimits.maximumNodes {
                throw InputError(file: file, line: n.mark?.line, message: "the document has more than \(ClaimLimits.maximumNodes) values (after expanding aliases): expected a smaller file")
            }
            switch n {
            case .mapping(let m): for (k, v) in m { stack.append(k); stack.append(v) }
            case .sequence(let s): stack.append(contentsOf: s)
            default: break
            }
        }
        return r
    }

    /// The node at `path` below `root` (as deep as the path can be followed), and the mark of
    /// the key that leads to it when the last step is a mapping key.
    public static func node(at path: [any CodingKey], in root: Node) -> (node: Node, keyMark: Mark?) {
        var node = root
        var keyMark: Mark? = nil
        for key in path {
            switch node {
            case .mapping(let m):
                guard let pair = m.first(where: { $0.key.scalar?.string == key.stringValue }) else { return (node, keyMark) }
                node = pair.value; keyMark = pair.key.mark
            case .sequence(let s):
                guard let i = key.intValue, s.indices.contains(i) else { return (node, keyMark) }
                node = s[i]; keyMark = nil
            default:
                return (node, keyMark)
            }
        }
        return (node, keyMark)
    }

    /// A readable coding path: `matrix[2][0]`, `[1].lhs`.
    public static func pathString(_ path: [any CodingKey]) -> String {
        var s = ""
        for k in path {
            if let i = k.intValue { s += "[\(i)]" } else { s += s.isEmpty ? k.stringValue : ".\(k.stringValue)" }
        }
        return s
    }

    static func locate<T>(_ error: DecodingError, in root: Node, file: String, expecting: T.Type) -> InputError {
        let path: [any CodingKey], message: String
        switch error {
        case let .typeMismatch(type, ctx):
            path = ctx.codingPath
            message = "expected \(describe(type))"
        case let .valueNotFound(type, ctx):
            path = ctx.codingPath
            message = "missing value: expected \(describe(type))"
        case let .keyNotFound(key, ctx):
            path = ctx.codingPath
            message = ctx.debugDescription.hasPrefix("missing key") ? ctx.debugDescription
                : "missing key '\(key.stringValue)': expected \(T.self == Certificate.self ? "a certificate written by `qbounds certify --certificates`" : "a value for it")"
        case let .dataCorrupted(ctx):
            path = ctx.codingPath
            message = ctx.debugDescription
        @unknown default:
            return InputError(file: file, message: "\(error)")
        }
        let (node, keyMark) = node(at: path, in: root)
        // Point at the value when it is a scalar (the error is about it), else at the key.
        // An error about a key itself (unknown, not applicable) points at the key.
        let aboutKey = message.hasPrefix("unknown key") || message.hasPrefix("key '")
        let mark: Mark?
        if case .scalar = node, !aboutKey { mark = node.mark ?? keyMark } else { mark = keyMark ?? node.mark }
        let at = path.isEmpty ? "" : " (at \(pathString(path)))"
        return InputError(file: file, line: mark?.line, column: mark?.column, message: message + at)
    }

    static func describe(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") || name.hasPrefix("[") { return "a list" }
        if name.hasPrefix("Dictionary") || name.contains("Mapping") || name == "Claim" || name == "Certificate" {
            return "a mapping of keys to values (a claim has id, statement, kind, …)"
        }
        if name == "String" { return "a text value" }
        if name == "Int" { return "an integer" }
        return "a value of type \(name)"
    }

    static func yamlError(_ e: YamlError, file: String) -> InputError {
        switch e {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let ctx = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return InputError(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(problem)\(ctx): expected well-formed YAML or JSON")
        case let .reader(problem, offset, _, yaml):
            var line: Int? = nil
            if let o = offset {
                let bytes = Array(yaml.utf8.prefix(o))
                line = bytes.filter { $0 == 10 }.count + 1
            }
            return InputError(file: file, line: line, message: "cannot read the text: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return InputError(file: file, line: context.mark.line, column: context.mark.column,
                              message: "duplicated key(s) \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")): expected each key once")
        default:
            return InputError(file: file, message: "\(e)")
        }
    }

    /// The 1-based line of the first byte that is not valid UTF-8.
    static func line(ofInvalidUTF8In data: Data) -> Int? {
        let bytes = [UInt8](data)
        var i = 0, line = 1
        while i < bytes.count {
            let b = bytes[i]
            let n = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            guard n > 0, i + n <= bytes.count,
                  String(bytes: bytes[i..<(i + n)], encoding: .utf8) != nil else { return line }
            if b == 10 { line += 1 }
            i += n
        }
        return nil
    }
}
