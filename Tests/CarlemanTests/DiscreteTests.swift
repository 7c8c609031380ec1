import Exact
import Foundation
import PropertyBased
import QBoundsTestSupport
import Simulate
import Testing
@testable import Carleman

/// The discrete Carleman lifting of gradient descent (THEOREMS.md §2), each statement against an
/// independent route.
@Suite struct DiscreteTests {
    static func q(_ s: String) -> Rational { try! Rational(parsing: s) }

    /// Random fields f with degree q ≤ 3 (F0 optional), small n, and a rational η and point.
    static func model() -> Generator<(PolynomialSystem, RationalVector, Rational), some SendableSequenceType> {
        zip(CarlemanGens.system(maxDegree: 3), Gen.int(in: 1...9))
            .map { sys, e -> (PolynomialSystem, RationalVector, Rational) in (sys.0, sys.1, try! Rational(e, 10)) }
    }

    static func kronecker(_ ms: [SparseRationalMatrix]) throws -> SparseRationalMatrix {
        var r = ms[0]
        for m in ms.dropFirst() { r = try r.kronecker(m) }
        return r
    }

    @Test("discrete.lifting: u(t+1)^{⊗j} = Σ_k M_{j,k}(η) u(t)^{⊗k} exactly at random rational u and η")
    func liftingIdentity() {
        seededCheck("discrete.lifting identity", count: 12, zip(Self.model(), Gen.int(in: 1...3))) { input in
            let ((field, u, eta), N) = input
            let lifting = try DiscreteLifting(field: field, order: N)
            let f = try field.evaluate(u)
            let next = RationalVector(zip(u.entries, f.entries).map { $0 + eta * $1 })
            for j in 1...N {
                let lhs = try CarlemanMatrix.lift(next, order: j).entries.suffix(Int(pow(Double(u.count), Double(j))))
                var rhs = Array(repeating: Rational(), count: lhs.count)
                for k in 0...(field.degree * j) {
                    let m = try lifting.lifted(row: j, column: k, eta: eta)
                    let v = k == 0 ? RationalVector([1]) : RationalVector(Array(try CarlemanMatrix.lift(u, order: k).entries.suffix(Int(pow(Double(u.count), Double(k))))))
                    let mv = try m * v
                    for i in rhs.indices { rhs[i] += mv[i] }
                }
                if Array(lhs) != rhs { return false }
            }
            return true
        }
    }

    @Test("discrete.eta-orders: degree ≤ j in η, no constant term, η¹ coefficient = continuous block A^j_k")
    func etaOrders() {
        seededCheck("discrete.eta-orders", count: 20, zip(Self.model(), Gen.int(in: 1...3))) { input in
            let ((field, _, _), N) = input
            let lifting = try DiscreteLifting(field: field, order: N)
            for key in lifting.blocks.keys where key.etaPower < 1 || key.etaPower > key.row { return false }
            for j in 1...N {
                for k in 0...(field.degree * j) {
                    let s = k - j + 1
                    let c1 = lifting.blocks[.init(row: j, column: k, etaPower: 1)]
                    if s < 0 || s > field.degree { if c1 != nil { return false }; continue }
                    let continuous = try CarlemanBlocks.block(field, row: j, degree: s)
                    let zero = try SparseRationalMatrix(rows: continuous.rows, columns: continuous.columns, triplets: [])
                    if (c1 ?? zero) != continuous { return false }
                }
            }
            return true
        }
    }

    @Test("discrete.eta-orders: the η² terms of row 2 for q = 2 (THEOREMS.md §2)")
    func rowTwoSecondOrder() throws {
        seededCheck("row 2, η²", count: 15, CarlemanGens.system(maxDegree: 2)) { input in
            let (field, _) = input
            guard field.degree == 2 else { return true }
            let n = field.dimension
            let lifting = try DiscreteLifting(field: field, order: 2)
            let f0 = field.coefficient(0), f1 = field.coefficient(1), f2 = field.coefficient(2)
            func c(_ k: Int) throws -> SparseRationalMatrix {
                try lifting.blocks[.init(row: 2, column: k, etaPower: 2)] ?? SparseRationalMatrix(rows: n * n, columns: Int(pow(Double(n), Double(k))), triplets: [])
            }
            let expected: [Int: SparseRationalMatrix] = [
                0: try Self.kronecker([f0, f0]),
                1: try Self.kronecker([f0, f1]) + (try Self.kronecker([f1, f0])),
                2: try Self.kronecker([f1, f1]) + (try Self.kronecker([f0, f2])) + (try Self.kronecker([f2, f0])),
                3: try Self.kronecker([f1, f2]) + (try Self.kronecker([f2, f1])),
                4: try Self.kronecker([f2, f2]),
            ]
            for (k, e) in expected where try c(k) != e { return false }
            return true
        }
    }

    @Test("negative: a wrong η² coefficient breaks the lifting identity")
    func wrongSecondOrderIsCaught() throws {
        let p = try PolynomialParser(variables: ["x"])
        let field = try PolynomialSystem(variables: ["x"], equations: [try p.parse("-x + x^2")])
        let lifting = try DiscreteLifting(field: field, order: 2)
        let u = RationalVector([Self.q("1/3")]), eta = Self.q("1/7")
        let next = u[0] + eta * (try field.evaluate(u))[0]
        // Row 2 exactly, then with the η² part of A_{2,2} perturbed by 1/1000.
        func rowTwo(perturb: Rational) throws -> Rational {
            var s = Rational()
            for k in 0...4 {
                var m = try lifting.lifted(row: 2, column: k, eta: eta)
                if k == 2 { m = try m + (eta * eta * perturb) * (try SparseRationalMatrix.identity(1)) }
                let v = k == 0 ? Rational(1) : try u[0].power(k)
                s += (try m * RationalVector([v]))[0]
            }
            return s
        }
        #expect(try rowTwo(perturb: 0) == next * next)
        #expect(try rowTwo(perturb: Self.q("1/1000")) != next * next)
    }

    @Test("discrete.continuum-limit: (M_{j,k}(η) − δI)/η → A^j_k with an O(η) remainder")
    func continuumLimit() throws {
        let p = try PolynomialParser(variables: ["x", "y"])
        let field = try PolynomialSystem(variables: ["x", "y"], equations: [try p.parse("-x + x*y - 1/3"), try p.parse("-2*y + x^2")])
        let lifting = try DiscreteLifting(field: field, order: 2)
        for (j, k) in [(1, 1), (2, 2), (2, 3), (2, 1)] {
            let continuous = try CarlemanBlocks.block(field, row: j, degree: k - j + 1).dense()
            var previous: Rational? = nil
            for e in [Self.q("1/10"), Self.q("1/100"), Self.q("1/1000")] {
                let a = try lifting.block(row: j, column: k, eta: e).dense()
                let d = try (try Rational(1) / e) * a - continuous
                let gap = d.entries.map(\.magnitude).max() ?? Rational()
                if let prev = previous { #expect(gap <= prev * Self.q("1/5"), "block (\(j), \(k)): the gap must shrink like η") }
                #expect(gap <= e * 100)
                previous = gap
            }
        }
    }

    @Test("discrete.naive-euler-gap: the gap after 2 steps is C η³ + O(η⁴) with C ≠ 0, and 0 for a linear field")
    func naiveEulerGap() throws {
        seededCheck("naive Euler gap order", count: 10, CarlemanGens.system(maxDegree: 2, forcing: false)) { input in
            let (field, u) = input
            let g = try NaiveEulerGap.gap(field: field, initial: u, order: 3)
            guard let k = NaiveEulerGap.lowestOrder(g) else { return true }   // zero gap (e.g. u = 0)
            return k >= 3
        }
        let p = try PolynomialParser(variables: ["x", "y"])
        let field = try PolynomialSystem(variables: ["x", "y"], equations: [try p.parse("-x + 1/2*x*y"), try p.parse("-2*y + x^2")])
        let g = try NaiveEulerGap.gap(field: field, initial: RationalVector([Self.q("1/2"), Self.q("1/3")]), order: 4)
        #expect(NaiveEulerGap.lowestOrder(g) == 3)
        let linear = try PolynomialSystem(variables: ["x", "y"], equations: [try p.parse("-x + y"), try p.parse("-2*y")])
        // A linear field: the Carleman system is exact and the Euler step on it is the map itself.
        let linearGap = try NaiveEulerGap.gap(field: linear, initial: RationalVector([1, 1]), order: 2)
        #expect(NaiveEulerGap.lowestOrder(linearGap) == nil)
    }

    @Test("discrete.naive-euler-gap: for a quadratic field the η³ coefficient is ½D²f(u0)[f(u0), f(u0)] = F2 (f(u0) ⊗ f(u0))")
    func naiveEulerGapClosedForm() {
        seededCheck("naive Euler gap closed form", count: 10, CarlemanGens.system(maxDegree: 2)) { input in
            let (field, u) = input
            guard field.degree == 2 else { return true }
            let g = try NaiveEulerGap.gap(field: field, initial: u, order: 3)
            let f = try field.evaluate(u)
            var ff: [Rational] = []
            for a in f.entries { for b in f.entries { ff.append(a * b) } }
            let c = try field.coefficient(2) * RationalVector(ff)
            return (0..<field.dimension).allSatisfy { g[$0][0].isZero && g[$0][1].isZero && g[$0][2].isZero && g[$0][3] == c[$0] }
        }
    }

    @Test("discrete.linear-system: the exact solution of Eq. 6 is the iteration; both forcing conventions")
    func linearSystem() {
        seededCheck("discrete.linear-system", count: 8, zip(Self.model(), Gen.int(in: 1...2), Gen.int(in: 1...3), Gen.bool)) { input in
            let ((field, u, eta), N, T, seed) = input
            let system = try DiscreteCarlemanSystem(lifting: try DiscreteLifting(field: field, order: N), eta: eta)
            guard (T + 1) * system.layout.dimension <= 200 else { return true }
            let solved = try DiscreteLinearSystem(system: system, initial: u, steps: T, seedConvention: seed).solve()
            return solved == (try system.iterate(from: u, steps: T, seedConvention: seed))
        }
    }

    @Test("the float discrete step matrix is the exact I + A_N rounded, independent of the thread count")
    func floatDiscreteMatchesExact() {
        seededCheck("float discrete = exact", count: 8, zip(Self.model(), Gen.int(in: 1...4))) { input in
            let ((field, _, eta), N) = input
            // N = 4 reaches the general Kronecker path (j ≥ 4) of the float builder; skip the
            // cases whose exact lifting is past its size cap (cubic models at N = 4), and keep
            // N = 4 to n ≤ 2 (the exact η-blocks of n = 3 take seconds in a debug build).
            if N == 4 && field.dimension > 2 { return true }
            let lifting: DiscreteLifting
            do { lifting = try DiscreteLifting(field: field, order: N) } catch ExactError.sizeOutOfRange { return true }
            let exact = try DiscreteCarlemanSystem(lifting: lifting, eta: eta)
            let one = try FloatDiscreteCarlemanMatrix(field: field, eta: eta, order: N, threads: 1)
            let three = try FloatDiscreteCarlemanMatrix(field: field, eta: eta, order: N, threads: 3)
            guard one.step == three.step, one.forcing == three.forcing else { return false }
            for i in 0..<exact.layout.dimension {
                var e: [Int: Double] = [:], f: [Int: Double] = [:]
                for k in exact.step.rowStart[i]..<exact.step.rowStart[i + 1] { e[exact.step.columnIndex[k]] = exact.step.values[k].double() }
                for k in one.step.rowOffsets[i]..<one.step.rowOffsets[i + 1] { f[one.step.columnIndices[k]] = one.step.values[k] }
                for c in Set(e.keys).union(f.keys) where abs((e[c] ?? 0) - (f[c] ?? 0)) > 1e-12 * max(1, abs(e[c] ?? 0)) { return false }
                if abs(one.forcing[i] - exact.forcing[i].double()) > 1e-12 { return false }
            }
            return true
        }
    }

    @Test("discrete.gd-map: a gradient-descent model is the map θ ← θ − η∇L, i.e. F_ℓ = −η g_ℓ")
    func gradientDescentMap() throws {
        let p = try PolynomialParser(variables: ["w1", "w2"])
        let loss = try p.parse("1/2*(w1*w2 - 1)^2 + 1/20*(w1^2 + w2^2)")
        let field = try PolynomialSystem(variables: ["w1", "w2"], equations: (0..<2).map { -(loss.derivative($0)) })
        let theta = RationalVector([Self.q("1/2"), Self.q("1/3")]), eta = Self.q("1/10")
        let next = try DiscreteCarlemanSystem.iterateMap(field, eta: eta, from: theta, steps: 1)[1]
        // ∂L/∂w1 = (w1w2 − 1)w2 + w1/10 at (1/2, 1/3) = −5/18 + 1/20.
        #expect(next[0] == Self.q("1/2") - eta * (Self.q("-5/18") + Self.q("1/20")))
        #expect(next[1] == Self.q("1/3") - eta * (Self.q("-5/12") + Self.q("1/30")))
    }

    @Test("discrete.lifting: with N ≥ qT the truncated iteration (exact forcing) reproduces gradient descent exactly; the seed's Eq. 5 forcing does not when F0 ≠ 0")
    func forcingConvention() throws {
        let p = try PolynomialParser(variables: ["u"])
        let field = try PolynomialSystem(variables: ["u"], equations: [try p.parse("1/50 - 1/5*u + 1/10*u^2")])
        let u0 = RationalVector([Self.q("1/5")])
        let T = 2, N = 4   // q^T = 4: nothing is truncated within two steps for block 1
        let system = try DiscreteCarlemanSystem(lifting: try DiscreteLifting(field: field, order: N), eta: 1)
        let exact = try DiscreteCarlemanSystem.iterateMap(field, eta: 1, from: u0, steps: T)
        let lifted = try system.iterate(from: u0, steps: T)
        let seed = try system.iterate(from: u0, steps: T, seedConvention: true)
        #expect(lifted[1][0] == exact[1][0])
        #expect(seed[1][0] == exact[1][0], "one step: block 1 only needs F0 itself")
        #expect(seed[2][0] != exact[2][0], "two steps: the seed's forcing misses F0⊗F0 in block 2")
    }

    @Test("discrete.error-recurrence: the certified bound is ≥ the observed float error; a bound shrunk by 1% is violated on a tight case")
    func errorRecurrence() throws {
        seededCheck("discrete.error-recurrence", count: 6, zip(CarlemanGens.system(maxDegree: 2), Gen.int(in: 1...3))) { input in
            let ((field, u), N) = input
            var o = DiscreteCheck.Options(order: N, steps: 8, eta: Self.q("1/10"))
            o.precision = 128
            let u0 = RationalVector(u.entries.map { $0 * Self.q("1/4") })
            let r = try DiscreteCheck.run(field: field, initial: u0, options: o)
            guard let bounds = r.errorBounds else { return true }
            for t in 0...8 where r.observedError[t] > (Double(bounds[t].hi) ?? .infinity) * (1 + 1e-9) + 1e-12 { return false }
            return true
        }
        // One step: e(1) = B_N(0) exactly, so the bound is tight there.
        let p = try PolynomialParser(variables: ["x"])
        let field = try PolynomialSystem(variables: ["x"], equations: [try p.parse("-x + x^2")])
        let r = try DiscreteCheck.run(field: field, initial: RationalVector([Self.q("1/2")]), options: .init(order: 1, steps: 3, eta: Self.q("1/2")))
        let b1 = try #require(r.errorBounds.flatMap { Double($0[1].hi) })
        #expect(abs(r.observedError[1] - b1) <= 1e-12 * b1)
        #expect(r.observedError[1] > b1 * 0.99)
    }

    @Test("discrete.dissipation: a quadratic loss with Hessian H is fully dissipative iff every 0 < ηh < 2, and the class follows ρ")
    func dissipation() throws {
        let p = try PolynomialParser(variables: ["a", "b"])
        let field = try PolynomialSystem(variables: ["a", "b"], equations: [try p.parse("-a"), try p.parse("-3*b")])   // H = diag(1, 3)
        for (eta, expected) in [("1/4", DiscreteBounds.Dissipation.fullyDissipative), ("2/3", .almostDissipative), ("3/4", .notDissipative)] {
            let s = try DiscreteCarlemanSystem(lifting: try DiscreteLifting(field: field, order: 2), eta: Self.q(eta))
            let (rho, _) = try DiscreteBounds.spectralNorm(s.step)
            #expect(DiscreteBounds.classify(rho) == expected, "η = \(eta): ρ ∈ \(rho)")
        }
    }
}
