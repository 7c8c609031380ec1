import ArgumentParser

/// `qbounds carleman …`
struct CarlemanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "carleman", abstract: "Carleman linearization: exact matrices and certified truncation bounds.", subcommands: [])
}
