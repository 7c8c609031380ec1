import ArgumentParser

/// `qbounds separation …`: memory and communication lower bounds (THEOREMS.md §4).
struct SeparationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "separation", abstract: "Memory and communication lower bounds.",
        discussion: """
            Exact kernels with re-checkable witnesses: rank over ℚ (modular minor + exact kernel), \
            log-rank, one-way complexity, fooling sets, discrepancy, VC dimension, Myhill–Nerode \
            streaming memory, and the named tasks. Exit status: 0 success, 1 a witness does not \
            re-check, 2 bad input (file:line: error: … expected …).
            """,
        subcommands: [SeparationMatrix.self, SeparationRank.self, SeparationStreaming.self, SeparationTask.self, SeparationRecheck.self])
}
