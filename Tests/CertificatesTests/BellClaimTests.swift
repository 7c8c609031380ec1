import Foundation
import QBoundsTestSupport
import Testing
import PropertyBased
import Exact
import Bell
@testable import Certificates

/// `bell-bound` claims: local, no-signalling and quantum values against closed forms and
/// brute force, false claims refuted, tampered witnesses rejected, bad input located.
@Suite struct BellClaimTests {
    static func scratch() throws -> URL { try Support.scratchDirectory("bell") }

    static func claim(_ path: String, _ quantity: BellQuantity, _ relation: String, _ value: String) throws -> Claim {
        try Support.claim("""
            id: b
            statement: \(quantity.statement)
            kind: bell-bound
            functional: \(path)
            quantity: \(quantity)
            relation: "\(relation)"
            value: "\(value)"
            """)
    }

    /// The path of a file in fixtures/<folder>.
    static func fixture(_ relative: String) -> String {
        URL(fileURLWithPath: Support.fixtures).deletingLastPathComponent().appendingPathComponent(relative).path
    }

    /// CHSH: local 2, no-signalling 4 (the PR box), and an enclosure of the quantum value that
    /// contains 2√2, computed here independently by MPFR.
    @Test func chshMatchesItsClosedForms() throws {
        let path = Self.fixture("bell/chsh-correlator.yaml")
        let local = try Certifier.certify(try Self.claim(path, .local, "=", "2"))
        #expect(local.verdict == .certified && Rechecker.verify(local).isValid)
        let ns = try Certifier.certify(try Self.claim(path, .noSignalling, "=", "4"))
        #expect(ns.verdict == .certified && Rechecker.verify(ns).isValid)
        #expect(ns.witnesses.noSignallingDual?.bound == 4)

        let q = try Certifier.certify(try Self.claim(path, .quantum, "<=", "2.8285"))
        #expect(q.verdict == .certified && Rechecker.verify(q).isValid)
        let twoRootTwo = try Interval(8, precision: 256).squareRoot()
        guard case let .enclosure(lo, hi)? = q.values["quantum"] else { Issue.record("no quantum enclosure"); return }
        let l = try Rational(parsing: lo), u = try Rational(parsing: hi)
        #expect(twoRootTwo.isLess(than: l) == .false && twoRootTwo.isGreater(than: u) == .false, "[\(lo), \(hi)] must contain 2√2")
        #expect(u - l < (try Rational(parsing: "1e-9")))
        // Just above 2√2 the enclosure straddles the value: undecided, never guessed.
        let straddle = try Certifier.certify(try Self.claim(path, .quantum, "<=", "2.8284271247461900976033774484194"))
        #expect(straddle.verdict == .undecided && Rechecker.verify(straddle).isValid)
        // Below the local bound is refuted by the enclosure's lower end.
        let false1 = try Certifier.certify(try Self.claim(path, .quantum, "<", "2"))
        #expect(false1.verdict == .refuted && Rechecker.verify(false1).isValid)
    }

    /// Random bipartite correlator functionals (2–3 inputs each, small integer coefficients,
    /// with and without marginal terms): the local bound equals a brute force over ±1 answers;
    /// the no-signalling value lies between it and the algebraic bound, and equals
    /// c₀₀ + Σ|C_xy| without marginals (every correlation matrix with zero marginals is a
    /// no-signalling box); the quantum enclosure lies within [local, no-signalling], or the
    /// hypothesis is not met when there are marginals.
    @Test func randomCorrelatorFunctionals() async throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("f.yaml").path
        await seededPropertyCheck("randomCorrelatorFunctionals", count: 6,
                                  zip(Gen.int(in: 2...3), Gen.int(in: 2...3), Gen.bool, Gen.int(in: -2...2).array(of: 16))) { mA, mB, marginals, xs in
            var m = (0...mA).map { x in (0...mB).map { y in xs[x * 4 + y] } }
            if !marginals { for x in 0...mA { m[x][0] = x == 0 ? m[0][0] : 0 }; for y in 1...mB { m[0][y] = 0 } }
            try "notation: correlator\nscenario: {inputs: [\(mA), \(mB)]}\ncoefficients: \(m)\n".write(toFile: path, atomically: true, encoding: .utf8)
            // Brute force: c00 + Σ α_x a_x + Σ β_y b_y + Σ C_xy a_x b_y over a, b ∈ {±1}.
            var local = Int.min
            for am in 0..<(1 << mA) { for bm in 0..<(1 << mB) {
                let a = (0..<mA).map { am >> $0 & 1 == 1 ? -1 : 1 }, b = (0..<mB).map { bm >> $0 & 1 == 1 ? -1 : 1 }
                var v = m[0][0]
                for x in 0..<mA { v += m[x + 1][0] * a[x] }
                for y in 0..<mB { v += m[0][y + 1] * b[y] }
                for x in 0..<mA { for y in 0..<mB { v += m[x + 1][y + 1] * a[x] * b[y] } }
                local = max(local, v)
            } }
            let algebraic = m.flatMap { $0 }.dropFirst().reduce(m[0][0]) { $0 + abs($1) }
            let l = try Certifier.certify(try Self.claim(path, .local, "=", "\(local)"))
            #expect(l.verdict == .certified, "\(m): \(l.summary)")
            #expect(Rechecker.verify(l).isValid)
            let wrong = try Certifier.certify(try Self.claim(path, .local, ">=", "\(local + 1)"))
            #expect(wrong.verdict == .refuted && Rechecker.verify(wrong).isValid)

            let ns = try Certifier.certify(try Self.claim(path, .noSignalling, ">=", "\(local)"))
            #expect(ns.verdict == .certified && Rechecker.verify(ns).isValid)
            guard case .exact(let nsValue)? = ns.values["value"] else { Issue.record("no NS value"); return }
            #expect(nsValue <= Rational(algebraic))
            if !marginals {
                let sum = m.dropFirst().flatMap { $0.dropFirst() }.reduce(m[0][0]) { $0 + abs($1) }
                #expect(nsValue == Rational(sum), "\(m)")
            }

            let q = try Certifier.certify(try Self.claim(path, .quantum, ">=", "\(local)"))
            #expect(Rechecker.verify(q).isValid, "\(Rechecker.verify(q).problems)")
            let hasMarginals = (1...mA).contains { m[$0][0] != 0 } || (1...mB).contains { m[0][$0] != 0 }
            if hasMarginals {
                #expect(q.verdict == .hypothesisNotMet)
            } else {
                #expect(q.verdict == .certified, "\(m): \(q.summary)")
                guard case let .enclosure(lo, hi)? = q.values["quantum"] else { Issue.record("no enclosure"); return }
                #expect(try Rational(parsing: lo) >= Rational(local) - (try Rational(parsing: "1e-30")))
                #expect(try Rational(parsing: hi) <= nsValue + (try Rational(parsing: "1e-6")))
            }
        }
    }

    /// The re-checker's fallback for functionals with too many strategies for its plain
    /// enumeration runs the local-bound algorithm the certifier did not use, and agrees.
    @Test func otherLocalAlgorithmAgrees() throws {
        for (file, value) in [("bell/chsh-correlator.yaml", Rational(2)), ("bell/chsh-cg.yaml", Rational(0)),
                              ("games/chsh-game.yaml", try Rational(3, 4)), ("bell/i3322-cg.yaml", Rational(0))] {
            let f = try BellDocument.load(file: Self.fixture(file))
            let other = try #require(Rechecker.otherLocalBound(f), "\(file)")
            #expect(other.value == value && Rechecker.maximumLocalValue(f) == value, "\(file)")
            #expect(other.method != (try LocalBound.compute(f)).method, "\(file)")
        }
        #expect(Rechecker.otherLocalBound(try BellDocument.load(file: Self.fixture("bell/mermin-3.yaml"))) == nil)
    }

    /// Altered witnesses are rejected: a worse deterministic strategy, a box that signals, a
    /// dual multiplier changed, a dual certificate lowered below feasibility.
    @Test func tamperedWitnessesAreRejected() throws {
        let path = Self.fixture("bell/chsh-correlator.yaml")
        func rejected(_ c: Certificate, _ what: String) { #expect(!Rechecker.verify(c).isValid, "\(what) was accepted") }

        var c = try Certifier.certify(try Self.claim(path, .local, "=", "2"))
        c.witnesses.deterministicStrategy = DeterministicStrategy(answers: [[0, 0], [1, 0]])
        rejected(c, "a strategy of value below the bound")
        c.witnesses.deterministicStrategy = DeterministicStrategy(answers: [[0, 0, 0], [0, 1]])
        rejected(c, "a strategy of the wrong shape")

        c = try Certifier.certify(try Self.claim(path, .noSignalling, "=", "4"))
        var box = try #require(c.witnesses.noSignallingBox)
        let i = try #require(box.firstIndex { $0.signum > 0 })
        box[i] -= (try Rational(1, 8)); box[(i + 1) % box.count] += (try Rational(1, 8))
        let original = c.witnesses.noSignallingBox
        c.witnesses.noSignallingBox = box
        rejected(c, "a box that is not no-signalling")
        c.witnesses.noSignallingBox = original
        let dual = try #require(c.witnesses.noSignallingDual)
        var y = dual.multipliers
        y[0] -= 1
        c.witnesses.noSignallingDual = NoSignallingDual(multipliers: y, bound: dual.bound - 1)
        rejected(c, "a lowered dual solution")
        c.witnesses.noSignallingDual = NoSignallingDual(multipliers: dual.multipliers, bound: dual.bound - 1)
        rejected(c, "a dual bound that is not b·y")

        c = try Certifier.certify(try Self.claim(path, .quantum, "<=", "2.8285"))
        var a = try #require(c.witnesses.dualA)
        a[0] -= (try Rational(1, 10))
        c.witnesses.dualA = a
        rejected(c, "a dual certificate lowered below W ⪰ 0")

        // Edited as a file: the claim now names the CHSH game, which the NS witnesses do not fit.
        let ns = try Certifier.certify(try Self.claim(path, .noSignalling, "=", "4"))
        rejected(try Support.tamper(ns) { $0.set(["input", "functional"], Self.fixture("games/chsh-game.yaml")) }, "NS witnesses against another functional")
    }

    /// Bad input: a missing functional file, a malformed one (its own line), an unknown
    /// quantity, and a statement that is not the quantity's.
    @Test func badInputNamesFileLineAndExpectation() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        func run(_ body: String) throws -> [InputError] { try Support.badClaimErrors(body, in: dir) }
        let head = "id: b\nstatement: bell.local-bound\nkind: bell-bound\n"
        var e = try run(head + "functional: nope.yaml\nquantity: local\nrelation: \"=\"\nvalue: 2\n")
        #expect(e.first?.line == 4 && e.first?.message.contains("nope.yaml: no such file: expected a Bell functional") == true, "\(e)")
        e = try run(head + "functional: \(Self.fixture("bell/bad-shape.yaml"))\nquantity: local\nrelation: \"=\"\nvalue: 2\n")
        #expect(e.first?.line == 4 && e.first?.message.contains("bad-shape.yaml:5: error: coefficients[1] has 2 entries: expected 3") == true, "\(e)")
        e = try run(head + "functional: f.yaml\nquantity: classical\nrelation: \"=\"\nvalue: 2\n")
        #expect(e.first?.line == 5 && e.first?.message.contains("expected one of local, no-signalling, quantum") == true, "\(e)")
        e = try run(head + "functional: f.yaml\nquantity: quantum\nrelation: \"=\"\nvalue: 2\n")
        #expect(e.first?.line == 2 && e.first?.message.contains("rests on bell.tsirelson-xor") == true, "\(e)")
        e = try run(head + "functional: f.yaml\nquantity: local\nrelation: \"=\"\n")
        #expect(e.first?.message.contains("missing key 'value'") == true, "\(e)")
    }
}
