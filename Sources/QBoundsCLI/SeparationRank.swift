import ArgumentParser
import Foundation
import Separations

/// `qbounds separation rank FILE [--json] [--recheck]`: the exact rank of a 0/1 matrix only.
struct SeparationRank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Exact rank over ℚ of a 0/1 matrix with its certificate (modular minor + multimodular exact kernel).",
        discussion: "With --recheck the certificate is re-verified by Exact's independent check. Prints timings in seconds.")

    @Argument(help: "A 0/1 matrix file.") var file: String
    @Flag(help: "Print the result as one JSON object.") var json = false
    @Flag(help: "Re-check the certificate (determinant of the minor mod three primes, exact kernel products).") var recheck = false

    func run() throws {
        let text = try SeparationIO.readText(file)
        let t0 = Date()
        let m = SeparationIO.guarded(file) { try BooleanMatrixReader.parse(text, file: file) }
        let t1 = Date()
        let c = BooleanRank.certificate(m)
        let t2 = Date()
        var problem: String? = nil
        if recheck { problem = c.verify(against: m.rational) }
        let t3 = Date()
        var o: [String: Any] = ["rows": m.rows, "columns": m.columns, "rank": c.rank, "kernel_dimension": c.kernelBasis.count,
                                "seconds_parse": t1.timeIntervalSince(t0), "seconds_rank": t2.timeIntervalSince(t1)]
        if recheck { o["recheck_valid"] = problem == nil; o["seconds_recheck"] = t3.timeIntervalSince(t2) }
        if json { SeparationIO.printJSON(o) } else {
            print("rank_ℚ = \(c.rank) (\(m.rows)×\(m.columns); kernel basis of \(c.kernelBasis.count) vectors) in \(t2.timeIntervalSince(t1)) s"
                  + (recheck ? (problem == nil ? "; certificate re-checked in \(t3.timeIntervalSince(t2)) s" : "; RE-CHECK FAILED: \(problem!)") : ""))
        }
        if problem != nil { throw ExitCode(1) }
    }
}
