import Simulate

/// Seeded random test matrices and vectors (Xoshiro256StarStar from Simulate).
enum TestMatrices {
    static func uniform(_ rng: inout Xoshiro256StarStar) -> Double { Double(rng.next() >> 11) * 0x1p-53 * 2 - 1 }

    /// A random symmetric n × n matrix, entries in [−1, 1], row-major.
    static func symmetric(order n: Int, seed: UInt64) -> [Double] {
        var rng = Xoshiro256StarStar(seed: seed)
        var a = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in i..<n { let v = uniform(&rng); a[i * n + j] = v; a[j * n + i] = v } }
        return a
    }

    static func vector(count: Int, seed: UInt64, scale: Double = 1) -> [Double] {
        var rng = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { _ in scale * uniform(&rng) }
    }
}
