import _ExactShims
import Exact
import Foundation
import Testing

/// GMP raises SIGFPE on division by zero; Exact must turn every such case into a thrown error.
/// These exit tests run each body in a child process, so a signal cannot take the suite down.
@Suite struct ExitTests {
    /// Control: raw GMP really does die of SIGFPE, so the guards below are not vacuous.
    @Test func rawGMPDivisionByZeroRaisesSIGFPE() async {
        await #expect(processExitsWith: .signal(SIGFPE)) {
            let a = UnsafeMutablePointer<__mpq_struct>.allocate(capacity: 1)
            let b = UnsafeMutablePointer<__mpq_struct>.allocate(capacity: 1)
            qb_mpq_init(a); qb_mpq_init(b); qb_mpq_set_si(a, 1)
            __gmpq_div(a, a, b)
        }
    }

    @Test func rationalDivisionByZeroThrows() async {
        await #expect(processExitsWith: .success) {
            do { _ = try Rational(1) / Rational(0); exit(1) } catch ExactError.divisionByZero { exit(0) } catch { exit(1) }
        }
    }

    @Test func parsingOneOverZeroThrows() async {
        await #expect(processExitsWith: .success) {
            do { _ = try Rational(parsing: "1/0"); exit(1) } catch { exit(0) }
        }
    }

    @Test func parsingGarbageThrows() async {
        await #expect(processExitsWith: .success) {
            do { _ = try Rational(parsing: "abc"); exit(1) } catch { exit(0) }
        }
    }

    @Test func nanThrows() async {
        await #expect(processExitsWith: .success) {
            do { _ = try Rational(exactly: Double.nan); exit(1) } catch { exit(0) }
        }
    }

    @Test func otherZeroDivisorsThrow() async {
        await #expect(processExitsWith: .success) {
            var failures = 0
            if (try? BigInteger(7) / BigInteger(0)) != nil { failures += 1 }
            if (try? BigInteger(7) % BigInteger(0)) != nil { failures += 1 }
            if (try? Rational(0).reciprocal()) != nil { failures += 1 }
            if (try? Rational(3, 0)) != nil { failures += 1 }
            if (try? Interval(1) / Interval(0)) != nil { failures += 1 }
            if (try? RationalPolynomial([1, 1]).divided(by: RationalPolynomial([]))) != nil { failures += 1 }
            if (try? BigInteger(5).residue(modulo: 0)) != nil { failures += 1 }
            exit(failures == 0 ? 0 : 1)
        }
    }
}
