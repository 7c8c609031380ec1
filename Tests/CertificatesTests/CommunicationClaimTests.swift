import Foundation
import QBoundsTestSupport
import Testing
import PropertyBased
import Exact
import Separations
@testable import Certificates

/// `communication-bound` claims: every quantity against a brute-force computation from the
/// definition, false claims refuted, tampered witnesses rejected, bad input located.
@Suite struct CommunicationClaimTests {
    static func scratch() throws -> URL { try Support.scratchDirectory("comm") }

    /// The claim `quantity relation value` about the file at `path` (absolute).
    static func claim(_ path: String, _ quantity: String, _ relation: String, _ value: String, layer: Int? = nil) throws -> Claim {
        let q = try #require(CommunicationQuantity(rawValue: quantity))
        return try Support.claim("""
            id: c
            statement: \(q.statement)
            kind: communication-bound
            \(q.inputKey): \(path)
            quantity: \(quantity)
            \(layer.map { "layer: \($0)" } ?? "")
            relation: "\(relation)"
            value: "\(value)"
            """)
    }

    static func ceilLog2(_ r: Int) -> Int { var b = 0; while (1 << b) < r { b += 1 }; return b }

    // MARK: brute force from the definitions (no kernel of Separations is used)

    /// The largest k such that some k 1-entries pairwise fail to span a 1-rectangle.
    static func bruteFoolingSet(_ m: [[Int]]) -> Int {
        var ones: [(Int, Int)] = []
        for (x, row) in m.enumerated() { for (y, v) in row.enumerated() where v == 1 { ones.append((x, y)) } }
        var best = 0
        for mask in 0..<(1 << ones.count) where mask.nonzeroBitCount > best {
            let chosen = ones.indices.filter { mask >> $0 & 1 == 1 }.map { ones[$0] }
            var ok = true
            for i in chosen.indices { for j in chosen.indices where i < j {
                if m[chosen[i].0][chosen[j].1] == 1 && m[chosen[j].0][chosen[i].1] == 1 { ok = false }
            } }
            if ok { best = chosen.count }
        }
        return best
    }

    /// The largest column set on which the rows show every pattern.
    static func bruteVC(_ m: [[Int]]) -> Int {
        let columns = m[0].count
        var best = 0
        for mask in 0..<(1 << columns) {
            let s = (0..<columns).filter { mask >> $0 & 1 == 1 }
            let patterns = Set(m.map { row in s.map { row[$0] } })
            if patterns.count == 1 << s.count { best = max(best, s.count) }
        }
        return best
    }

    /// max over all rectangles A × B of |Σ (−1)^M| / (rows · columns).
    static func bruteDiscrepancy(_ m: [[Int]]) throws -> Rational {
        let r = m.count, c = m[0].count
        var best = 0
        for a in 1..<(1 << r) {
            for b in 1..<(1 << c) {
                var s = 0
                for x in 0..<r where a >> x & 1 == 1 { for y in 0..<c where b >> y & 1 == 1 { s += m[x][y] == 1 ? -1 : 1 } }
                best = max(best, abs(s))
            }
        }
        return try Rational(best, r * c)
    }

    /// Random 0/1 matrices up to 4×4: each quantity is certified at its brute-force value and
    /// refuted one above it (`=`), and both certificates re-check.
    @Test func randomMatricesAgreeWithBruteForce() async throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("m.txt").path
        await seededPropertyCheck("randomMatricesAgreeWithBruteForce", count: 12,
                                  zip(Gen.int(in: 1...4), Gen.int(in: 1...4), Gen.int(in: 0...1).array(of: 16))) { r, c, bits in
            let m = (0..<r).map { x in (0..<c).map { y in bits[x * c + y] } }
            try (m.map { $0.map(String.init).joined(separator: " ") }.joined(separator: "\n") + "\n")
                .write(toFile: path, atomically: true, encoding: .utf8)
            let q = m.map { $0.map { Rational($0) } }
            let complement = m.map { $0.map { Rational(1 - $0) } }
            let rank = Support.naiveRank(q), rankC = Support.naiveRank(complement)
            let distinct = Set(m).count
            let expected: [(String, Rational)] = [
                ("rank", Rational(rank)), ("rank_complement", Rational(rankC)),
                ("log_rank_bits", Rational(Self.ceilLog2(max(1, rank + rankC)))),
                ("distinct_rows", Rational(distinct)), ("one_way_bits", Rational(Self.ceilLog2(distinct))),
                ("fooling_set", Rational(Self.bruteFoolingSet(m))), ("vc", Rational(Self.bruteVC(m))),
                ("discrepancy_uniform", try Self.bruteDiscrepancy(m)),
            ]
            for (quantity, value) in expected {
                for (claimed, verdict) in [(value, Verdict.certified), (value + 1, .refuted)] {
                    let c = try Certifier.certify(try Self.claim(path, quantity, "=", claimed.description))
                    #expect(c.verdict == verdict, "\(quantity) of \(m): \(c.summary)")
                    #expect(c.values["value"] == .exact(value), "\(quantity) of \(m)")
                    let report = Rechecker.verify(c)
                    #expect(report.isValid, "\(quantity): \(report.problems)")
                }
            }
        }
    }

    /// Random truth tables: states per layer against the number of distinct rows of
    /// M_t[prefix, suffix] = g(prefix·suffix), written out from the definition.
    @Test func randomTruthTablesAgreeWithTheCutMatrices() async throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.txt").path
        await seededPropertyCheck("randomTruthTablesAgreeWithTheCutMatrices", count: 10,
                                  zip(Gen.int(in: 1...6), Gen.int(in: 0...2).array(of: 64))) { n, outputs in
            var text = ""
            for x in 0..<(1 << n) {
                let bits = String(x, radix: 2)
                text += String(repeating: "0", count: n - bits.count) + bits + " \(outputs[x])\n"
            }
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let layers = (0...n).map { t in
                Set((0..<(1 << t)).map { p in (0..<(1 << (n - t))).map { s in outputs[(p << (n - t)) | s] } }).count
            }
            let maxStates = layers.max()!
            for t in 0...n {
                let c = try Certifier.certify(try Self.claim(path, "states", "=", "\(layers[t])", layer: t))
                #expect(c.verdict == .certified, "layer \(t): \(c.summary)")
                #expect(Rechecker.verify(c).isValid)
            }
            let bits = try Certifier.certify(try Self.claim(path, "memory_bits", ">=", "\(Self.ceilLog2(maxStates) + 1)"))
            #expect(bits.verdict == .refuted)
            #expect(bits.values["value"] == .exact(Rational(Self.ceilLog2(maxStates))))
            #expect(Rechecker.verify(bits).isValid)
            let states = try Certifier.certify(try Self.claim(path, "max_states", "<=", "\(maxStates)"))
            #expect(states.verdict == .certified && Rechecker.verify(states).isValid)
        }
    }

    /// The path of a file in fixtures/separations.
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: Support.fixtures).deletingLastPathComponent().appendingPathComponent("separations/\(name)").path
    }

    /// Every witness kind, altered, is rejected by the re-check; the intact certificate passes.
    @Test func tamperedWitnessesAreRejected() throws {
        let ip3 = Self.fixture("ip3.txt"), eq3 = Self.fixture("eq3.txt"), eq10 = Self.fixture("eq10-stream.txt")
        func certified(_ path: String, _ quantity: String, _ relation: String, _ value: String, layer: Int? = nil) throws -> Certificate {
            let c = try Certifier.certify(try Self.claim(path, quantity, relation, value, layer: layer))
            #expect(c.verdict == .certified, "\(c.summary)")
            #expect(Rechecker.verify(c).isValid)
            return c
        }
        func rejected(_ c: Certificate, _ what: String) {
            let report = Rechecker.verify(c)
            #expect(!report.isValid, "\(what) was accepted")
        }

        // Rank witnesses edited in the certificate's JSON (as a file would be).
        let rankCertificate = try certified(ip3, "rank", "=", "7")
        let rc = try #require(rankCertificate.witnesses.rank)
        rejected(try Support.tamper(rankCertificate) { $0.set(["witnesses", "rank", "kernelBasis", 0, rc.minorColumns[0]], "1") },
                 "a kernel vector moved off the kernel")
        rejected(try Support.tamper(rankCertificate) {
            $0.set(["witnesses", "rank"], ["rank": 8, "minorRows": Array(0..<8), "minorColumns": Array(0..<8), "freeColumns": [Int](), "kernelBasis": [[String]]()])
        }, "a singular 8×8 minor claimed nonsingular")
        var c = rankCertificate

        c = try certified(ip3, "one_way_bits", "=", "3")
        let p = try #require(c.witnesses.oneWay)
        var classes = p.rowClass
        classes[1] = classes[2]
        c.witnesses.oneWay = OneWayProtocol(rowClass: classes, representatives: p.representatives)
        rejected(c, "two different rows sharing a message")

        c = try certified(eq3, "fooling_set", ">=", "8")
        let fs = try #require(c.witnesses.foolingSet)
        c.witnesses.foolingSet = FoolingSet(pairs: Array(fs.pairs.dropLast()) + [FoolingSet.Pair(x: 0, y: 1)], isMaximum: true)
        rejected(c, "a fooling-set pair on a 0-entry")

        c = try certified(ip3, "vc", "=", "3")
        let vc = try #require(c.witnesses.shattered)
        c.witnesses.shattered = VCDimension(dimension: 3, shattered: [0, 1, 2], rowForPattern: vc.rowForPattern, isExact: true)
        rejected(c, "a column set that is not shattered")

        c = try certified(ip3, "discrepancy_uniform", "=", "11/64")
        let d = try #require(c.witnesses.discrepancy)
        c.witnesses.discrepancy = Discrepancy(value: d.value - (try Rational(1, 64)), rowSet: d.rowSet, columnSet: d.columnSet, weights: d.weights)
        rejected(c, "a rectangle whose sum is not the recorded value")
        c.witnesses.discrepancy = Discrepancy(value: d.value, rowSet: d.rowSet, columnSet: d.columnSet, weights: Array(d.weights.dropLast()))
        rejected(c, "weights of the wrong length")

        c = try certified(eq10, "states", "=", "32", layer: 5)
        let a = try #require(c.witnesses.automaton)
        var transitions = a.transitions
        transitions[9][0] = 1 - transitions[9][0]
        c.witnesses.automaton = LayeredAutomaton(length: a.length, layers: a.layers, transitions: transitions,
                                                 finalOutputs: a.finalOutputs, representatives: a.representatives)
        rejected(c, "an automaton with a wrong last transition")

        // A certificate edited as a file: its claim now names a different matrix, which the
        // witnesses do not fit; and a flipped verdict.
        let original = try certified(ip3, "rank", "=", "7")
        rejected(try Support.tamper(original) { $0.set(["input", "matrix-file"], eq3) }, "the rank witness against another matrix")
        rejected(try Support.tamper(original) { $0.set(["verdict"], "refuted") }, "a flipped verdict")
    }

    /// A claim its bounds cannot decide is undecided: a fooling set whose search is cut off
    /// leaves only min(nonzero rows, nonzero columns) as the upper end.
    @Test func undecidedWhenOnlyBoundsAreKnown() {
        let b = QuantityBounds(lower: 6, upper: 63)
        #expect(b.decide(.greaterOrEqual, 6) == .true && b.decide(.greaterOrEqual, 7) == .undecided)
        #expect(b.decide(.greater, 63) == .false && b.decide(.lessOrEqual, 63) == .true && b.decide(.less, 6) == .false)
        #expect(b.decide(.equal, 10) == .undecided && b.decide(.equal, 64) == .false)
        let unbounded = QuantityBounds(lower: 2, upper: nil)
        #expect(unbounded.decide(.lessOrEqual, 100) == .undecided && unbounded.decide(.lessOrEqual, 1) == .false)
        #expect(QuantityBounds(exactly: 5).decide(.equal, 5) == .true)
    }

    /// Bad input is located: a missing file and an unknown quantity at their keys' lines in the
    /// claim file; a ragged matrix by the matrix file's own line; a statement that does not
    /// fit the quantity; keys of the other input kind.
    @Test func badInputNamesFileLineAndExpectation() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ragged = Self.fixture("ragged.txt")
        func run(_ body: String) throws -> [InputError] { try Support.badClaimErrors(body, in: dir) }
        let head = "id: c\nstatement: comm.log-rank\nkind: communication-bound\n"
        var e = try run(head + "matrix-file: no-such.txt\nquantity: rank\nrelation: \">=\"\nvalue: 1\n")
        #expect(e.count == 1 && e[0].line == 4 && e[0].message.contains("no-such.txt: no such file: expected a 0/1 matrix file"), "\(e)")
        #expect(e.first?.file.hasSuffix("claim.yaml") == true)
        e = try run(head + "matrix-file: \(ragged)\nquantity: rank\nrelation: \">=\"\nvalue: 1\n")
        #expect(e.count == 1 && e[0].line == 4 && e[0].message.contains("ragged.txt:4: ragged matrix") && e[0].message.contains("expected 4"), "\(e)")
        e = try run(head + "matrix-file: \(ragged)\nquantity: rank_of_everything\nrelation: \">=\"\nvalue: 1\n")
        #expect(e.count == 1 && e[0].line == 5 && e[0].message.contains("unknown quantity \"rank_of_everything\": expected one of rank, "), "\(e)")
        e = try run(head + "matrix-file: x.txt\nquantity: one_way_bits\nrelation: \"=\"\nvalue: 1\n")
        #expect(e.first?.line == 2 && e.first?.message.contains("rests on comm.one-way, not comm.log-rank") == true, "\(e)")
        e = try run(head + "truth-table: x.txt\nquantity: rank\nrelation: \"=\"\nvalue: 1\n")
        #expect(e.first?.line == 4 && e.first?.message.contains("expected 'matrix-file'") == true, "\(e)")
        e = try run(head + "matrix-file: x.txt\nquantity: rank\nrelation: \"~\"\nvalue: 1\n")
        #expect(e.first?.line == 6 && e.first?.message.contains("expected one of <") == true, "\(e)")
        e = try run("id: c\nstatement: memory.myhill-nerode\nkind: communication-bound\ntruth-table: \(Self.fixture("parity6-stream.txt"))\nquantity: states\nlayer: 7\nrelation: \"=\"\nvalue: 2\n")
        #expect(e.first?.line == 6 && e.first?.message.contains("past the input length 6") == true, "\(e)")
        e = try run("id: c\nstatement: memory.myhill-nerode\nkind: communication-bound\ntruth-table: \(Self.fixture("duplicate-stream.txt"))\nquantity: memory_bits\nrelation: \"=\"\nvalue: 2\n")
        #expect(e.first?.message.contains("duplicate-stream.txt:3: duplicate row") == true, "\(e)")
    }

    /// Relative paths are resolved against the claim file's folder, and the claim round-trips
    /// through its JSON encoding (as stored in a certificate).
    @Test func relativePathsAndRoundTrip() throws {
        let loaded = try ClaimLoader.load(text: """
            id: c
            statement: comm.one-way
            kind: communication-bound
            matrix-file: ../separations/ip3.txt
            quantity: distinct_rows
            relation: "=="
            value: 8
            """, file: "fixtures/claims/x.yaml")
        let claim = loaded[0].claim
        guard case let .communicationBound(input, quantity, _, _, relation, value) = claim.body else { Issue.record("wrong kind"); return }
        #expect(input == "fixtures/separations/ip3.txt" && quantity == .distinctRows && relation == .equal && value == 8)
        let data = try JSONEncoder().encode(claim)
        let back = try Support.claim(String(decoding: data, as: UTF8.self))
        #expect(back == claim)
    }
}
