import Exact
import Foundation
import Separations

/// Reads the input file of a `communication-bound` claim: a 0/1 matrix (`BooleanMatrixReader`)
/// or a truth table (`TruthTableReader`). Every failure is a `CertificationError` about the
/// claim key that names the file, whose message names the input file, its line and what was
/// expected, e.g. `ragged.txt:4: ragged matrix: this row has 3 entries, expected 4 …`.
enum CommunicationInput {
    static func text(_ path: String, key: String, what: String) throws(CertificationError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CertificationError(key: key, "\(path): no such file: expected \(what)")
        }
        guard !isDirectory.boolValue else { throw CertificationError(key: key, "\(path): is a directory: expected \(what)") }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= ClaimLimits.maximumInputFileBytes else {
            throw CertificationError(key: key, "\(path): the file has \(size) bytes: expected at most \(ClaimLimits.maximumInputFileBytes)")
        }
        guard let data = FileManager.default.contents(atPath: path), let s = String(data: data, encoding: .utf8) else {
            throw CertificationError(key: key, "\(path): cannot read the file as UTF-8 text: expected \(what)")
        }
        return s
    }

    /// `file:line: message` for a reader error, without the `error:` tag (the caller adds its own).
    static func describe(_ error: any Error) -> String {
        if case let SeparationError.badInput(file, line, message)? = error as? SeparationError { return "\(file):\(line): \(message)" }
        return "\(error)"
    }

    static func matrix(_ path: String) throws(CertificationError) -> BooleanMatrix {
        let s = try text(path, key: "matrix-file", what: "a 0/1 matrix file (one row per line)")
        do { return try BooleanMatrixReader.parse(s, file: path) } catch {
            throw CertificationError(key: "matrix-file", describe(error))
        }
    }

    /// The weights file of a `discrepancy` claim, validated exactly by `DistributionReader`
    /// against the matrix's shape (errors name the weights file and its line).
    static func distribution(_ path: String, rows: Int, columns: Int) throws(CertificationError) -> [Rational] {
        let s = try text(path, key: "distribution-file", what: "a weights file (one line per matrix row of nonnegative rationals summing to 1)")
        do { return try DistributionReader.parse(s, file: path, rows: rows, columns: columns) } catch {
            throw CertificationError(key: "distribution-file", describe(error))
        }
    }

    static func truthTable(_ path: String) throws(CertificationError) -> SequenceFunction {
        let s = try text(path, key: "truth-table", what: "a truth-table file (lines `bits output`)")
        do { return try TruthTableReader.parse(s, file: path) } catch {
            throw CertificationError(key: "truth-table", describe(error))
        }
    }
}
