import Testing
@testable import Bell

@Suite struct BellPlaceholderTests { @Test func moduleLinks() { _ = BellModule.self } }
