import Numerics
import PropertyBased
import Simulate
import QBoundsTestSupport
import Testing

@Suite("StateVector")
struct StateVectorTests {
    @Test("random circuits: in-place kernels equal products of dense Kronecker-embedded unitaries")
    func gatesMatchDenseUnitaries() async {
        await seededPropertyCheck("gatesMatchDenseUnitaries", count: 40, zip(Gen.uint64(), Gen.int(in: 1...4))) { seed, n in
            var rng = Xoshiro256StarStar(seed: seed)
            let circuit = randomCircuit(qubits: n, length: 12, &rng)
            let start = try StateVector.random(qubitCount: n, using: &rng)
            var psi = start
            try psi.apply(circuit)
            var reference = start.amplitudes
            for op in circuit { reference = denseApply(denseMatrix(of: op, n: n), reference) }
            #expect(maxAbsDifference(psi.amplitudes, reference) <= 1e-12)
        }
    }

    @Test("qubit order: X on qubit 0 of |000⟩ gives basis index 4 (qubit 0 is the most significant bit)")
    func qubitOrderConvention() throws {
        var psi = try StateVector(qubitCount: 3)
        try psi.apply(.pauliX, to: 0)
        #expect(try psi.probability(ofBasisState: 0b100) == 1)
        try psi.apply(.pauliX, to: 2)
        #expect(psi == (try StateVector(qubitCount: 3, basisState: 0b101)))
        #expect(try psi.expectation(PauliString("ZIZ")) == 1)
        #expect(try psi.expectation(PauliString("IZI")) == 1)
        #expect(try psi.expectation(PauliString("ZII")) == -1)
    }

    @Test("gate identities: HZH = X, HXH = Z, S² = Z, T² = S, SS† = I on random states")
    func singleQubitIdentities() async {
        await seededPropertyCheck("singleQubitIdentities", count: 30, zip(Gen.uint64(), Gen.int(in: 1...5))) { seed, n in
            var rng = Xoshiro256StarStar(seed: seed)
            let psi = try StateVector.random(qubitCount: n, using: &rng)
            let q = Int.random(in: 0..<n, using: &rng)
            func run(_ gates: [SingleQubitGate]) throws -> [C] {
                var s = psi
                for g in gates { try s.apply(g, to: q) }
                return s.amplitudes
            }
            #expect(maxAbsDifference(try run([.hadamard, .pauliZ, .hadamard]), try run([.pauliX])) <= 1e-14)
            #expect(maxAbsDifference(try run([.hadamard, .pauliX, .hadamard]), try run([.pauliZ])) <= 1e-14)
            #expect(maxAbsDifference(try run([.s, .s]), try run([.pauliZ])) <= 1e-15)
            #expect(maxAbsDifference(try run([.t, .t]), try run([.s])) <= 1e-15)
            #expect(maxAbsDifference(try run([.s, .sDagger]), psi.amplitudes) <= 1e-15)
            #expect(maxAbsDifference(try run([.t, .tDagger]), psi.amplitudes) <= 1e-15)
            // Y = iXZ.
            let y = try run([.pauliY])
            let xz = try run([.pauliZ, .pauliX]).map { C(0, 1) * $0 }
            #expect(maxAbsDifference(y, xz) <= 1e-15)
        }
    }

    @Test("rotations: Rx(θ) = cos(θ/2)I − i sin(θ/2)X, Rz(θ) = e^{−iθ/2}P(θ), Ry(π)|0⟩ = |1⟩")
    func rotationsMatchExponentials() async throws {
        await seededPropertyCheck("rotationsMatchExponentials", count: 40, Gen.double(in: -7...7)) { theta in
            let c = Double.cos(theta / 2), s = Double.sin(theta / 2)
            let rx = try SingleQubitGate.rx(theta)
            let expected = try ComplexMatrix.identity(2).scaled(by: C(c, 0))
                .adding(SingleQubitGate.pauliX.matrix, scaledBy: C(0, -s))
            #expect(maxAbsDifference(rx.matrix.elements, expected.elements) <= 1e-15)
            let ry = try SingleQubitGate.ry(theta)
            let expectedY = try ComplexMatrix.identity(2).scaled(by: C(c, 0))
                .adding(SingleQubitGate.pauliY.matrix, scaledBy: C(0, -s))
            #expect(maxAbsDifference(ry.matrix.elements, expectedY.elements) <= 1e-15)
            let rz = try SingleQubitGate.rz(theta), p = try SingleQubitGate.phase(theta)
            let g = C(c, -s)
            #expect(maxAbsDifference(rz.matrix.elements, p.matrix.elements.map { g * $0 }) <= 1e-15)
        }
        var psi = try StateVector(qubitCount: 1)
        try psi.apply(.ry(.pi), to: 0)
        #expect(abs(try psi.probability(ofBasisState: 1) - 1) <= 1e-15)
    }

    @Test("two-qubit identities: CNOT = (I⊗H)·CZ·(I⊗H), SWAP = three CNOTs, controlled-U = 4×4 matrix")
    func twoQubitIdentities() async {
        await seededPropertyCheck("twoQubitIdentities", count: 30, zip(Gen.uint64(), Gen.int(in: 2...5))) { seed, n in
            var rng = Xoshiro256StarStar(seed: seed)
            let psi = try StateVector.random(qubitCount: n, using: &rng)
            let a = Int.random(in: 0..<n, using: &rng)
            var b = Int.random(in: 0..<(n - 1), using: &rng)
            if b >= a { b += 1 }

            var cnot = psi
            try cnot.applyCNOT(control: a, target: b)
            var viaCZ = psi
            try viaCZ.apply(.hadamard, to: b)
            try viaCZ.applyCZ(a, b)
            try viaCZ.apply(.hadamard, to: b)
            #expect(maxAbsDifference(cnot.amplitudes, viaCZ.amplitudes) <= 1e-14)
            var cnot4 = psi
            try cnot4.apply(.cnot, to: a, b)
            #expect(maxAbsDifference(cnot.amplitudes, cnot4.amplitudes) <= 1e-15)

            var swap = psi
            try swap.applySWAP(a, b)
            var three = psi
            try three.applyCNOT(control: a, target: b)
            try three.applyCNOT(control: b, target: a)
            try three.applyCNOT(control: a, target: b)
            #expect(swap == three)
            var swap4 = psi
            try swap4.apply(.swap, to: a, b)
            #expect(maxAbsDifference(swap.amplitudes, swap4.amplitudes) <= 1e-15)

            let u = randomGate(&rng)
            var cu = psi
            try cu.applyControlled(u, control: a, target: b)
            var cu4 = psi
            try cu4.apply(.controlled(u), to: a, b)
            #expect(maxAbsDifference(cu.amplitudes, cu4.amplitudes) <= 1e-14)

            // (U ⊗ V) on (a, b) equals U on a then V on b.
            let v = randomGate(&rng)
            var product = psi
            try product.apply(.tensor(u, v), to: a, b)
            var sequential = psi
            try sequential.apply(u, to: a)
            try sequential.apply(v, to: b)
            #expect(maxAbsDifference(product.amplitudes, sequential.amplitudes) <= 1e-14)
        }
    }

    @Test("Bell state: H·CNOT|00⟩ = |Φ+⟩ with ⟨ZZ⟩ = ⟨XX⟩ = 1, ⟨YY⟩ = −1, ⟨ZI⟩ = 0")
    func bellCorrelations() throws {
        var psi = try StateVector(qubitCount: 2)
        try psi.apply(.hadamard, to: 0)
        try psi.applyCNOT(control: 0, target: 1)
        #expect(maxAbsDifference(psi.amplitudes, StateVector.bellPair().amplitudes) <= 1e-16)
        #expect(abs(try psi.expectation(PauliString("ZZ")) - 1) <= 1e-15)
        #expect(abs(try psi.expectation(PauliString("XX")) - 1) <= 1e-15)
        #expect(abs(try psi.expectation(PauliString("YY")) + 1) <= 1e-15)
        #expect(abs(try psi.expectation(PauliString("ZI"))) <= 1e-15)
        #expect(abs(try psi.expectation(PauliString([(qubit: 1, pauli: .x)]))) <= 1e-15)
        // The other Bell states from X/Z on qubit 0: ⟨ZZ⟩, ⟨XX⟩ signs (Φ−: +,−; Ψ+: −,+; Ψ−: −,−).
        let signs: [BellState: (Double, Double)] = [.phiMinus: (1, -1), .psiPlus: (-1, 1), .psiMinus: (-1, -1)]
        for (kind, (zz, xx)) in signs {
            let b = StateVector.bellPair(kind)
            #expect(abs(try b.expectation(PauliString("ZZ")) - zz) <= 1e-15)
            #expect(abs(try b.expectation(PauliString("XX")) - xx) <= 1e-15)
        }
    }

    @Test("CHSH: ⟨A0B0 + A0B1 + A1B0 − A1B1⟩ = 2√2 on |Φ+⟩ (Pauli-sum route = dense-matrix route)")
    func chshTsirelsonValue() throws {
        // A0 = Z, A1 = X, B0 = (Z + X)/√2, B1 = (Z − X)/√2 (Clauser, Horne, Shimony & Holt, PRL 23 (1969) 880;
        // Tsirelson, Lett. Math. Phys. 4 (1980) 93). Expanded: √2·(ZZ + XX).
        let r = 1 / 2.0.squareRoot()
        let bell = try PauliSum([
            (r, "ZZ"), (r, "ZX"),     // A0 B0
            (r, "ZZ"), (-r, "ZX"),    // A0 B1
            (r, "XZ"), (r, "XX"),     // A1 B0
            (-r, "XZ"), (r, "XX"),    // −A1 B1
        ] as [(coefficient: Double, string: String)])
        let psi = StateVector.bellPair()
        let value = try psi.expectation(bell)
        #expect(abs(value - 2 * 2.0.squareRoot()) <= 1e-14)
        // Dense route: build B0, B1 as 2×2 matrices and the 4×4 CHSH operator.
        let z = densePauli("Z"), x = densePauli("X")
        func comb(_ a: DenseC, _ b: DenseC, _ s: Double) -> DenseC {
            zip(a, b).map { zip($0, $1).map { ($0 + C(s, 0) * $1).multiplied(by: r) } }
        }
        let b0 = comb(z, x, 1), b1 = comb(z, x, -1)
        let terms = [denseKron(z, b0), denseKron(z, b1), denseKron(x, b0), denseKron(x, b1)]
        let signs = [1.0, 1, 1, -1]
        var op = DenseC(repeating: [C](repeating: .zero, count: 4), count: 4)
        for (t, s) in zip(terms, signs) { for i in 0..<4 { for j in 0..<4 { op[i][j] += t[i][j].multiplied(by: s) } } }
        #expect(abs(denseExpectation(op, psi.amplitudes).real - value) <= 1e-14)
        // A product state cannot exceed the local bound 2.
        var product = try StateVector(qubitCount: 2)
        try product.apply(.ry(0.7), to: 0)
        try product.apply(.ry(-1.9), to: 1)
        #expect(try product.expectation(bell) <= 2 + 1e-12)
    }

    @Test("Pauli-string expectations equal ⟨ψ|P|ψ⟩ with P formed as a dense Kronecker product")
    func pauliExpectationMatchesDense() async {
        await seededPropertyCheck("pauliExpectationMatchesDense", count: 50, zip(Gen.uint64(), Gen.int(in: 1...5))) { seed, n in
            var rng = Xoshiro256StarStar(seed: seed)
            let psi = try StateVector.random(qubitCount: n, using: &rng)
            let text = String((0..<n).map { _ in "IXYZ".randomElement(using: &rng)! })
            let got = try psi.expectation(PauliString(text))
            let want = denseExpectation(densePauli(text), psi.amplitudes)
            #expect(abs(got - want.real) <= 1e-14 && abs(want.imaginary) <= 1e-14)
        }
    }

    @Test("unitarity: random circuits preserve the norm and inner products ⟨Ua|Ub⟩ = ⟨a|b⟩")
    func unitarityOnRandomCircuits() async {
        await seededPropertyCheck("unitarityOnRandomCircuits", count: 40, zip(Gen.uint64(), Gen.int(in: 1...7))) { seed, n in
            var rng = Xoshiro256StarStar(seed: seed)
            let circuit = randomCircuit(qubits: n, length: 30, &rng)
            let a = try StateVector.random(qubitCount: n, using: &rng)
            let b = try StateVector.random(qubitCount: n, using: &rng)
            var ua = a, ub = b
            try ua.apply(circuit)
            try ub.apply(circuit)
            #expect(abs(ua.norm - 1) <= 1e-13)
            #expect((try ua.innerProduct(with: ub) - a.innerProduct(with: b)).length <= 1e-13)
            #expect(abs(ua.probabilities().reduce(0, +) - 1) <= 1e-13)
        }
    }

    @Test("marginal P(qubit = 1) equals (1 − ⟨Z_q⟩)/2 and the sum of basis probabilities")
    func marginalsMatchZExpectation() async {
        await seededPropertyCheck("marginalsMatchZExpectation", count: 40, zip(Gen.uint64(), Gen.int(in: 1...6))) { seed, n in
            var rng = Xoshiro256StarStar(seed: seed)
            let psi = try StateVector.random(qubitCount: n, using: &rng)
            let probs = psi.probabilities()
            for q in 0..<n {
                let p1 = try psi.marginalProbability(qubit: q, outcome: 1)
                let text = String((0..<n).map { $0 == q ? "Z" : "I" })
                #expect(abs(p1 - (1 - (try psi.expectation(PauliString(text)))) / 2) <= 1e-14)
                // Sum over indices whose binary string has a '1' in position q.
                var s = 0.0
                for (i, p) in probs.enumerated() {
                    let bits = String(i, radix: 2)
                    let padded = String(repeating: "0", count: n - bits.count) + bits
                    if Array(padded)[q] == "1" { s += p }
                }
                #expect(abs(p1 - s) <= 1e-14)
                #expect(abs(p1 + (try psi.marginalProbability(qubit: q, outcome: 0)) - 1) <= 1e-14)
            }
        }
    }

    @Test("sampling: frequencies of 40 000 seeded shots lie within 6σ of the Born probabilities")
    func samplingMatchesProbabilities() throws {
        // 6σ per outcome: P(false failure) ≤ 8 outcomes × 2·10⁻⁹ (normal tail) — negligible,
        // and the seed is fixed, so the run is reproducible.
        var rng = Xoshiro256StarStar(seed: 2024)
        var psi = try StateVector.random(qubitCount: 3, using: &rng)
        try psi.apply(.hadamard, to: 1)
        let shots = 40_000
        let counts = try psi.sampleCounts(shots: shots, using: &rng)
        #expect(counts.values.reduce(0, +) == shots)
        for (i, p) in psi.probabilities().enumerated() {
            let f = Double(counts[i, default: 0]) / Double(shots)
            let sigma = (p * (1 - p) / Double(shots)).squareRoot()
            #expect(abs(f - p) <= 6 * sigma + 1e-12, "outcome \(i): frequency \(f), probability \(p)")
        }
        // Outcomes of probability zero are never sampled.
        let ghz = try StateVector.ghz(qubitCount: 4)
        let ghzCounts = try ghz.sampleCounts(shots: 2000, using: &rng)
        #expect(Set(ghzCounts.keys).isSubset(of: [0, 15]))
        // Same seed, same shots.
        var r1 = Xoshiro256StarStar(seed: 9), r2 = Xoshiro256StarStar(seed: 9)
        #expect(try psi.sample(shots: 100, using: &r1) == psi.sample(shots: 100, using: &r2))
    }

    @Test("GHZ: circuit H + CNOT chain equals the helper; measuring one qubit fixes all others")
    func ghzAndMeasurement() throws {
        for n in 1...6 {
            var psi = try StateVector(qubitCount: n)
            try psi.apply(.hadamard, to: 0)
            for q in stride(from: 1, to: n, by: 1) { try psi.applyCNOT(control: q - 1, target: q) }
            let helper = try StateVector.ghz(qubitCount: n)
            #expect(abs(try psi.fidelity(with: helper) - 1) <= 1e-14)
        }
        var rng = Xoshiro256StarStar(seed: 11)
        for _ in 0..<20 {
            var psi = try StateVector.ghz(qubitCount: 4)
            let m = try psi.measure(qubit: 2, using: &rng)
            for q in 0..<4 { #expect(try psi.marginalProbability(qubit: q, outcome: m) == 1) }
            #expect(abs(psi.norm - 1) <= 1e-15)
        }
    }

    @Test("tensor product: |a⟩⊗|b⟩ equals the Kronecker product of amplitudes; ⟨P⊗Q⟩ = ⟨P⟩⟨Q⟩")
    func tensorProductFactorizes() async {
        await seededPropertyCheck("tensorProductFactorizes", count: 30, zip(Gen.uint64(), Gen.int(in: 1...3), Gen.int(in: 1...3))) { seed, na, nb in
            var rng = Xoshiro256StarStar(seed: seed)
            let a = try StateVector.random(qubitCount: na, using: &rng)
            let b = try StateVector.random(qubitCount: nb, using: &rng)
            let ab = try a.tensorProduct(b)
            #expect(ab.qubitCount == na + nb)
            #expect(maxAbsDifference(ab.amplitudes, kronVector(a.amplitudes, b.amplitudes)) == 0)
            let p = String((0..<na).map { _ in "IXYZ".randomElement(using: &rng)! })
            let q = String((0..<nb).map { _ in "IXYZ".randomElement(using: &rng)! })
            let joint = try ab.expectation(PauliString(p + q))
            #expect(abs(joint - (try a.expectation(PauliString(p))) * (try b.expectation(PauliString(q)))) <= 1e-14)
        }
    }

    @Test("bad inputs throw: negative or out-of-range qubits, NaN angles, too many qubits, non-unitary matrices")
    func invalidInputsThrow() throws {
        var psi = try StateVector(qubitCount: 3)
        #expect(throws: SimulationError.invalidQubit(qubit: -1, qubitCount: 3)) { try psi.apply(.hadamard, to: -1) }
        #expect(throws: SimulationError.invalidQubit(qubit: 3, qubitCount: 3)) { try psi.apply(.hadamard, to: 3) }
        #expect(throws: SimulationError.self) { try psi.applyCNOT(control: 1, target: 1) }
        #expect(throws: SimulationError.self) { try psi.apply(.swap, to: 0, 5) }
        #expect(throws: SimulationError.self) { try psi.apply(.rx(.nan), to: 0) }
        #expect(throws: SimulationError.self) { try psi.apply(.phase(.infinity), to: 0) }
        #expect(throws: SimulationError.self) { try StateVector(qubitCount: 27) }
        #expect(throws: SimulationError.self) { try StateVector(qubitCount: 0) }
        #expect(throws: SimulationError.self) { try StateVector(qubitCount: -2) }
        #expect(throws: SimulationError.self) { try StateVector(qubitCount: 2, basisState: 4) }
        #expect(throws: SimulationError.self) { try StateVector(amplitudes: [.one, .one]) }          // not normalized
        #expect(throws: SimulationError.self) { try StateVector(amplitudes: [.one, .zero, .zero]) }  // not 2ⁿ
        #expect(throws: SimulationError.self) { try StateVector(amplitudes: [C(.nan, 0), .zero]) }
        #expect(throws: SimulationError.self) { try StateVector(normalizing: [.zero, .zero]) }
        #expect(throws: SimulationError.self) { try SingleQubitGate(.one, .one, .zero, .one) }      // not unitary
        #expect(throws: SimulationError.self) { try TwoQubitGate(matrix: ComplexMatrix.identity(3)) }
        #expect(throws: SimulationError.self) { try PauliString("XQZ") }
        #expect(throws: SimulationError.self) { try PauliString([(qubit: -1, pauli: .x)]) }
        #expect(throws: SimulationError.self) { try PauliString([(qubit: 0, pauli: .x), (qubit: 0, pauli: .z)]) }
        #expect(throws: SimulationError.self) { try psi.expectation(PauliString("XXXX")) }           // acts on qubit 3
        #expect(throws: SimulationError.self) { try PauliSum([(Double.nan, "X")] as [(coefficient: Double, string: String)]) }
        var rng = Xoshiro256StarStar(seed: 1)
        #expect(throws: SimulationError.self) { try psi.sample(shots: -1, using: &rng) }
        #expect(throws: SimulationError.self) { try psi.marginalProbability(qubit: 0, outcome: 2) }
        let big13 = try StateVector(qubitCount: 13), big14 = try StateVector(qubitCount: 14)
        #expect(throws: SimulationError.tooManyQubits(requested: 27, maximum: 26, simulator: "StateVector")) {
            try big13.tensorProduct(big14)
        }
        #expect(throws: SimulationError.self) { try psi.innerProduct(with: StateVector(qubitCount: 2)) }
        // The state is unchanged by the failed calls.
        #expect(psi == (try StateVector(qubitCount: 3)))
    }
}
