import Exact
import Foundation
import Separations

/// Shared input and output of the `separation` subcommands.
enum SeparationIO {
    /// Reads a text file, or writes `FILE:1: error: …` and exits 2.
    static func readText(_ path: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else { fail("\(path):1: error: no such file: expected a readable text file") }
        guard let data = FileManager.default.contents(atPath: path), let s = String(data: data, encoding: .utf8) else {
            fail("\(path):1: error: cannot read the file as UTF-8 text")
        }
        return s
    }

    /// Prints the message on standard error and exits with status 2 (bad input).
    static func fail(_ message: String) -> Never {
        StandardError.write(message)
        Foundation.exit(2)
    }

    /// Runs a kernel; a `SeparationError` or `ExactError` is bad input (exit 2).
    static func guarded<T>(_ context: String, _ body: () throws -> T) -> T {
        do { return try body() } catch let e as SeparationError {
            fail(e.description.contains(": error: ") ? e.description : "\(context): error: \(e.description)")
        } catch {
            fail("\(context): error: \(error)")
        }
    }

    /// Prints a JSON object (sorted keys, one per line).
    static func printJSON(_ object: [String: Any]) {
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }

    /// Writes an Encodable witness as JSON to a file; an unwritable path is bad input
    /// (`PATH:1: error: cannot write …`, exit 2).
    static func writeWitness<T: Encodable>(_ value: T, to path: String) {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do { try e.encode(value).write(to: URL(fileURLWithPath: path)) } catch {
            fail("\(path):1: error: cannot write the witness file: expected a writable path in an existing directory (\(error.localizedDescription))")
        }
    }

    /// An enclosure as {"lo", "hi"} decimal strings rounded outward.
    static func enclosure(_ i: Interval, digits: Int = 20) -> [String: String] {
        ["lo": i.lowerString(digits: digits), "hi": i.upperString(digits: digits)]
    }

    /// The JSON fields of a matrix analysis (exact numbers as strings, counts as integers).
    static func fields(_ a: MatrixAnalysis) -> [String: Any] {
        var o: [String: Any] = [
            "rows": a.rows, "columns": a.columns,
            "rank": a.logRank.rankOnes.rank, "rank_complement": a.logRank.rankZeros.rank,
            "log_rank_bits": a.logRank.bits,
            "distinct_rows": a.oneWay.distinctRows, "one_way_bits": a.oneWay.bits,
            "fooling_set": a.fooling.size, "fooling_set_is_maximum": a.fooling.isMaximum,
            "vc": a.vc.dimension, "vc_is_exact": a.vc.isExact,
        ]
        o["discrepancy_uniform"] = a.discrepancy.map { $0.value.description } ?? NSNull()
        if let why = a.discrepancySkipped { o["discrepancy_uniform_reason"] = why }
        return o
    }

    static func describe(_ a: MatrixAnalysis) -> String {
        """
        \(a.rows)×\(a.columns) communication matrix
          rank_ℚ M = \(a.logRank.rankOnes.rank), rank_ℚ (J − M) = \(a.logRank.rankZeros.rank)  [comm.log-rank: D(f) ≥ \(a.logRank.bits) bits]
          distinct rows = \(a.oneWay.distinctRows)  [comm.one-way: D^{A→B}(f) = \(a.oneWay.bits) bits]
          1-fooling set of size \(a.fooling.size)\(a.fooling.isMaximum ? " (maximum)" : " (lower bound; search budget reached)")  [comm.fooling-set]
          VC dimension \(a.vc.isExact ? "=" : "≥") \(a.vc.dimension)  [comm.vc]
          uniform discrepancy = \(a.discrepancy.map { $0.value.description } ?? "not computed (\(a.discrepancySkipped ?? "no reason recorded"))")  [comm.discrepancy]
        """
    }
}
