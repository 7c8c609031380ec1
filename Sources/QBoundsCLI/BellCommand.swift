import ArgumentParser

/// `qbounds bell …` (Bell issue; placeholder).
struct BellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bell", abstract: "Bell inequalities: exact local bounds.", subcommands: [])
}
