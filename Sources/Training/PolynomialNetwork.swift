/// A two-layer network with the polynomial activation `σ(z) = z + z²/2` and a scalar output,
///
///   `f(x; θ) = Σ_j v_j σ(z_j) + c`,  `z_j = Σ_k W_{jk} x_k + b_j`,
///
/// with the mean-squared loss `L(θ) = (1/2m) Σ_s (f(x_s; θ) − y_s)²`. Because σ is a polynomial,
/// L is a polynomial in θ (degree 6), the setting of the seed paper's discrete Carleman scheme
/// (Liu et al., Nat. Commun. 15, 434 (2024), Eqs. 3–4), and its second derivatives are
/// available in closed form.
///
/// Parameter layout (`parameterCount = h(d + 2) + 1`): hidden unit j owns the d + 1 entries
/// `j(d+1) + k` (k < d: `W_{jk}`; k = d: the bias `b_j`), then `v_j` sits at `h(d+1) + j` and the
/// output bias c at `h(d+2)`. With d = 10, h = 100 there are 1,201 parameters.
///
/// Floats explore here: every quantity is a Double computation.
public struct PolynomialNetwork: Sendable, Equatable {
    /// Input dimension d.
    public let inputs: Int
    /// Hidden width h.
    public let hidden: Int
    /// All parameters in the layout above.
    public var parameters: [Double]

    /// Size cap: the dense Hessian of all parameters must fit ``SymmetricEigen/maximumOrder`` (128 MiB).
    public static let maximumParameters = SymmetricEigen.maximumOrder

    public var parameterCount: Int { hidden * (inputs + 2) + 1 }

    /// `σ(z) = z + z²/2`; `σ′(z) = 1 + z`; `σ″ = 1`.
    @inline(__always) static func sigma(_ z: Double) -> Double { z + 0.5 * z * z }
    @inline(__always) static func sigmaPrime(_ z: Double) -> Double { 1 + z }
    static let sigmaSecond = 1.0

    /// A network with given parameters.
    public init(inputs: Int, hidden: Int, parameters: [Double]) throws(TrainingError) {
        guard inputs >= 1, hidden >= 1 else { throw .invalid("network: expected inputs ≥ 1 and hidden ≥ 1, got \(inputs), \(hidden)") }
        let (p, o1) = hidden.multipliedReportingOverflow(by: inputs + 2)
        guard !o1, p + 1 <= Self.maximumParameters else {
            throw .invalid("network with \(inputs) inputs and \(hidden) hidden units exceeds \(Self.maximumParameters) parameters")
        }
        guard parameters.count == p + 1 else { throw .invalid("network: expected \(p + 1) parameters, got \(parameters.count)") }
        guard parameters.allSatisfy(\.isFinite) else { throw .invalid("network: parameters must be finite") }
        self.inputs = inputs; self.hidden = hidden; self.parameters = parameters
    }

    /// A randomly initialised network: `W_{jk} ~ N(0, 1/d)`, `b_j ~ N(0, 1/4)`, `v_j ~ N(0, 1/h)`, c = 0.
    public init(inputs: Int, hidden: Int, seed: UInt64) throws(TrainingError) {
        guard inputs >= 1, hidden >= 1, inputs <= Self.maximumParameters, hidden <= Self.maximumParameters else {
            throw .invalid("network: expected 1 ≤ inputs, hidden ≤ \(Self.maximumParameters), got \(inputs), \(hidden)")
        }
        var g = GaussianSampler(seed: seed)
        var theta = [Double]()
        let sw = 1 / Double(inputs).squareRoot(), sv = 1 / Double(hidden).squareRoot()
        for _ in 0..<hidden {
            for _ in 0..<inputs { theta.append(sw * g.next()) }
            theta.append(0.5 * g.next())
        }
        for _ in 0..<hidden { theta.append(sv * g.next()) }
        theta.append(0)
        try self.init(inputs: inputs, hidden: hidden, parameters: theta)
    }

    /// The two layers as index ranges: first layer (W and b), then second layer (v and c).
    public var layers: [Range<Int>] { [0..<(hidden * (inputs + 1)), (hidden * (inputs + 1))..<parameterCount] }

    /// The output f(x; θ) for one input row; throws unless `x.count == inputs`.
    public func output(_ x: [Double]) throws(TrainingError) -> Double {
        guard x.count == inputs else { throw .invalid("input row has \(x.count) entries, the network \(inputs) inputs") }
        let d = inputs, vOff = hidden * (d + 1)
        var f = parameters[hidden * (d + 2)]
        for j in 0..<hidden {
            var z = parameters[j * (d + 1) + d]
            for k in 0..<d { z += parameters[j * (d + 1) + k] * x[k] }
            f += parameters[vOff + j] * Self.sigma(z)
        }
        return f
    }

    func checkShape(_ data: RegressionDataSet) throws(TrainingError) {
        guard data.inputs == inputs else { throw .invalid("data set has \(data.inputs) inputs, the network \(inputs)") }
    }

    /// Pre-activations z_j for sample s into `z`, returns the residual r_s = f(x_s) − y_s.
    @inline(__always)
    func forward(_ p: UnsafeBufferPointer<Double>, _ x: UnsafeBufferPointer<Double>, sample s: Int, target: Double, z: UnsafeMutableBufferPointer<Double>) -> Double {
        let d = inputs, vOff = hidden * (d + 1)
        var f = p[hidden * (d + 2)]
        for j in 0..<hidden {
            let row = j * (d + 1)
            var acc = p[row + d]
            for k in 0..<d { acc += p[row + k] * x[s * d + k] }
            z[j] = acc
            f += p[vOff + j] * Self.sigma(acc)
        }
        return f - target
    }

    /// The loss `L(θ) = (1/2m) Σ_s r_s²`.
    public func loss(on data: RegressionDataSet) throws(TrainingError) -> Double {
        try checkShape(data)
        var z = [Double](repeating: 0, count: hidden)
        var total = 0.0
        parameters.withUnsafeBufferPointer { p in
            data.x.withUnsafeBufferPointer { x in
                z.withUnsafeMutableBufferPointer { zb in
                    for s in 0..<data.count {
                        let r = forward(p, x, sample: s, target: data.y[s], z: zb)
                        total += r * r
                    }
                }
            }
        }
        return total / (2 * Double(data.count))
    }

    /// `∇L(θ) = (1/m) Σ_s r_s ∇_θ f(x_s; θ)` by hand-written backpropagation:
    /// `∂f/∂v_j = σ(z_j)`, `∂f/∂c = 1`, `∂f/∂W_{jk} = v_j σ′(z_j) x_k`, `∂f/∂b_j = v_j σ′(z_j)`.
    public func gradient(on data: RegressionDataSet) throws(TrainingError) -> [Double] {
        try checkShape(data)
        let d = inputs, h = hidden, vOff = h * (d + 1), m = data.count
        var grad = [Double](repeating: 0, count: parameterCount)
        var z = [Double](repeating: 0, count: h)
        parameters.withUnsafeBufferPointer { p in
            data.x.withUnsafeBufferPointer { x in
                z.withUnsafeMutableBufferPointer { zb in
                    grad.withUnsafeMutableBufferPointer { g in
                        for s in 0..<m {
                            let r = forward(p, x, sample: s, target: data.y[s], z: zb)
                            for j in 0..<h {
                                let delta = r * p[vOff + j] * Self.sigmaPrime(zb[j])
                                let row = j * (d + 1)
                                for k in 0..<d { g[row + k] += delta * x[s * d + k] }
                                g[row + d] += delta
                                g[vOff + j] += r * Self.sigma(zb[j])
                            }
                            g[h * (d + 2)] += r
                        }
                        let scale = 1 / Double(m)
                        for i in 0..<g.count { g[i] *= scale }
                    }
                }
            }
        }
        return grad
    }

    /// The Hessian of L restricted to the parameters `indices` (all of them if nil), row-major
    /// `n × n` with `n = indices.count`, from the analytic second derivatives (no differencing):
    ///
    ///   `∇²L = (1/m) Σ_s [∇f_s ∇f_sᵀ + r_s ∇²f_s]`,
    ///
    /// where ∇²f_s couples only parameters of the same hidden unit j:
    /// `∂²f/∂W_{jk}∂W_{jl} = v_j σ″ x̃_k x̃_l`, `∂²f/∂W_{jk}∂v_j = σ′(z_j) x̃_k` (x̃ = (x, 1), so the bias
    /// is column d), and every second derivative in v or c alone is 0. Each entry is a short sum of
    /// products, accurate to a few ulps times m·max|term|, far better than the O(h²) truncation
    /// plus O(ε/h) cancellation of differencing the gradient; the tests hold it against central
    /// differences of ``gradient(on:)``. The result is symmetric by construction (upper triangle
    /// mirrored).
    public func hessian(on data: RegressionDataSet, indices: [Int]? = nil) throws(TrainingError) -> [Double] {
        try checkShape(data)
        let d = inputs, h = hidden, vOff = h * (d + 1), cIndex = h * (d + 2), m = data.count
        let idx = indices ?? Array(0..<parameterCount)
        let n = idx.count
        guard n <= SymmetricEigen.maximumOrder else { throw .invalid("Hessian of \(n) parameters exceeds the cap \(SymmetricEigen.maximumOrder)") }
        guard idx.allSatisfy({ (0..<parameterCount).contains($0) }), Set(idx).count == n else {
            throw .invalid("Hessian indices must be distinct parameter indices in 0..<\(parameterCount)")
        }
        // Per index: its hidden unit (−1 for c), kind (0: first layer incl. bias, 1: v, 2: c), input column.
        var unit = [Int](repeating: -1, count: n), kind = [Int](repeating: 2, count: n), column = [Int](repeating: 0, count: n)
        for (a, i) in idx.enumerated() {
            if i < vOff { unit[a] = i / (d + 1); kind[a] = 0; column[a] = i % (d + 1) }
            else if i < cIndex { unit[a] = i - vOff; kind[a] = 1 }
        }
        var H = [Double](repeating: 0, count: n * n)
        var z = [Double](repeating: 0, count: h), gs = [Double](repeating: 0, count: n), xt = [Double](repeating: 1, count: d + 1)
        parameters.withUnsafeBufferPointer { p in
            data.x.withUnsafeBufferPointer { x in
                z.withUnsafeMutableBufferPointer { zb in
                    H.withUnsafeMutableBufferPointer { Hb in
                        for s in 0..<m {
                            let r = forward(p, x, sample: s, target: data.y[s], z: zb)
                            for k in 0..<d { xt[k] = x[s * d + k] }
                            for a in 0..<n {
                                switch kind[a] {
                                case 0: let j = unit[a]; gs[a] = p[vOff + j] * Self.sigmaPrime(zb[j]) * xt[column[a]]
                                case 1: gs[a] = Self.sigma(zb[unit[a]])
                                default: gs[a] = 1
                                }
                            }
                            for a in 0..<n {
                                let ga = gs[a], ua = unit[a], ka = kind[a]
                                for b in a..<n {
                                    var e = ga * gs[b]
                                    if ua >= 0 && unit[b] == ua {
                                        let kb = kind[b]
                                        if ka == 0 && kb == 0 {
                                            e += r * p[vOff + ua] * Self.sigmaSecond * xt[column[a]] * xt[column[b]]
                                        } else if ka == 0 && kb == 1 {
                                            e += r * Self.sigmaPrime(zb[ua]) * xt[column[a]]
                                        } else if ka == 1 && kb == 0 {
                                            e += r * Self.sigmaPrime(zb[ua]) * xt[column[b]]
                                        }
                                    }
                                    Hb[a * n + b] += e
                                }
                            }
                        }
                        let scale = 1 / Double(m)
                        for a in 0..<n {
                            for b in a..<n {
                                let v = Hb[a * n + b] * scale
                                Hb[a * n + b] = v
                                Hb[b * n + a] = v
                            }
                        }
                    }
                }
            }
        }
        return H
    }
}
