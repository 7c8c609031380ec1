import ArgumentParser

extension GDCommand {
    /// Subcommands: `blocks`, `check` (discrete Carleman) and `proxy` (Hessian error proxy).
    static var subcommandList: [any ParsableCommand.Type] { [GDProxyCommand.self] }
}
