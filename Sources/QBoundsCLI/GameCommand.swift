import ArgumentParser

/// `qbounds game …` (Bell issue; placeholder).
struct GameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "game", abstract: "Nonlocal games: classical and quantum values, noise thresholds.", subcommands: [])
}
