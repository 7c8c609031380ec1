import ArgumentParser

/// `qbounds gd proxy …` (placeholder until the Hessian proxy lands).
struct GDProxyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "proxy", abstract: "Hessian spectrum and the error proxy P(t) during sparse training.")
}
