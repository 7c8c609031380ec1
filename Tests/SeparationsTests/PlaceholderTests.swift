import Testing
@testable import Separations

@Suite struct SeparationsPlaceholderTests { @Test func moduleLinks() { _ = SeparationsModule.self } }
