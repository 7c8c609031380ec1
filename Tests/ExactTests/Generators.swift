import Exact
import PropertyBased

/// Generators shared by the Exact tests.
enum Gens {
    /// Rationals with numerator in ±10^6 and denominator 1…10^4.
    static let smallRational = zip(Gen.int(in: -1_000_000...1_000_000), Gen.int(in: 1...10_000))
        .map { n, d in try! Rational(n, d) }

    /// Rationals with numerator and denominator of up to ~120 bits (built from two Int64 words).
    static let bigRational = zip(Gen.int(in: Int.min / 2...Int.max / 2), Gen.int(in: Int.min / 2...Int.max / 2),
                                 Gen.int(in: 1...Int.max / 2), Gen.int(in: 1...Int.max / 2))
        .map { a, b, c, d in
            let n = BigInteger(a) * BigInteger(b) + BigInteger(7)
            let den = BigInteger(c) * BigInteger(d)
            return try! Rational(numerator: n, denominator: den)
        }

    /// Small integer entries −3…3 (so that singular and structured matrices are common).
    static let tinyInt = Gen.int(in: -3...3)

    /// A square symmetric matrix of size 1…6 with small rational entries.
    static let symmetricMatrix = zip(Gen.int(in: 1...6), Gen.int(in: -5...5).array(of: 36), Gen.int(in: 1...3).array(of: 36))
        .map { n, nums, dens -> RationalMatrix in
            var m = try! RationalMatrix(rows: n, columns: n)
            for i in 0..<n { for j in i..<n {
                let q = try! Rational(nums[i * 6 + j], dens[i * 6 + j])
                m[i, j] = q; m[j, i] = q
            } }
            return m
        }

    /// A matrix of planted rank ≤ r: an (m×r)·(r×n) product of small integer matrices.
    static let plantedRank = zip(Gen.int(in: 1...7), Gen.int(in: 1...7), Gen.int(in: 0...5), tinyInt.array(of: 35), tinyInt.array(of: 35))
        .map { m, n, r, a, b -> (RationalMatrix, Int) in
            let left = try! RationalMatrix(rows: m, columns: r, entries: (0..<(m * r)).map { Rational(a[$0]) })
            let right = try! RationalMatrix(rows: r, columns: n, entries: (0..<(r * n)).map { Rational(b[$0]) })
            return (try! left * right, r)
        }
}
