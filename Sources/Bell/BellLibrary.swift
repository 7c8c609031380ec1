import Exact

/// The library of Bell inequalities and nonlocal games with expected values (THEOREMS.md §3):
/// `chsh` (game), `chsh-correlator`, `chsh-cg`, `magic-square`, `magic-square-bcs`, `zhao-deng`,
/// `ghz-N`, `mermin-N`, `mabk-N`, `chained-M`, `cglmp-3`, `i3322`.
public enum BellLibrary {
    public static let names = ["chsh", "chsh-correlator", "chsh-cg", "magic-square", "magic-square-bcs", "zhao-deng",
                               "ghz-N", "mermin-N", "mabk-N", "chained-M", "cglmp-3", "i3322"]
    static let precision = 128

    /// The entry called `name` (`ghz-3`, `mermin-4`, `chained-5`, …).
    public static func entry(named name: String) throws(BellError) -> BellLibraryEntry {
        func suffix(_ prefix: String, _ range: ClosedRange<Int>) throws(BellError) -> Int? {
            guard name.hasPrefix(prefix + "-") else { return nil }
            guard let n = Int(name.dropFirst(prefix.count + 1)), range.contains(n) else {
                throw .invalid("\(name): expected \(prefix)-N with N in \(range.lowerBound)...\(range.upperBound)")
            }
            return n
        }
        switch name {
        case "chsh": return chshGame()
        case "chsh-correlator": return chshCorrelator()
        case "chsh-cg": return chshCollinsGisin()
        case "magic-square": return magicSquare()
        case "magic-square-bcs": return magicSquareBCS()
        case "zhao-deng": return zhaoDeng()
        case "cglmp-3": return cglmp3()
        case "i3322": return i3322()
        default: break
        }
        if let n = try suffix("ghz", 3...8) { return ghzGame(n) }
        if let n = try suffix("mermin", 2...8) { return mermin(n) }
        if let n = try suffix("mabk", 2...8) { return mabk(n) }
        if let m = try suffix("chained", 2...32) { return chained(m) }
        throw .invalid("unknown game or inequality '\(name)': expected one of \(names.joined(separator: ", ")) (N, M numbers)")
    }

    // MARK: building blocks

    static func r(_ n: Int, _ d: Int = 1) -> Rational { try! Rational(n, d) }
    static var sqrt2: Interval { try! Interval(2, precision: precision).squareRoot() }
    static func angle(_ n: Int, _ d: Int) -> Interval { IntervalMatrix.angle(piTimes: r(n, d), precision: precision) }

    /// |Φ⁺⟩ = (|00⟩ + |11⟩)/√2.
    static var phiPlus: [ComplexInterval] {
        let h = ComplexInterval(try! sqrt2.reciprocal())
        return [h, .zero(precision: precision), .zero(precision: precision), h]
    }

    /// (|0…0⟩ + |1…1⟩)/√2 on n qubits.
    static func ghzState(_ n: Int) -> [ComplexInterval] {
        let h = ComplexInterval(try! sqrt2.reciprocal())
        return (0..<(1 << n)).map { $0 == 0 || $0 == (1 << n) - 1 ? h : .zero(precision: precision) }
    }

    static func qubitStrategy(_ state: [ComplexInterval], _ ms: [[IntervalMatrix]]) -> QuantumStrategy {
        try! QuantumStrategy(dimensions: ms.map { _ in 2 }, state: state, measurements: ms)
    }

    /// The optimal CHSH strategy: |Φ⁺⟩, A₀ = Z, A₁ = X, B₀ = (Z+X)/√2, B₁ = (Z−X)/√2.
    static var chshStrategy: QuantumStrategy {
        qubitStrategy(phiPlus, [[.xzObservable(angle(0, 1)), .xzObservable(angle(1, 2))],
                                [.xzObservable(angle(1, 4)), .xzObservable(angle(-1, 4))]])
    }

    // MARK: entries

    static func chshCorrelator() -> BellLibraryEntry {
        let f = try! CorrelatorFunctional(matrix: [[0, 0, 0], [0, 1, 1], [0, 1, -1]])
        return BellLibraryEntry(name: "chsh-correlator", statement: "bell.chsh", functional: .correlator(f), isGame: false,
                                strategy: chshStrategy, expectedLocal: 2, expectedQuantum: sqrt2 * r(2), quantumFormula: "2√2")
    }

    static func chshCollinsGisin() -> BellLibraryEntry {
        let f = try! CollinsGisinFunctional(matrix: [[0, -1, 0], [-1, 1, 1], [0, 1, -1]])
        return BellLibraryEntry(name: "chsh-cg", statement: "bell.chsh", functional: .collinsGisin(f), isGame: false,
                                strategy: chshStrategy, expectedLocal: 0,
                                expectedQuantum: (try! sqrt2.reciprocal()) - r(1, 2), quantumFormula: "1/√2 − 1/2")
    }

    static func chshGame() -> BellLibraryEntry {
        let s = try! BellScenario.bipartite(inputs: 2, 2)
        let g = try! NonlocalGame(name: "chsh", scenario: s, distribution: NonlocalGame.uniform(s)) { a, x in
            (a[0] ^ a[1]) == (x[0] & x[1]) ? 1 : 0
        }
        return BellLibraryEntry(name: "chsh", statement: "bell.chsh", functional: .probability(g.functional), isGame: true,
                                strategy: chshStrategy, expectedLocal: r(3, 4),
                                expectedQuantum: (sqrt2 + r(2)) * r(1, 4), quantumFormula: "(2 + √2)/4 = cos²(π/8)")
    }

    /// Mermin M_n = Re ⊗_j (A_j + i A'_j): coefficient Re(i^k) on a full correlator with k primes.
    public static func merminFunctional(_ n: Int) -> CorrelatorFunctional {
        let shape = Array(repeating: 3, count: n)
        var c = Array(repeating: Rational(), count: shape.reduce(1, *))
        for mask in 0..<(1 << n) {
            let k = mask.nonzeroBitCount
            guard k % 2 == 0 else { continue }
            let idx = (0..<n).map { (mask >> (n - 1 - $0)) & 1 == 1 ? 2 : 1 }
            c[BellScenario.index(idx, radices: shape)] = (k / 2) % 2 == 0 ? 1 : -1
        }
        return try! CorrelatorFunctional(inputs: Array(repeating: 2, count: n), coefficients: c)
    }

    static func mermin(_ n: Int) -> BellLibraryEntry {
        let ms = (0..<n).map { _ in [IntervalMatrix.equatorialObservable(angle(0, 1)), .equatorialObservable(angle(1, 2))] }
        let q = try! Interval(BigInteger(1).shiftedLeft(n - 1).intValue!, precision: precision)
        return BellLibraryEntry(name: "mermin-\(n)", statement: "bell.mermin", functional: .correlator(merminFunctional(n)), isGame: false,
                                strategy: qubitStrategy(ghzState(n), ms), expectedLocal: Rational(1 << (n / 2)),
                                expectedQuantum: q, quantumFormula: "2^(n−1)")
    }

    /// MABK: M₁ = A₁, M'₁ = A'₁; M_n = ½M_{n−1}(A_n + A'_n) + ½M'_{n−1}(A_n − A'_n) and
    /// M'_n = ½M'_{n−1}(A'_n + A_n) + ½M_{n−1}(A'_n − A_n).
    public static func mabkFunctional(_ n: Int) -> CorrelatorFunctional {
        var m: [[Int]: Rational] = [[1]: 1], mp: [[Int]: Rational] = [[2]: 1]
        for _ in 2...n {
            var nm: [[Int]: Rational] = [:], nmp: [[Int]: Rational] = [:]
            let h = r(1, 2)
            for (k, v) in m {
                nm[k + [1], default: 0] += h * v; nm[k + [2], default: 0] += h * v       // ½M(A + A')
                nmp[k + [2], default: 0] += h * v; nmp[k + [1], default: 0] -= h * v     // ½M(A' − A)
            }
            for (k, v) in mp {
                nm[k + [1], default: 0] += h * v; nm[k + [2], default: 0] -= h * v      // ½M'(A − A')
                nmp[k + [2], default: 0] += h * v; nmp[k + [1], default: 0] += h * v    // ½M'(A' + A)
            }
            m = nm; mp = nmp
        }
        let shape = Array(repeating: 3, count: n)
        var c = Array(repeating: Rational(), count: shape.reduce(1, *))
        for (k, v) in m { c[BellScenario.index(k, radices: shape)] = v }
        return try! CorrelatorFunctional(inputs: Array(repeating: 2, count: n), coefficients: c)
    }

    static func mabk(_ n: Int) -> BellLibraryEntry {
        // GHZ; party 1: cos φ X + sin φ Y with φ = (n−1)π/4, A' at φ − π/2; others X and −Y.
        var ms = [[IntervalMatrix.equatorialObservable(angle(n - 1, 4)), .equatorialObservable(angle(n - 3, 4))]]
        for _ in 1..<n { ms.append([.equatorialObservable(angle(0, 1)), .equatorialObservable(angle(-1, 2))]) }
        let q = n % 2 == 1 ? try! Interval(1 << ((n - 1) / 2), precision: precision) : sqrt2 * Rational(1 << ((n - 2) / 2))
        return BellLibraryEntry(name: "mabk-\(n)", statement: "bell.mabk", functional: .correlator(mabkFunctional(n)), isGame: false,
                                strategy: qubitStrategy(ghzState(n), ms), expectedLocal: 1, expectedQuantum: q, quantumFormula: "2^((n−1)/2)")
    }

    static func ghzGame(_ n: Int) -> BellLibraryEntry {
        let s = try! BellScenario(inputs: Array(repeating: 2, count: n), outputs: Array(repeating: 2, count: n))
        let even = 1 << (n - 1)
        let dist = (0..<(1 << n)).map { $0.nonzeroBitCount % 2 == 0 ? r(1, even) : Rational() }
        let g = try! NonlocalGame(name: "ghz-\(n)", scenario: s, distribution: dist) { a, x in
            let parity = a.reduce(0, ^), k = x.reduce(0, +)
            return parity == (k / 2) % 2 ? 1 : 0
        }
        let ms = (0..<n).map { _ in [IntervalMatrix.equatorialObservable(angle(0, 1)), .equatorialObservable(angle(1, 2))] }
        let local = r(1, 2) + Rational(1).timesPowerOfTwo(-((n + 1) / 2))
        return BellLibraryEntry(name: "ghz-\(n)", statement: "bell.ghz-game", functional: .probability(g.functional), isGame: true,
                                strategy: qubitStrategy(ghzState(n), ms), expectedLocal: local,
                                expectedQuantum: try! Interval(1, precision: precision), quantumFormula: "1")
    }

    /// Chained Bell inequality: Σ_k (⟨A_k B_k⟩ + ⟨A_{k+1} B_k⟩) with A_m = −A_0.
    public static func chainedFunctional(_ m: Int) -> CorrelatorFunctional {
        var rows = Array(repeating: Array(repeating: Rational(), count: m + 1), count: m + 1)
        for k in 0..<m {
            rows[k + 1][k + 1] += 1
            if k + 1 < m { rows[k + 2][k + 1] += 1 } else { rows[1][k + 1] -= 1 }
        }
        return try! CorrelatorFunctional(matrix: rows)
    }

    static func chained(_ m: Int) -> BellLibraryEntry {
        let ms = [(0..<m).map { IntervalMatrix.xzObservable(angle($0, m)) }, (0..<m).map { IntervalMatrix.xzObservable(angle(2 * $0 + 1, 2 * m)) }]
        let q = angle(1, 2 * m).cos() * Rational(2 * m)
        return BellLibraryEntry(name: "chained-\(m)", statement: "bell.chained", functional: .correlator(chainedFunctional(m)), isGame: false,
                                strategy: qubitStrategy(phiPlus, ms), expectedLocal: Rational(2 * m - 2), expectedQuantum: q,
                                quantumFormula: "2m cos(π/2m)")
    }

    /// Magic-square rows (Alice) and columns (Bob) as 2-bit answers, rows odd, columns even (the
    /// Zhao–Deng convention); the quantum strategy is Zhao–Deng's with inputs 1–3.
    static func magicSquare() -> BellLibraryEntry {
        let s = try! BellScenario.bipartite(inputs: 3, 3, outputs: 4, 4)
        let g = try! NonlocalGame(name: "magic-square", scenario: s, distribution: NonlocalGame.uniform(s)) { a, x in
            ZhaoDeng.wins(x: x[0] + 1, y: x[1] + 1, a: a[0], b: a[1]) ? 1 : 0
        }
        let st = try! QuantumStrategy(dimensions: [4, 4], state: ZhaoDeng.twoBellPairs(precision: precision),
                                      measurements: [(1...3).map { ZhaoDeng.layerUnitary(ZhaoDeng.aliceLayer($0), precision: precision) },
                                                     (1...3).map { ZhaoDeng.layerUnitary(ZhaoDeng.bobLayer($0), precision: precision) }])
        return BellLibraryEntry(name: "magic-square", statement: "bell.magic-square", functional: .probability(g.functional), isGame: true,
                                strategy: st, expectedLocal: r(8, 9), expectedQuantum: try! Interval(1, precision: precision), quantumFormula: "1")
    }

    /// Binary-constraint-system form: Alice gets one of the 6 constraints (rows 0–2, columns
    /// 3–5) and answers a satisfying assignment (2 bits; rows odd, columns even); Bob gets one of
    /// the constraint's 3 variables (cell r·3 + c) and answers its bit; inputs uniform over the 18
    /// (constraint, variable) pairs; win iff the two values of the variable agree.
    static func magicSquareBCS() -> BellLibraryEntry {
        let s = try! BellScenario.bipartite(inputs: 6, 9, outputs: 4, 2)
        func cells(_ c: Int) -> [Int] { c < 3 ? (0..<3).map { c * 3 + $0 } : (0..<3).map { $0 * 3 + (c - 3) } }
        let dist = (0..<54).map { i in cells(i / 9).contains(i % 9) ? r(1, 18) : Rational() }
        let g = try! NonlocalGame(name: "magic-square-bcs", scenario: s, distribution: dist) { a, x in
            let c = x[0], v = x[1]
            guard let pos = cells(c).firstIndex(of: v) else { return 0 }
            let entries = c < 3 ? ZhaoDeng.aliceEntries(a[0]) : ZhaoDeng.bobEntries(a[0])
            return entries[pos] == a[1] ? 1 : 0
        }
        // Alice: rows with her Zhao–Deng circuits; columns with Bob's circuits (real, so equal to
        // their complex conjugates, which is what the maximally entangled state needs).
        // Bob: for cell (r, c) he measures column c and answers entry r.
        let alice = (1...3).map { ZhaoDeng.layerUnitary(ZhaoDeng.aliceLayer($0), precision: precision) }
            + (1...3).map { ZhaoDeng.layerUnitary(ZhaoDeng.bobLayer($0), precision: precision) }
        let bob = (0..<9).map { ZhaoDeng.layerUnitary(ZhaoDeng.bobLayer($0 % 3 + 1), precision: precision) }
        let bobMaps = (0..<9).map { v in (0..<4).map { ZhaoDeng.bobEntries($0)[v / 3] } }
        let st = try! QuantumStrategy(dimensions: [4, 4], state: ZhaoDeng.twoBellPairs(precision: precision),
                                      measurements: [alice, bob], outcomeMaps: [alice.map { _ in [0, 1, 2, 3] }, bobMaps])
        return BellLibraryEntry(name: "magic-square-bcs", statement: "bell.magic-square", functional: .probability(g.functional), isGame: true,
                                strategy: st, expectedLocal: r(17, 18), expectedQuantum: try! Interval(1, precision: precision), quantumFormula: "1")
    }

    static func zhaoDeng() -> BellLibraryEntry {
        BellLibraryEntry(name: "zhao-deng", statement: "zhaodeng.classical-value", functional: .probability(ZhaoDeng.game.functional),
                         isGame: true, strategy: ZhaoDeng.strategy(precision: precision), expectedLocal: ZhaoDeng.classicalValue,
                         expectedQuantum: try! Interval(1, precision: precision), quantumFormula: "1")
    }

    /// CGLMP for d = 3 as a game with uniform inputs x, y ∈ {0,1}: with k = (b − a) mod 3 the
    /// payoff is 1 on the "positive" event, 0 on the "negative" one and 1/2 otherwise, so that
    /// the value is 1/2 + I₃/8 (I₃ the CGLMP expression; local 2 ↦ 3/4, quantum 1 + √(11/3) ↦
    /// (15 + √33)/24). Strategy: Acín–Durt–Gisin–Latorre, state (|00⟩ + γ|11⟩ + |22⟩)/N with
    /// γ = (√11 − √3)/2 and the CGLMP Fourier measurements.
    static func cglmp3() -> BellLibraryEntry {
        let s = try! BellScenario.bipartite(inputs: 2, 2, outputs: 3, 3)
        let pos = [[0, 0], [0, 1]], neg = [[2, 1], [1, 0]]
        let g = try! NonlocalGame(name: "cglmp-3", scenario: s, distribution: NonlocalGame.uniform(s)) { a, x in
            let k = ((a[1] - a[0]) % 3 + 3) % 3
            return k == pos[x[0]][x[1]] ? 1 : k == neg[x[0]][x[1]] ? 0 : r(1, 2)
        }
        let p = precision
        let s11 = try! Interval(11, precision: p).squareRoot(), s3 = try! Interval(3, precision: p).squareRoot()
        let gamma = (s11 - s3) * r(1, 2)
        let norm = try! (gamma * gamma + r(2)).squareRoot().reciprocal()
        var state = Array(repeating: ComplexInterval.zero(precision: p), count: 9)
        state[0] = ComplexInterval(norm); state[4] = ComplexInterval(gamma * norm); state[8] = ComplexInterval(norm)
        let inv3 = try! s3.reciprocal()
        func fourier(_ shift: Rational, sign: Int) -> IntervalMatrix {
            // U[k][j] = e^{sign·2πi j (k + shift)/3} / √3
            var e = [ComplexInterval]()
            for k in 0..<3 { for j in 0..<3 {
                let theta = IntervalMatrix.angle(piTimes: Rational(2 * j * sign) * (Rational(k) + shift) * r(1, 3), precision: p)
                let z = ComplexInterval.phase(theta)
                e.append(ComplexInterval(re: z.re * inv3, im: z.im * inv3))
            } }
            return try! IntervalMatrix(dimension: 3, entries: e)
        }
        let st = try! QuantumStrategy(dimensions: [3, 3], state: state,
                                      measurements: [[fourier(0, sign: -1), fourier(r(1, 2), sign: -1)],
                                                     [fourier(r(1, 4), sign: 1), fourier(r(-1, 4), sign: 1)]])
        let q = (try! Interval(33, precision: p).squareRoot() + r(15)) * r(1, 24)
        return BellLibraryEntry(name: "cglmp-3", statement: "bell.cglmp", functional: .probability(g.functional), isGame: true,
                                strategy: st, expectedLocal: r(3, 4), expectedQuantum: q, quantumFormula: "(15 + √33)/24")
    }

    /// I3322 in CG notation (Collins–Gisin 2004), local bound 0; the best qubit strategy
    /// (|Φ⁺⟩, observables in the x–z plane at angles 0, π/3, −π/3 for both parties) gives 1/4.
    static func i3322() -> BellLibraryEntry {
        let f = try! CollinsGisinFunctional(matrix: [[0, -2, -1, 0], [-1, 1, 1, 1], [0, 1, 1, -1], [0, 1, -1, 0]])
        let obs = [IntervalMatrix.xzObservable(angle(0, 1)), .xzObservable(angle(1, 3)), .xzObservable(angle(-1, 3))]
        return BellLibraryEntry(name: "i3322", statement: "bell.i3322", functional: .collinsGisin(f), isGame: false,
                                strategy: qubitStrategy(phiPlus, [obs, obs]), expectedLocal: 0,
                                expectedQuantum: try! Interval(r(1, 4), precision: precision), quantumFormula: "1/4 (best qubit value)")
    }
}
