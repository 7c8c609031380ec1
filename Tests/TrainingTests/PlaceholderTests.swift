import Testing
@testable import Training

@Suite struct TrainingPlaceholderTests { @Test func moduleLinks() { _ = TrainingModule.self } }
