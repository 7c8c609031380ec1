import Foundation
import Yams

/// Finds claim files and decodes them. A claim file holds one claim (a mapping) or a list of
/// claims (a sequence of mappings); see `Claim+Codable.swift` for the schema.
public enum ClaimLoader {
    /// File extensions searched for in directories.
    public static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// The claim files named by `paths`: a file is taken as given; a directory is searched
    /// recursively for `.yaml`, `.yml` and `.json` files (hidden entries skipped). The result is
    /// sorted by path and free of duplicates. A path that does not exist is an error.
    public static func claimFiles(_ paths: [String]) -> (files: [String], errors: [InputError]) {
        var files: [String] = [], errors: [InputError] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(InputError(file: path, message: "no such file or directory: expected a claim file or a directory of claim files"))
                continue
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            guard let e = fm.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey],
                                        options: [.skipsHiddenFiles]) else {
                errors.append(InputError(file: path, message: "cannot list the directory"))
                continue
            }
            var found: [String] = []
            for case let url as URL in e where extensions.contains(url.pathExtension.lowercased()) {
                if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                    // Keep the path relative to what the user gave.
                    let full = url.path, base = URL(fileURLWithPath: path).path
                    let rel = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent
                    found.append(path.hasSuffix("/") ? path + rel : path + "/" + rel)
                }
            }
            files += found.sorted()
        }
        var seen = Set<String>()
        return (files.filter { seen.insert($0).inserted }, errors)
    }

    /// The claims in the file at `path`.
    public static func load(file path: String) throws(InputError) -> [LoadedClaim] {
        try load(text: try DocumentDecoder.read(path), file: path)
    }

    /// The claims in `text` (named `file` in errors).
    public static func load(text: String, file: String) throws(InputError) -> [LoadedClaim] {
        let root = try DocumentDecoder.compose(text, file: file)
        switch root {
        case .mapping:
            let claim = try DocumentDecoder.decode(Claim.self, node: root, file: file)
            return [loaded(claim, node: root, file: file)]
        case .sequence(let s):
            guard !s.isEmpty else { throw InputError(file: file, line: root.mark?.line, message: "an empty list: expected at least one claim") }
            let claims = try DocumentDecoder.decode([Claim].self, node: root, file: file)
            return zip(claims, s).map { loaded($0, node: $1, file: file) }
        default:
            throw InputError(file: file, line: root.mark?.line, column: root.mark?.column,
                             message: "expected a claim (a mapping with id, statement, kind, …) or a list of claims")
        }
    }

    /// Removes "." and "dir/.." components from a relative or absolute path (no file access).
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for c in path.split(separator: "/", omittingEmptySubsequences: true) {
            if c == "." { continue }
            if c == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(c)
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    static func loaded(_ claim: Claim, node: Node, file: String) -> LoadedClaim {
        var claim = claim
        // A relative model, matrix, truth-table or functional path is relative to the claim file's folder.
        func resolved(_ path: String) -> String {
            guard !path.hasPrefix("/") else { return path }
            let folder = (file as NSString).deletingLastPathComponent
            return normalized(folder.isEmpty ? path : (folder as NSString).appendingPathComponent(path))
        }
        switch claim.body {
        case let .carlemanBound(model, order, horizon, norm):
            claim.body = .carlemanBound(model: resolved(model), order: order, horizon: horizon, norm: norm)
        case let .communicationBound(input, quantity, layer, distribution, relation, value):
            claim.body = .communicationBound(input: resolved(input), quantity: quantity, layer: layer, distribution: distribution.map(resolved),
                                             relation: relation, value: value)
        case let .bellBound(functional, quantity, relation, value):
            claim.body = .bellBound(functional: resolved(functional), quantity: quantity, relation: relation, value: value)
        default: break
        }
        var lines: [String: Int] = [:]
        if case .mapping(let m) = node {
            for (k, _) in m { if let name = k.scalar?.string, let l = k.mark?.line { lines[name] = l } }
        }
        return LoadedClaim(claim: claim, file: file, line: node.mark?.line, keyLines: lines)
    }
}
