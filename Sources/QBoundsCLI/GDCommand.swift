import ArgumentParser

/// `qbounds gd …` (discrete Carleman linearization of gradient descent).
struct GDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gd", abstract: "Discrete Carleman linearization of gradient descent: exact η-blocks, error bounds, Hessian proxy.",
        subcommands: GDCommand.subcommandList)
}
