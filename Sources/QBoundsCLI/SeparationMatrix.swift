import ArgumentParser
import Foundation
import Separations

/// `qbounds separation matrix FILE [--json] [--witness OUT]`
struct SeparationMatrix: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Lower bounds for a 0/1 communication matrix (rows are Alice's inputs).",
        discussion: "FILE: one row per line, entries 0/1 as one word or separated by spaces/commas; `#` starts a comment.")

    @Argument(help: "A 0/1 matrix file.") var file: String
    @Flag(help: "Print the result as one JSON object.") var json = false
    @Option(help: "Write every witness (rank minors and kernels, protocol, fooling set, shattered set, rectangle) to this JSON file.")
    var witness: String?

    func run() throws {
        let text = try SeparationIO.readText(file)
        let m = SeparationIO.guarded(file) { try BooleanMatrixReader.parse(text, file: file) }
        let a = MatrixAnalysis(m)
        if let w = witness { try SeparationIO.write(a, to: w) }
        if json { SeparationIO.printJSON(SeparationIO.fields(a)) } else { print(SeparationIO.describe(a)) }
    }
}
