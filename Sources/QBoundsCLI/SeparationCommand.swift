import ArgumentParser

/// `qbounds separation …` (separations issue; placeholder).
struct SeparationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "separation", abstract: "Memory and communication lower bounds.", subcommands: [])
}
