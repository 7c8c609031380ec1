import Foundation
import Training

/// `--dump-hessian FILE`: reruns pre-training and pruning for the same configuration and writes
/// the full Hessian (row-major, raw little-endian float64, order² values) so the benchmark can
/// diagonalise the very same matrix with numpy.linalg.eigvalsh.
enum GDProxyHessianDump {
    static func write(_ c: ProxyExperimentConfiguration, to path: String) throws {
        let data = try RegressionDataSet(inputs: c.inputs, samples: c.samples, seed: c.seed)
        var net = try PolynomialNetwork(inputs: c.inputs, hidden: c.hidden, seed: c.seed &+ 1)
        for _ in 0..<c.pretrainSteps {
            let g = try net.gradient(on: data)
            for i in g.indices { net.parameters[i] -= c.eta * g[i] }
        }
        net.parameters = try MagnitudePruning(parameters: net.parameters, keepFraction: c.keepFraction, groups: c.layerwisePruning ? net.layers : nil).apply(to: net.parameters)
        let H = try net.hessian(on: data)
        let bytes = H.withUnsafeBufferPointer { Data(buffer: $0) }
        try bytes.write(to: URL(fileURLWithPath: path))
    }
}
