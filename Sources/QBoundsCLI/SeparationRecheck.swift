import ArgumentParser
import Certificates
import Foundation
import Separations

/// `qbounds separation recheck MATRIX WITNESS`: re-checks the witnesses written by `matrix --witness`.
struct SeparationRecheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recheck",
        abstract: "Re-check a witness file written by `separation matrix --witness` against its matrix.",
        discussion: """
            Every witness is re-checked (lower sides); the upper sides are re-checked where the witness claims them \
            (maximum fooling set, exact VC dimension, the uniform discrepancy) by independent searches within budgets. \
            The output lists what was re-checked and what was not. \
            Exit status: 0 every re-checked side holds, 1 some side fails, 2 bad input.
            """)

    @Argument(help: "The 0/1 matrix file.") var file: String
    @Argument(help: "The witness JSON file.") var witnessFile: String
    @Flag(help: "Print the result as one JSON object.") var json = false

    func run() throws {
        let m = SeparationIO.guarded(file) { try BooleanMatrixReader.parse(try SeparationIO.readText(file), file: file) }
        let text = try SeparationIO.readText(witnessFile)
        let a: MatrixAnalysis
        do { a = try JSONDecoder().decode(MatrixAnalysis.self, from: Data(text.utf8)) } catch {
            SeparationIO.fail("\(witnessFile):1: error: not a witness file: expected the JSON written by `separation matrix --witness` (\(error))")
        }
        let r = MatrixAnalysisRecheck(a, against: m)
        if json {
            SeparationIO.printJSON(["valid": r.isValid, "problems": r.problems.joined(separator: "; "), "checked": r.checked, "not_checked": r.notChecked])
        } else {
            if r.isValid { print("verified: every re-checked side holds for \(file)") } else { print("NOT VERIFIED: \(r.problems.joined(separator: "; "))") }
            for c in r.checked { print("  re-checked: \(c)") }
            for c in r.notChecked { print("  not re-checked: \(c)") }
        }
        if !r.isValid { throw ExitCode(1) }
    }
}
