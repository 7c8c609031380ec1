import Exact
import PropertyBased
import QBoundsTestSupport
import Testing
@testable import Separations

/// comm.log-rank / exact.rank: the multimodular route of `BooleanRank` against the Bareiss route of
/// `RationalMatrix.rankCertificate()` and the independent re-check, including forced unlucky primes.
@Suite struct BooleanRankTests {
    @Test func multimodularRankAgainstBareiss() {
        seededCheck("BooleanRank vs Bareiss (random)", count: 40, SepGen.matrix(maxRows: 10, maxColumns: 10)) { m in
            let c = BooleanRank.certificate(m)
            return c.rank == m.rational.rankCertificate().rank && c.verify(against: m.rational) == nil
        }
        seededCheck("BooleanRank vs Bareiss (low rank)", count: 60, SepGen.lowRank(maxSize: 12)) { m in
            let c = BooleanRank.certificate(m)
            return c.rank == m.rational.rankCertificate().rank && c.rank == Brute.rank(m) && c.verify(against: m.rational) == nil
        }
    }

    /// Large minors: 40 random rows on the left 60 columns, 40 on the right 60, and 20 sums of one
    /// of each (dependent, not repeated); rank 80. d and Y do not fit one or two primes, so the
    /// bounded remaindering route (Hadamard bound, modular check of the 20 dependent rows) decides.
    @Test func boundedRouteOnLargeMinors() {
        seededCheck("BooleanRank bounded route", count: 1, Gen.uint64(in: 0...UInt64.max)) { seed in
            func half(_ i: Int, _ y: Int) -> Bool { SepGen.mix(seed, i * 64 + y) & 1 == 1 }
            let m = try! BooleanMatrix(rows: 100, columns: 120) { x, y in
                let left = y < 60, col = y % 60
                switch x {
                case 0..<40: return left && half(x, col)
                case 40..<80: return !left && half(x, col)
                default: return left ? half(x - 80, col) : half(x - 40, col)
                }
            }
            let route = BooleanRank.route(m, pivotPrimes: BooleanRank.pivotPrimes, remainderPrimes: BooleanRank.remainderPrimes)
            let c = route.certificate
            return !route.shortcut && !route.exactFallback && c.rank == 80 && c.verify(against: m.rational) == nil
        }
    }

    /// Small primes make unlucky primes common: rank mod 2 or 3 falls below the rank over ℚ (the
    /// row check must catch it and move on), and remaindering primes divide det B (they must be
    /// skipped). The certificate must still be exact and re-check.
    @Test func unluckyPrimesAreHandled() {
        let small = PrimeField.primes(below: 400, count: 1000).reversed().map { $0 }   // 2, 3, 5, …, 397
        var retried = 0, skipped = 0
        func check(_ m: BooleanMatrix) -> Bool {
            let route = BooleanRank.route(m, pivotPrimes: [2, 3, BooleanRank.prime], remainderPrimes: small)
            if route.attempts > 1 { retried += 1 }
            skipped += route.skipped
            let c = route.certificate
            return c.rank == Brute.rank(m) && c.verify(against: m.rational) == nil
        }
        seededCheck("BooleanRank with small primes (low rank)", count: 60, SepGen.lowRank(maxSize: 9), check)
        seededCheck("BooleanRank with small primes (random)", count: 60, SepGen.matrix(maxRows: 9, maxColumns: 9), check)
        #expect(retried > 0 && skipped > 0, "the small primes never forced the unlucky paths (retried \(retried), skipped \(skipped))")
    }

    @Test func determinantDivisibleByTheFirstPrime() throws {
        // det = 2: rank 3 over ℚ, rank 2 modulo 2.
        let m = try BooleanMatrix([[1, 1, 0], [0, 1, 1], [1, 0, 1]])
        #expect(BooleanRank.modular(m, prime: 2).rank == 2)
        let route = BooleanRank.route(m, pivotPrimes: [2, 3], remainderPrimes: [2, 3, 5, 7, 11, 13])
        #expect(route.certificate.rank == 3 && route.attempts == 2 && !route.exactFallback)
        // Only unlucky pivot primes: the exact elimination decides.
        let onlyTwo = BooleanRank.route(m, pivotPrimes: [2], remainderPrimes: [2, 3, 5, 7])
        #expect(onlyTwo.certificate.rank == 3 && onlyTwo.exactFallback && onlyTwo.certificate.verify(against: m.rational) == nil)
        // With a free column (all ones, = half the sum of the others): det B = 2 forces the
        // remaindering to skip the prime 2, and the kernel vector has denominator 2.
        let d = try BooleanMatrix([[1, 1, 0, 1], [0, 1, 1, 1], [1, 0, 1, 1]])
        let r = BooleanRank.route(d, pivotPrimes: [3], remainderPrimes: [2, 3, 5, 7, 11, 13, 17, 19, 23])
        #expect(r.certificate.rank == 3 && r.skipped == 1 && r.certificate.verify(against: d.rational) == nil)
        #expect(r.certificate.kernelBasis == [RationalVector([try Rational(-1, 2), try Rational(-1, 2), try Rational(-1, 2), 1])])
        // Too few remaindering primes for the bound: the exact route decides, still correctly.
        let few = BooleanRank.route(d, pivotPrimes: [3], remainderPrimes: [2])
        #expect(few.exactFallback && few.certificate.rank == 3)
    }

    /// The delayed reduction: with p just below 2³¹ the trailing block is folded every 4 steps, so
    /// a 24 × 24 elimination folds repeatedly; the determinant mod p must match the exact one.
    @Test func modularDeterminantWithFoldsAgainstExact() {
        let p = PrimeField.primes(below: 1 << 31, count: 1)[0]
        let field = PrimeField(p)
        #expect(field.foldInterval == 4)
        seededCheck("ModularEchelon determinant", count: 30, SepGen.matrix(maxRows: 24, maxColumns: 24).map { m in
            try! BooleanMatrix(rows: 24, columns: 24) { x, y in m[x % m.rows, (y * 7 + x) % m.columns] != (x == y) }
        }) { m in
            var a = m.entries.map { UInt64($0) }
            let fw = a.withUnsafeMutableBufferPointer { ModularEchelon.forward($0, rows: 24, columns: 24, field: field, pivotLimit: 24, strict: true) }
            let exact = Determinant.exact(m.rational).numerator
            let residue = UInt64(try exact.residue(modulo: UInt(p)))
            return fw == nil ? residue == 0 : fw!.determinant == residue
        }
    }

    @Test func primalityAgainstTrialDivision() {
        func trial(_ n: UInt64) -> Bool { n >= 2 && (2..<max(2, n)).prefix { $0 * $0 <= n }.allSatisfy { n % $0 != 0 } }
        for n: UInt64 in 0..<3000 { #expect(PrimeField.isPrime(n) == trial(n), "\(n)") }
        // Strong pseudoprimes to some of the bases, and Carmichael numbers: all composite.
        for n: UInt64 in [2047, 1373653, 25326001, 3215031751, 561, 1105, 1729, 2465, 2821, 6601, 8911] { #expect(!PrimeField.isPrime(n), "\(n)") }
        seededCheck("isPrime near 2^28", count: 40, Gen.uint64(in: (1 << 28) - 100_000...(1 << 28))) { n in PrimeField.isPrime(n) == trial(n) }
        #expect(PrimeField.primes(below: 1 << 28, count: 2) == [268_435_399, 268_435_367])
    }

    @Test func chineseRemainderRecoversSignedIntegers() {
        let primes = BooleanRank.remainderPrimes.prefix(12).map { $0 }
        let crt = ChineseRemainder(primes: primes)
        seededCheck("ChineseRemainder symmetric", count: 60, Gen.uint64(in: 0...UInt64.max).array(of: 5)) { words in
            // x = ±(w₀ + w₁·2⁶⁴ + w₂·2¹²⁸ + (w₃ mod 2⁶⁰)·2¹⁹²), |x| < 2²⁵² < P/2 (P > 2^(12·27.9)).
            var x = BigInteger()
            for (i, w) in words.prefix(4).enumerated() {
                let v = i == 3 ? w >> 4 : w
                x += BigInteger(Int(v >> 32)).shiftedLeft(64 * i + 32) + BigInteger(Int(v & 0xffff_ffff)).shiftedLeft(64 * i)
            }
            if words[4] & 1 == 1 { x = -x }
            let residues = primes.map { UInt64(try! x.residue(modulo: UInt($0))) }
            var digits = [UInt64](repeating: 0, count: 12), limbs = [UInt64](repeating: 0, count: 13)
            let y = residues.withUnsafeBufferPointer { r in
                digits.withUnsafeMutableBufferPointer { d in limbs.withUnsafeMutableBufferPointer { l in crt.symmetric(r, digits: d, limbs: l) } }
            }
            return y == x
        }
    }
}
