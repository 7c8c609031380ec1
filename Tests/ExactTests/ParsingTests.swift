import Exact
import PropertyBased
import QBoundsTestSupport
import Testing

@Suite struct ParsingTests {
    @Test(arguments: [
        ("3", "3"), ("-2/7", "-2/7"), ("6/4", "3/2"), ("0.125", "1/8"), ("-2.5e-3", "-1/400"),
        ("1e6", "1000000"), ("1E-3", "1/1000"), (".5", "1/2"), ("5.", "5"), ("+7", "7"),
        ("  1/3 ", "1/3"), ("6.02e+23", "602000000000000000000000"), ("-0", "0"), ("0/5", "0"),
    ])
    func acceptedForms(text: String, expected: String) throws {
        let q = try Rational(parsing: text)
        #expect(q.description == expected)
    }

    @Test(arguments: ["abc", "", "1/0", "1//2", "1/-2", "1.2.3", "e5", "1e", "--1", "1/2/3", "0x10", "1 2", "NaN", "inf", "1e999999999"])
    func malformedNumbersThrowWithTheExpectedForm(text: String) {
        do {
            let q = try Rational(parsing: text)
            Issue.record("\"\(text)\" parsed as \(q)")
        } catch {
            let message = error.description
            #expect(message.contains("expected"), "message names what was expected: \(message)")
        }
    }

    @Test func descriptionRoundTrips() {
        seededCheck("parse(description)", count: 300, Gens.bigRational) { q in try Rational(parsing: q.description) == q }
    }

    /// Decimal text built from integer parts is the same number as the rational built directly.
    @Test func decimalTextAgreesWithConstruction() {
        seededCheck("decimal parse", count: 300, zip(Gen.int(in: -999_999...999_999), Gen.int(in: 0...9), Gen.int(in: -30...30))) { m, shift, e in
            // text: m with a decimal point `shift` digits from the right, then e±
            var digits = String(abs(m))
            while digits.count <= shift { digits = "0" + digits }
            let cut = digits.index(digits.endIndex, offsetBy: -shift)
            let text = (m < 0 ? "-" : "") + digits[..<cut] + "." + digits[cut...] + "e\(e)"
            let expected = Rational(m) * (try Rational(10).power(e - shift))
            return try Rational(parsing: text) == expected
        }
    }

    @Test func hugeInputsAreRefusedBeforeReachingGMP() {
        #expect(throws: ExactError.self) { try Rational(parsing: "1e200000") }
        #expect(throws: ExactError.self) { try Rational(parsing: String(repeating: "9", count: 200_000)) }
        #expect(throws: ExactError.self) { try BigInteger(10).power(100_000_000) }
        #expect(throws: ExactError.self) { try BigInteger(2).power(-1) }
    }

    @Test func bigIntegerParsing() throws {
        #expect(try BigInteger(parsing: "-123456789012345678901234567890").description == "-123456789012345678901234567890")
        #expect(throws: ExactError.self) { try BigInteger(parsing: "12a") }
        #expect(BigInteger("17") == 17)
        #expect(BigInteger("x") == nil)
    }
}
