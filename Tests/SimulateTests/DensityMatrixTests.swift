import Numerics
import PropertyBased
import Simulate
import QBoundsTestSupport
import Testing

/// ρ = |ψ⟩⟨ψ| formed directly from amplitudes (independent of DensityMatrix.init(pureState:)).
private func outer(_ psi: StateVector) -> [C] {
    psi.amplitudes.flatMap { a in psi.amplitudes.map { a * $0.conjugate } }
}

private func isHermitian(_ rho: DensityMatrix, tolerance: Double) -> Bool {
    let d = rho.dimension
    for i in 0..<d { for j in 0..<d where (rho.elements[i * d + j] - rho.elements[j * d + i].conjugate).length > tolerance {
        return false
    } }
    return true
}

@Suite("DensityMatrix")
struct DensityMatrixTests {
    @Test("random circuits: evolving ρ equals |ψ⟩⟨ψ| of the state-vector evolution")
    func matchesStateVectorOnRandomCircuits() async {
        await seededPropertyCheck("matchesStateVectorOnRandomCircuits", count: 30, zip(Gen.uint64(), Gen.int(in: 1...4))) { seed, n in
            var rng = Xoshiro256StarStar(seed: seed)
            let circuit = randomCircuit(qubits: n, length: 15, &rng)
            let start = try StateVector.random(qubitCount: n, using: &rng)
            var psi = start
            try psi.apply(circuit)
            var rho = try DensityMatrix(pureState: start)
            try rho.apply(circuit)
            #expect(maxAbsDifference(rho.elements, outer(psi)) <= 1e-13)
            #expect(maxAbsDifference(rho.probabilities(), psi.probabilities()) <= 1e-13)
            let text = String((0..<n).map { _ in "IXYZ".randomElement(using: &rng)! })
            #expect(abs(try rho.expectation(PauliString(text)) - psi.expectation(PauliString(text))) <= 1e-13)
            #expect(abs(rho.purity - 1) <= 1e-13 && abs(rho.trace - 1) <= 1e-13)
            #expect(abs(try rho.fidelity(with: psi) - 1) <= 1e-13)
        }
    }

    @Test("depolarizing (X, Y, Z each p/3) multiplies ⟨X⟩, ⟨Y⟩, ⟨Z⟩ of the qubit by 1 − 4p/3 and keeps the trace")
    func depolarizingShrinksBlochVector() async {
        await seededPropertyCheck("depolarizingShrinksBlochVector", count: 40, zip(Gen.uint64(), Gen.double(in: 0...1))) { seed, p in
            var rng = Xoshiro256StarStar(seed: seed)
            let n = Int.random(in: 1...3, using: &rng)
            let q = Int.random(in: 0..<n, using: &rng)
            var rho = try DensityMatrix(pureState: StateVector.random(qubitCount: n, using: &rng))
            func single(_ ch: Character) -> PauliString { try! PauliString(String((0..<n).map { $0 == q ? ch : "I" })) }
            let before = try ["X", "Y", "Z"].map { try rho.expectation(single(Character($0))) }
            // A Pauli string not touching q is unchanged.
            let spectator = n > 1 ? try PauliString([(qubit: (q + 1) % n, pauli: .z)]) : PauliString.identity
            let spectatorBefore = try rho.expectation(spectator)
            try rho.applyDepolarizing(probability: p, to: q)
            let after = try ["X", "Y", "Z"].map { try rho.expectation(single(Character($0))) }
            for k in 0..<3 { #expect(abs(after[k] - (1 - 4 * p / 3) * before[k]) <= 1e-14) }
            #expect(abs(try rho.expectation(spectator) - spectatorBefore) <= 1e-14)
            #expect(abs(rho.trace - 1) <= 1e-14)
            #expect(isHermitian(rho, tolerance: 1e-15))
        }
    }

    @Test("channel routes agree: depolarizing = Kraus {√(1−p) I, √(p/3) X, √(p/3) Y, √(p/3) Z}; amplitude damping = its Kraus pair")
    func channelsMatchKrausRoute() async {
        await seededPropertyCheck("channelsMatchKrausRoute", count: 30, zip(Gen.uint64(), Gen.double(in: 0...1))) { seed, p in
            var rng = Xoshiro256StarStar(seed: seed)
            let n = Int.random(in: 1...3, using: &rng)
            let q = Int.random(in: 0..<n, using: &rng)
            let start = try DensityMatrix(pureState: StateVector.random(qubitCount: n, using: &rng))
            var a = start, b = start
            try a.applyDepolarizing(probability: p, to: q)
            let w = (p / 3).squareRoot()
            let kraus = try [try ComplexMatrix.identity(2).scaled(by: C((1 - p).squareRoot(), 0)),
                             SingleQubitGate.pauliX.matrix.scaled(by: C(w, 0)),
                             SingleQubitGate.pauliY.matrix.scaled(by: C(w, 0)),
                             SingleQubitGate.pauliZ.matrix.scaled(by: C(w, 0))]
            try b.applyKrausChannel(kraus, to: q, tolerance: 1e-12)
            #expect(maxAbsDifference(a.elements, b.elements) <= 1e-14)

            // Amplitude damping vs a closed form on one qubit: ρ11 ↦ (1−γ)ρ11, ρ01 ↦ √(1−γ)ρ01.
            let one = try DensityMatrix(pureState: StateVector.random(qubitCount: 1, using: &rng))
            var damped = one
            try damped.applyAmplitudeDamping(gamma: p, to: 0)
            let r = one.elements
            #expect((damped.elements[3] - r[3].multiplied(by: 1 - p)).length <= 1e-15)
            #expect((damped.elements[0] - (r[0] + r[3].multiplied(by: p))).length <= 1e-15)
            #expect((damped.elements[1] - r[1].multiplied(by: (1 - p).squareRoot())).length <= 1e-15)
        }
    }

    @Test("two-qubit depolarizing: ⟨ZZ⟩, ⟨XX⟩ of |Φ+⟩ shrink by 1 − 16p/15; equals the 16-operator Kraus route")
    func twoQubitDepolarizing() async {
        await seededPropertyCheck("twoQubitDepolarizing", count: 25, zip(Gen.double(in: 0...1), Gen.uint64())) { p, seed in
            var rho = try DensityMatrix(pureState: StateVector.bellPair())
            try rho.applyTwoQubitDepolarizing(probability: p, to: 0, 1)
            let factor = 1 - 16 * p / 15
            #expect(abs(try rho.expectation(PauliString("ZZ")) - factor) <= 1e-14)
            #expect(abs(try rho.expectation(PauliString("XX")) - factor) <= 1e-14)
            #expect(abs(try rho.expectation(PauliString("ZI"))) <= 1e-14)
            #expect(abs(rho.trace - 1) <= 1e-14)

            var rng = Xoshiro256StarStar(seed: seed)
            let n = Int.random(in: 2...3, using: &rng)
            let a = Int.random(in: 0..<n, using: &rng)
            var b = Int.random(in: 0..<(n - 1), using: &rng)
            if b >= a { b += 1 }
            let start = try DensityMatrix(pureState: StateVector.random(qubitCount: n, using: &rng))
            var viaChannel = start, viaKraus = start
            try viaChannel.applyTwoQubitDepolarizing(probability: p, to: a, b)
            var ops: [ComplexMatrix] = []
            for (i, pa) in Pauli.allCases.enumerated() {
                for (j, pb) in Pauli.allCases.enumerated() {
                    let w = (i == 0 && j == 0) ? (1 - p).squareRoot() : (p / 15).squareRoot()
                    ops.append(try ComplexMatrix.kron(pa.gate.matrix, pb.gate.matrix).scaled(by: C(w, 0)))
                }
            }
            try viaKraus.applyKrausChannel(ops, to: a, b, tolerance: 1e-12)
            #expect(maxAbsDifference(viaChannel.elements, viaKraus.elements) <= 1e-14)
        }
    }

    @Test("full depolarization (p = 3/4 on every qubit) gives I/2ⁿ with purity 2⁻ⁿ")
    func fullDepolarizationIsMaximallyMixed() async {
        await seededPropertyCheck("fullDepolarizationIsMaximallyMixed", count: 15, zip(Gen.uint64(), Gen.int(in: 1...4))) { seed, n in
            var rng = Xoshiro256StarStar(seed: seed)
            var rho = try DensityMatrix(pureState: StateVector.random(qubitCount: n, using: &rng))
            for q in 0..<n { try rho.applyDepolarizing(probability: 0.75, to: q) }
            let mixed = try DensityMatrix.maximallyMixed(qubitCount: n)
            #expect(maxAbsDifference(rho.elements, mixed.elements) <= 1e-15)
            #expect(abs(rho.purity - 1 / Double(1 << n)) <= 1e-15)
        }
    }

    @Test("noisy random circuits keep ρ Hermitian with unit trace; probabilities sum to the trace")
    func noisyCircuitsStayValid() async {
        await seededPropertyCheck("noisyCircuitsStayValid", count: 20, zip(Gen.uint64(), Gen.int(in: 1...4))) { seed, n in
            var rng = Xoshiro256StarStar(seed: seed)
            var rho = try DensityMatrix(qubitCount: n)
            for op in randomCircuit(qubits: n, length: 20, &rng) {
                try rho.apply(op)
                let q = Int.random(in: 0..<n, using: &rng)
                switch Int.random(in: 0...3, using: &rng) {
                case 0: try rho.applyDepolarizing(probability: Double.random(in: 0...1, using: &rng), to: q)
                case 1:
                    let px = Double.random(in: 0...0.3, using: &rng), py = Double.random(in: 0...0.3, using: &rng)
                    try rho.applyPauliChannel(px: px, py: py, pz: Double.random(in: 0...0.3, using: &rng), to: q)
                case 2: try rho.applyAmplitudeDamping(gamma: Double.random(in: 0...1, using: &rng), to: q)
                default: try rho.applyDephasing(probability: Double.random(in: 0...1, using: &rng), to: q)
                }
            }
            #expect(abs(rho.trace - 1) <= 1e-13)
            #expect(isHermitian(rho, tolerance: 1e-14))
            #expect(abs(rho.probabilities().reduce(0, +) - rho.trace) <= 1e-14)
            #expect(rho.purity <= 1 + 1e-13 && rho.purity >= 1 / Double(1 << n) - 1e-13)
            for q in 0..<n {
                let p1 = try rho.marginalProbability(qubit: q, outcome: 1)
                let z = try rho.expectation(PauliString([(qubit: q, pauli: .z)]))
                #expect(abs(p1 - (1 - z) / 2) <= 1e-14)
            }
        }
    }

    @Test("bad inputs throw: too many qubits, probabilities outside [0, 1], NaN, non-CPTP Kraus sets")
    func invalidInputsThrow() throws {
        #expect(throws: SimulationError.tooManyQubits(requested: 11, maximum: 10, simulator: "DensityMatrix")) {
            try DensityMatrix(qubitCount: 11)
        }
        #expect(throws: SimulationError.self) { try DensityMatrix(pureState: StateVector(qubitCount: 11)) }
        var rho = try DensityMatrix(qubitCount: 2)
        #expect(throws: SimulationError.self) { try rho.applyDepolarizing(probability: 1.2, to: 0) }
        #expect(throws: SimulationError.self) { try rho.applyDepolarizing(probability: -0.1, to: 0) }
        #expect(throws: SimulationError.self) { try rho.applyDepolarizing(probability: .nan, to: 0) }
        #expect(throws: SimulationError.self) { try rho.applyDepolarizing(probability: 0.1, to: 2) }
        #expect(throws: SimulationError.self) { try rho.applyPauliChannel(px: 0.5, py: 0.4, pz: 0.3, to: 0) }
        #expect(throws: SimulationError.self) { try rho.applyAmplitudeDamping(gamma: 2, to: 0) }
        #expect(throws: SimulationError.self) { try rho.applyTwoQubitDepolarizing(probability: 0.1, to: 1, 1) }
        #expect(throws: SimulationError.self) { try rho.applyKrausChannel([ComplexMatrix.identity(2), .identity(2)], to: 0) }
        #expect(throws: SimulationError.self) { try rho.applyKrausChannel([ComplexMatrix.identity(4)], to: 0) }
        #expect(throws: SimulationError.self) { try rho.apply(.rz(.nan), to: 0) }
        #expect(throws: SimulationError.self) { try rho.apply(.hadamard, to: -1) }
        #expect(throws: SimulationError.self) {
            try DensityMatrix(matrix: ComplexMatrix(realRows: [[0.5, 0.2], [0.1, 0.5]]))   // not Hermitian
        }
        #expect(throws: SimulationError.self) {
            try DensityMatrix(matrix: ComplexMatrix(realRows: [[0.6, 0], [0, 0.6]]))       // trace 1.2
        }
        #expect(rho == (try DensityMatrix(qubitCount: 2)))
        let valid = try DensityMatrix(matrix: ComplexMatrix(realRows: [[0.75, 0.25], [0.25, 0.25]]))
        #expect(abs(valid.purity - (0.75 * 0.75 + 2 * 0.0625 + 0.0625)) <= 1e-15)
    }
}
