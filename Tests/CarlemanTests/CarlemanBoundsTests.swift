import Exact
import Foundation
import PropertyBased
import QBoundsTestSupport
import Simulate
import Testing
@testable import Carleman

/// The truncation bounds against the float simulation's error, the hypotheses against
/// counterexamples, and the public test vectors (THEOREMS.md §1).
@Suite struct CarlemanBoundsTests {
    static func q(_ s: String) -> Rational { try! Rational(parsing: s) }

    static func system(_ variables: [String], _ equations: [String]) throws -> PolynomialSystem {
        let p = try PolynomialParser(variables: variables)
        return try PolynomialSystem(variables: variables, equations: try equations.map { try p.parse($0) })
    }

    /// Random quadratic systems with F0 = 0: n ∈ 1…3, F1 = −(c·I + B) with B random (any
    /// normality), F2 small, u small.
    static let dissipativeModel = zip(Gen.int(in: 1...3), Gen.int(in: -3...3).array(of: 9), Gen.int(in: -4...4).array(of: 27),
                                      Gen.int(in: -3...3).array(of: 3), Gen.int(in: 1...4), Gen.bool)
        .map { n, b, f2, u, shift, symmetric -> (PolynomialSystem, RationalVector) in
            var t1: [(Int, Int, Rational)] = [], t2: [(Int, Int, Rational)] = []
            for i in 0..<n { for j in 0..<n {
                let v = symmetric ? b[min(i, j) * 3 + max(i, j)] : b[i * 3 + j]
                t1.append((i, j, try! Rational(v, 4) - (i == j ? Rational(shift) : Rational())))
            } }
            for i in 0..<n { for c in 0..<(n * n) where f2[i * 9 + c] != 0 { t2.append((i, c, try! Rational(f2[i * 9 + c], 8))) } }
            let s = try! PolynomialSystem(variables: (0..<n).map { "x\($0)" }, coefficients: [
                try! SparseRationalMatrix(rows: n, columns: 1, triplets: []),
                try! SparseRationalMatrix(rows: n, columns: n, triplets: t1),
                try! SparseRationalMatrix(rows: n, columns: n * n, triplets: t2),
            ])
            return (s, RationalVector((0..<n).map { try! Rational(u[$0], 10) }))
        }

    static func options(order: Int, horizon: Rational, norm: CarlemanNorm = .two) -> CarlemanCheck.Options {
        var o = CarlemanCheck.Options(order: order, horizon: horizon)
        o.gridPoints = 6
        o.norm = norm
        return o
    }

    @Test("every certified bound is ≥ the observed error on random models (2-norm and ∞-norm)")
    func certifiedBoundsHoldOnRandomModels() async {
        await seededPropertyCheck("certified bounds ≥ observed", count: 8, zip(Self.dissipativeModel, Gen.int(in: 1...3), Gen.bool)) { input in
            let ((system, u), order, infinity) = input
            let report = try CarlemanCheck.run(system: system, initial: u, options: Self.options(order: order, horizon: Self.q("1/2"), norm: infinity ? .infinity : .two))
            let observed = try #require(report.observedError)
            for b in report.bounds where b.status == .certified {
                for (k, v) in b.values.enumerated() {
                    let hi = try #require(v.flatMap { Double($0.hi) })
                    #expect(observed[k] <= hi * (1 + 1e-6) + 1e-9, "\(b.statement) at t = \(report.times[k]): observed \(observed[k]) > bound \(hi)")
                }
            }
            // A normal F1 with μ₂ < 0 and R ≤ 1 certifies the Liu corollary; the a-priori bound never needs a sign.
            if !infinity, let liu = report.bounds.first(where: { $0.statement == "carleman.liu-corollary" }) {
                let h = Dictionary(uniqueKeysWithValues: report.hypotheses.map { ($0.name, $0.status) })
                let all = liu.hypotheses.allSatisfy { $0.status == .holds }
                #expect((liu.status == .certified) == all)
                if h["F1 normal"] == .fails { #expect(liu.status != .certified) }
            }
        }
    }

    @Test("carleman.hypothesis: random non-normal F1 with Re λ1 < 0 < μ₂(F1) never certifies the Liu corollary")
    func nonNormalNeverCertified() async {
        let gen = zip(Gen.int(in: 1...4), Gen.int(in: 1...4), Gen.int(in: 8...30), Gen.int(in: -3...3).array(of: 4))
        await seededPropertyCheck("non-normal not certified", count: 10, gen) { input in
            let (a, d, off, f2) = input
            // F1 = [[−a, off], [0, −d]]: eigenvalues −a, −d; μ₂ = (−a−d + √((a−d)² + off²))/2 > 0 once off > 2√(ad).
            let s = try PolynomialSystem(variables: ["x", "y"], coefficients: [
                try SparseRationalMatrix(rows: 2, columns: 1, triplets: []),
                try SparseRationalMatrix(rows: 2, columns: 2, triplets: [(0, 0, Rational(-a)), (0, 1, Rational(off)), (1, 1, Rational(-d))]),
                try SparseRationalMatrix(rows: 2, columns: 4, triplets: (0..<4).map { (f2[$0] > 0 ? 0 : 1, $0, try! Rational(f2[$0], 100)) }),
            ])
            var o = Self.options(order: 2, horizon: Self.q("1/2"))
            o.simulate = false
            let r = try CarlemanCheck.run(system: s, initial: RationalVector([0, 1]), options: o)
            let liu = try #require(r.bounds.first { $0.statement == "carleman.liu-corollary" })
            #expect(liu.status == .hypothesisNotMet)
            #expect(r.hypotheses.contains { $0.name.hasPrefix("Re λ1") && $0.status == .holds }, "the papers' hypothesis holds")
            #expect(r.findings.contains { $0.contains("carleman.hypothesis") })
        }
    }

    @Test("the counterexample fixture's F1: μ₂ > 0, Re λ1 = −1, the Liu corollary is hypothesis-not-met")
    func counterexample() throws {
        let s = try Self.system(["x", "y"], ["-x + 10*y + 1/100*x*y", "-101/100*y - 1/100*x^2"])
        let r = try CarlemanCheck.run(system: s, initial: RationalVector([0, 1]), options: Self.options(order: 3, horizon: Self.q("1/2")))
        #expect(r.bounds[0].statement == "carleman.liu-corollary" && r.bounds[0].status == .hypothesisNotMet)
        let lam = try #require(r.quantities["re_lambda1"])
        #expect(Self.q(lam.lo) <= -1 && -1 < Self.q(lam.hi))
        #expect(r.verdict == .certified, "the a-priori bound is certified with α from the comparison equation")
    }

    @Test("carleman.forets-pouly-series: the bound equals the error for x' = ax + bx² (a, b, x0 > 0)")
    func seriesBoundIsTightForScalarModels() async {
        let gen = zip(Gen.int(in: 1...6), Gen.int(in: 1...6), Gen.int(in: 1...6), Gen.int(in: 1...4))
        await seededPropertyCheck("series bound tight", count: 10, gen) { input in
            let (a4, b4, x8, order) = input
            let a = try Rational(a4, 4), b = try Rational(b4, 4), x0 = try Rational(x8, 8)
            let s = try Self.system(["x"], ["\(a)*x + \(b)*x^2"])
            let x = try Interval(x0)
            let radius = try #require(try TruncationBoundFormulas.seriesRadius(initialNorm: x, linearNorm: a, quadraticNorm: b))
            let t = try Rational(exactly: radius.lowerDouble * 0.6)
            let bound = try #require(try TruncationBoundFormulas.series(initialNorm: x, linearNorm: a, quadraticNorm: b, order: order, t: t))
            let sim = try CarlemanSimulation(system: s, initial: [x0.double()], order: order, times: [t.double()])
            let observed = sim.error(norm: .two)[0]
            let mid = (bound.lowerDouble + bound.upperDouble) / 2
            #expect(abs(observed - mid) <= 1e-6 * mid + 1e-12, "observed \(observed) vs bound \(bound)")
        }
    }

    @Test("public test vectors: CarlemanLinearization.jl (∞-norm) and the carlin doctest")
    func publicTestVectors() throws {
        // JL: F1 = [0 1; −1 −2], F2 = [0 0 0 1; 1 −2.2 0 0], x0 = 0.1 (∞-norm: ‖F1‖ = 3, ‖F2‖ = 16/5, μ = 1).
        let s = try PolynomialSystem(variables: ["x", "y"], coefficients: [
            try SparseRationalMatrix(rows: 2, columns: 1, triplets: []),
            try SparseRationalMatrix(rows: 2, columns: 2, triplets: [(0, 1, 1), (1, 0, -1), (1, 1, -2)]),
            try SparseRationalMatrix(rows: 2, columns: 4, triplets: [(0, 3, 1), (1, 0, 1), (1, 1, Self.q("-2.2"))]),
        ])
        let q = try CarlemanQuantities(system: s, initial: RationalVector([Self.q("0.1"), Self.q("0.1")]), norm: .infinity)
        #expect(q.linearNorm.contains(3) && q.quadraticNorm.contains(Self.q("16/5")) && q.logNormUpper == 1)
        let series = try #require(try TruncationBoundFormulas.seriesRadius(initialNorm: q.initialNorm, linearNorm: 3, quadraticNorm: Self.q("16/5")))
        #expect(series.lowerDouble > 0.779795 && series.upperDouble < 0.779805)
        let expectedSeries = try (try Interval(1) + (try Interval(30) / (try Interval(Self.q("3.2"))))).log() / (try Interval(3))
        #expect(series.overlaps(expectedSeries))
        let apriori = try #require(try TruncationBoundFormulas.aprioriRadius(alpha: try Interval(Self.q("0.1")), quadraticNorm: Self.q("16/5"), logNorm: 1))
        #expect(apriori.overlaps(try Interval(Self.q("4.125")).log()))
        #expect(abs(apriori.lowerDouble - 1.417) < 1e-3)
        // ε_3(t) < ε_2(t) on a grid below T*.
        for k in 1...7 {
            let t = try Rational(k, 10)
            let e2 = try #require(try TruncationBoundFormulas.series(initialNorm: q.initialNorm, linearNorm: 3, quadraticNorm: Self.q("16/5"), order: 2, t: t))
            let e3 = try #require(try TruncationBoundFormulas.series(initialNorm: q.initialNorm, linearNorm: 3, quadraticNorm: Self.q("16/5"), order: 3, t: t))
            #expect(e3.isLess(than: e2) == .true)
        }
        // carlin: f1 = 1/2, f2 = 2, x0 = 1/2, N = 2: T* = 2 ln(3/2) ≈ 0.8109, ε = 0.5(2e^{t/2} − 2)² e^{t/2}/(3 − 2e^{t/2}).
        let half = try Interval(Self.q("1/2"))
        let carlinT = try #require(try TruncationBoundFormulas.seriesRadius(initialNorm: half, linearNorm: Self.q("1/2"), quadraticNorm: 2))
        #expect(abs(carlinT.lowerDouble - 0.8109302162) < 1e-9)
        let t = Self.q("3/10")
        let eps = try #require(try TruncationBoundFormulas.series(initialNorm: half, linearNorm: Self.q("1/2"), quadraticNorm: 2, order: 2, t: t))
        let e = try Interval(Self.q("3/20")).exp()
        let two = try Interval(2), three = try Interval(3)
        let doctest = try half * (two * e - two) * (two * e - two) * e / (three - two * e)
        #expect(eps.overlaps(doctest))
        #expect(eps.isLess(than: try Interval(doctest.lower)) == .false)
    }

    @Test("negative test: the series bound shrunk by 1% is below the observed error of the tight model")
    func shrunkBoundIsCaught() throws {
        let s = try Self.system(["x"], ["1/2*x + 2*x^2"])
        let t = Self.q("7/10")
        let bound = try #require(try TruncationBoundFormulas.series(initialNorm: try Interval(Self.q("1/2")), linearNorm: Self.q("1/2"), quadraticNorm: 2, order: 2, t: t))
        let observed = try CarlemanSimulation(system: s, initial: [0.5], order: 2, times: [0.7]).error(norm: .two)[0]
        #expect(observed <= bound.upperDouble * (1 + 1e-8))
        #expect(observed > bound.upperDouble * 0.99, "a bound 1% too small would be violated")
    }

    @Test("carleman.r-number: R is invariant under u = γũ (F2 → γF2, F0 → F0/γ)")
    func rInvariantUnderRescaling() async {
        let gen = zip(Gen.int(in: 1...9), Gen.int(in: 1...5), Gen.int(in: 1...5), Gen.int(in: 1...5), Gen.int(in: 1...9))
        await seededPropertyCheck("R invariant", count: 15, gen) { input in
            let (g, f0, f2, x, lam) = input
            let gamma = try Rational(g, 3)
            func report(_ s: Rational) throws -> Enclosure? {
                let sys = try Self.system(["x", "y"], ["\(try Rational(f0, 10) / s) - \(lam)*x + \(Rational(f2) * s)*x*y", "-\(lam + 1)*y"])
                var o = Self.options(order: 1, horizon: 1)
                o.simulate = false
                return try CarlemanCheck.run(system: sys, initial: RationalVector([try Rational(x, 10) / s, 0]), options: o).R
            }
            let r1 = try #require(try report(1)), r2 = try #require(try report(gamma))
            #expect(Self.q(r1.lo) <= Self.q(r2.hi) && Self.q(r2.lo) <= Self.q(r1.hi), "R \(r1) vs rescaled \(r2)")
        }
    }

    @Test("carleman.r-number: R < 1 exactly when r₋ < ‖u_in‖ < r₊")
    func rWindow() async {
        let gen = zip(Gen.int(in: 1...9), Gen.int(in: 1...9), Gen.int(in: 1...20))
        await seededPropertyCheck("R window", count: 20, gen) { input in
            let (f0, f2, x) = input
            let sys = try Self.system(["x"], ["\(try Rational(f0, 100)) - x - \(try Rational(f2, 4))*x^2"])
            var o = Self.options(order: 1, horizon: 1)
            o.simulate = false
            let r = try CarlemanCheck.run(system: sys, initial: RationalVector([try Rational(x, 20)]), options: o)
            let R = try #require(r.R)
            guard let lo = r.rMinus, let hi = r.rPlus else {
                #expect(Self.q(R.lo) >= 1 || Self.q(R.hi) >= 1); return
            }
            let xv = try Rational(x, 20)
            if Self.q(R.hi) < 1 { #expect(Self.q(lo.lo) < xv && xv < Self.q(hi.hi)) }
            if Self.q(R.lo) > 1 { #expect(xv < Self.q(lo.hi) || xv > Self.q(hi.lo)) }
        }
    }

    @Test("carleman.spectrum: the spectral abscissa of A^j_j is j times that of F1")
    func spectrumOfDiagonalBlocks() async {
        await seededPropertyCheck("spectrum of A^j_j", count: 10, zip(Gen.int(in: -4...4).array(of: 4), Gen.int(in: 1...3))) { input in
            let (e, j) = input
            let s = try PolynomialSystem(variables: ["x", "y"], coefficients: [
                try SparseRationalMatrix(rows: 2, columns: 1, triplets: []),
                try SparseRationalMatrix(rows: 2, columns: 2, triplets: (0..<4).map { ($0 / 2, $0 % 2, try! Rational(e[$0], 2)) }),
            ])
            let f1 = try s.coefficient(1).dense()
            let ajj = try CarlemanBlocks.block(s, row: j, degree: 1).dense()
            let a1 = try SpectralAbscissaBound(of: f1), aj = try SpectralAbscissaBound(of: ajj)
            let jq = Rational(j)
            #expect(aj.lower <= jq * a1.upper && jq * a1.lower <= aj.upper, "α(A^j_j) ∈ [\(aj.lower), \(aj.upper)), j·α(F1) ∈ [\(jq * a1.lower), \(jq * a1.upper))")
            // ‖A^j_{j+1}‖ ≤ j‖F2‖ for a random F2 (Frobenius route as the independent side).
        }
    }
}
