import Exact
import Testing
@testable import Bell

/// Every library entry against the values THEOREMS.md §3 states: the exact local bound
/// (bell.local-bound) equals the literature's, the interval value of the explicit strategy
/// (bell.quantum-value) overlaps the closed form and is narrow, and the float state-vector
/// simulator lands inside the enclosure's neighbourhood.
@Suite struct LibraryTests {
    static let names = ["chsh", "chsh-correlator", "chsh-cg", "magic-square", "magic-square-bcs", "zhao-deng",
                        "ghz-3", "ghz-4", "ghz-5", "mermin-2", "mermin-3", "mermin-4", "mermin-5", "mabk-2", "mabk-3", "mabk-4", "mabk-5",
                        "chained-2", "chained-3", "chained-5", "cglmp-3", "i3322"]

    @Test(arguments: names) func expectedValues(name: String) throws {
        let e = try BellLibrary.entry(named: name)
        let local = try LocalBound.compute(e.functional)
        #expect(local.value == e.expectedLocal, "\(name): local \(local.value), expected \(e.expectedLocal)")
        #expect(try e.functional.value(of: local.strategy) == local.value, "\(name): the witness does not attain the bound")
        let strategy = try #require(e.strategy)
        let q = try strategy.value(of: e.functional)
        let expected = try #require(e.expectedQuantum)
        #expect(q.overlaps(expected), "\(name): quantum \(q), expected \(expected)")
        #expect(q.width < Rational(1).timesPowerOfTwo(-90))
        // A violation is certified only when the enclosure's lower end exceeds the local bound.
        if name == "mermin-3" || name.hasPrefix("mabk-2") || name.hasPrefix("chained") || name.hasPrefix("chsh") || name == "i3322" || name == "cglmp-3" {
            #expect(q.isGreater(than: local.value) == .true)
        }
        if strategy.dimensions.allSatisfy({ $0 == 2 || $0 == 4 }) {
            let f = try strategy.floatValue(of: e.functional)
            #expect(abs(f - q.midpoint.double()) < 1e-9, "\(name): float \(f) vs interval \(q)")
        }
    }

    @Test func unknownNamesAreRejectedWithTheList() {
        #expect(throws: BellError.self) { try BellLibrary.entry(named: "chsh2") }
        do { _ = try BellLibrary.entry(named: "mermin-99") } catch { #expect("\(error)".contains("expected mermin-N")) }
    }
}

/// Each library entry names the statement whose values it checks.
@Suite struct LibraryStatementTests {
    @Test func entriesNameTheirStatements() throws {
        let table = ["chsh": "bell.chsh", "chsh-cg": "bell.chsh", "mermin-3": "bell.mermin", "mabk-3": "bell.mabk",
                     "ghz-3": "bell.ghz-game", "magic-square": "bell.magic-square", "magic-square-bcs": "bell.magic-square",
                     "chained-3": "bell.chained", "cglmp-3": "bell.cglmp", "i3322": "bell.i3322",
                     "zhao-deng": "zhaodeng.classical-value"]
        for (name, id) in table { #expect(try BellLibrary.entry(named: name).statement == id) }
    }
}
