import ArgumentParser
import Foundation
import Separations

/// `qbounds separation streaming FILE [--json]`
struct SeparationStreaming: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "streaming",
        abstract: "Streaming-memory counts per layer (Myhill–Nerode) of a fixed-length sequence function.",
        discussion: "FILE: one line per input string, `bits output` (e.g. `0110 1`), each string of the common length exactly once.")

    @Argument(help: "A truth-table file.") var file: String
    @Flag(help: "Print the result as one JSON object.") var json = false

    func run() throws {
        let text = try SeparationIO.readText(file)
        let g = SeparationIO.guarded(file) { try TruthTableReader.parse(text, file: file) }
        let a = LayeredAutomaton(g)
        if let problem = a.verify(against: g) {   // never expected: the witness is re-checked before printing
            StandardError.write("internal check failed: \(problem)"); throw ExitCode(1)
        }
        if json {
            SeparationIO.printJSON(["length": g.length, "layers": a.layers, "memory_bits": a.memoryBits, "statement": "memory.myhill-nerode"])
        } else {
            print("sequence function of \(g.length) bits: minimal layered automaton (memory.myhill-nerode)")
            print("  states per layer r_t: \(a.layers.map(String.init).joined(separator: " "))")
            print("  memory ≥ ⌈log₂ max r_t⌉ = \(a.memoryBits) bits (attained)")
        }
    }
}
