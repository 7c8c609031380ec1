import ArgumentParser
import Foundation
import Separations

/// `qbounds separation matrix FILE [--distribution WEIGHTS] [--json] [--witness OUT]`
struct SeparationMatrix: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Lower bounds for a 0/1 communication matrix (rows are Alice's inputs).",
        discussion: """
            FILE: one row per line, entries 0/1 as one word or separated by spaces/commas; `#` starts a comment. \
            WEIGHTS (--distribution): one line per matrix row of nonnegative exact rationals (1/16, 0.25), summing to exactly 1; \
            the exact discrepancy under it is printed as `discrepancy` (comm.discrepancy). \
            The exact discrepancy enumerates 2^k row sets of the smaller side k; past k = \(Discrepancy.maximumSide) or \
            2^k · (other side) = \(Discrepancy.maximumWork) it is not computed (null, with the reason).
            """)

    @Argument(help: "A 0/1 matrix file.") var file: String
    @Flag(help: "Print the result as one JSON object.") var json = false
    @Option(help: "Write every witness (rank minors and kernels, protocol, fooling set, shattered set, rectangle) to this JSON file.")
    var witness: String?
    @Option(help: "A distribution on the matrix entries (one line per row of exact rationals summing to 1): also print the exact discrepancy under it.")
    var distribution: String?

    func run() throws {
        let text = try SeparationIO.readText(file)
        let m = SeparationIO.guarded(file) { try BooleanMatrixReader.parse(text, file: file) }
        var weighted: Discrepancy? = nil, weightedSkipped: String? = nil
        if let d = distribution {
            let weights = SeparationIO.guarded(d) { try DistributionReader.parse(try SeparationIO.readText(d), file: d, rows: m.rows, columns: m.columns) }
            if let why = Discrepancy.refusal(rows: m.rows, columns: m.columns) { weightedSkipped = why } else {
                weighted = SeparationIO.guarded("\(d):1") { try Discrepancy.compute(m, weights: weights) }
            }
        }
        let a = MatrixAnalysis(m)
        if let w = witness { SeparationIO.writeWitness(a, to: w) }
        if json {
            var o = SeparationIO.fields(a)
            if distribution != nil {
                o["discrepancy"] = weighted.map { $0.value.description } ?? NSNull()
                if let why = weightedSkipped { o["discrepancy_reason"] = why }
                if let d = weighted { o["discrepancy_rectangle"] = ["rows": d.rowSet, "columns": d.columnSet] }
            }
            SeparationIO.printJSON(o)
        } else {
            print(SeparationIO.describe(a))
            if let d = distribution {
                print("  discrepancy under \(d) = \(weighted.map { $0.value.description } ?? "not computed (\(weightedSkipped ?? ""))")  [comm.discrepancy]")
            }
        }
    }
}
