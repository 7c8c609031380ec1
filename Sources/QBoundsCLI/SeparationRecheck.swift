import ArgumentParser
import Foundation
import Separations

/// `qbounds separation recheck MATRIX WITNESS`: re-checks the witnesses written by `matrix --witness`.
struct SeparationRecheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recheck",
        abstract: "Re-check a witness file written by `separation matrix --witness` against its matrix.",
        discussion: "Exit status: 0 every witness holds, 1 some witness fails, 2 bad input.")

    @Argument(help: "The 0/1 matrix file.") var file: String
    @Argument(help: "The witness JSON file.") var witnessFile: String
    @Flag(help: "Print the result as one JSON object.") var json = false

    func run() throws {
        let m = SeparationIO.guarded(file) { try BooleanMatrixReader.parse(try SeparationIO.readText(file), file: file) }
        let data = try Data(contentsOf: URL(fileURLWithPath: witnessFile))
        let a: MatrixAnalysis
        do { a = try JSONDecoder().decode(MatrixAnalysis.self, from: data) } catch {
            SeparationIO.fail("\(witnessFile):1: error: not a witness file: expected the JSON written by `separation matrix --witness` (\(error))")
        }
        let problem = a.verify(against: m)
        if json { SeparationIO.printJSON(["valid": problem == nil, "problems": problem ?? ""]) } else {
            print(problem.map { "NOT VERIFIED: \($0)" } ?? "verified: every witness holds for \(file)")
        }
        if problem != nil { throw ExitCode(1) }
    }
}
