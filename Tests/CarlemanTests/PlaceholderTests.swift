import Testing
@testable import Carleman

@Suite struct CarlemanPlaceholderTests { @Test func moduleLinks() { _ = CarlemanModule.self } }
