import PropertyBased
import QBoundsTestSupport
import Testing
@testable import Training

/// The hand-written backprop gradient and the analytic Hessian against central differences.
@Suite struct PolynomialNetworkTests {
    /// A small random network and data set (d, h, m from the generator).
    static func small(_ d: Int, _ h: Int, _ m: Int, seed: UInt64) throws -> (PolynomialNetwork, RegressionDataSet) {
        let data = try RegressionDataSet(inputs: d, samples: m, seed: seed)
        return (try PolynomialNetwork(inputs: d, hidden: h, seed: seed &+ 11), data)
    }

    @Test("backprop gradient = central differences of the loss")
    func gradientVsFiniteDifferences() {
        seededCheck("gradient vs FD", count: 8, zip(Gen.int(in: 1...4), Gen.int(in: 1...5), Gen.int(in: 0...1_000_000))) { input in
            let (d, h, seed) = input
            let (net, data) = try Self.small(d, h, 7, seed: UInt64(seed))
            let g = try net.gradient(on: data)
            let step = 1e-5
            for i in 0..<net.parameterCount {
                var plus = net, minus = net
                plus.parameters[i] += step; minus.parameters[i] -= step
                let fd = (try plus.loss(on: data) - minus.loss(on: data)) / (2 * step)
                if abs(fd - g[i]) > 1e-6 * max(1, abs(g[i])) { return false }
            }
            return true
        }
    }

    @Test("analytic Hessian is symmetric and = central differences of the analytic gradient")
    func hessianVsFiniteDifferences() {
        seededCheck("Hessian vs FD of gradient", count: 8, zip(Gen.int(in: 1...4), Gen.int(in: 1...5), Gen.int(in: 0...1_000_000))) { input in
            let (d, h, seed) = input
            let (net, data) = try Self.small(d, h, 6, seed: UInt64(seed))
            let n = net.parameterCount
            let H = try net.hessian(on: data)
            let step = 1e-5
            for j in 0..<n {
                var plus = net, minus = net
                plus.parameters[j] += step; minus.parameters[j] -= step
                let gp = try plus.gradient(on: data), gm = try minus.gradient(on: data)
                for i in 0..<n {
                    if H[i * n + j] != H[j * n + i] { return false }
                    let fd = (gp[i] - gm[i]) / (2 * step)
                    if abs(fd - H[i * n + j]) > 1e-6 * max(1, abs(H[i * n + j])) { return false }
                }
            }
            return true
        }
    }

    @Test("the Hessian on a subset of parameters is the principal submatrix of the full Hessian")
    func restrictedHessian() throws {
        let (net, data) = try Self.small(3, 4, 9, seed: 5)
        let n = net.parameterCount
        let full = try net.hessian(on: data)
        let idx = [0, 3, 7, 12, 16, 19, n - 1]
        let sub = try net.hessian(on: data, indices: idx)
        for (a, i) in idx.enumerated() { for (b, j) in idx.enumerated() { #expect(abs(sub[a * idx.count + b] - full[i * n + j]) <= 1e-14 * max(1, abs(full[i * n + j]))) } }
        #expect(throws: TrainingError.self) { try net.hessian(on: data, indices: [0, 0]) }
        #expect(throws: TrainingError.self) { try net.hessian(on: data, indices: [n]) }
    }

    @Test("the default network has ≥ 1,000 parameters; its full Hessian is symmetric and LAPACK's trace identity holds")
    func largeNetwork() throws {
        let c = ProxyExperimentConfiguration()
        let data = try RegressionDataSet(inputs: c.inputs, samples: 16, seed: 3)
        let net = try PolynomialNetwork(inputs: c.inputs, hidden: c.hidden, seed: 4)
        #expect(net.parameterCount == 1201)
        let n = net.parameterCount
        let H = try net.hessian(on: data)
        let lambda = try SymmetricEigen.eigenvalues(of: H, order: n)
        let trace = (0..<n).map { H[$0 * n + $0] }.reduce(0, +)
        let frob2 = H.map { $0 * $0 }.reduce(0, +)
        #expect(abs(lambda.reduce(0, +) - trace) <= 1e-10 * max(1, frob2.squareRoot()) * Double(n))
        #expect(abs(lambda.map { $0 * $0 }.reduce(0, +) - frob2) <= 1e-10 * max(1, frob2))
    }

    @Test("bad sizes throw")
    func badSizes() {
        #expect(throws: TrainingError.self) { try PolynomialNetwork(inputs: 0, hidden: 3, seed: 1) }
        #expect(throws: TrainingError.self) { try PolynomialNetwork(inputs: 100, hidden: 100, seed: 1) }
        #expect(throws: TrainingError.self) { try PolynomialNetwork(inputs: 2, hidden: 2, parameters: [1, 2]) }
        #expect(throws: TrainingError.self) { try RegressionDataSet(inputs: 2, x: [1, 2, 3], y: [1, 2]) }
        #expect(throws: TrainingError.self) { try RegressionDataSet(inputs: 2, samples: 0, seed: 1) }
    }
}
