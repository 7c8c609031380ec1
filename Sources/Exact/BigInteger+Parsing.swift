import _ExactShims

extension BigInteger: LosslessStringConvertible {
    /// Parses an optional sign followed by decimal digits; nil on anything else.
    public init?(_ description: String) {
        guard let v = try? BigInteger(parsing: description) else { return nil }
        self = v
    }

    /// Parses an optional sign followed by decimal digits (surrounding spaces allowed).
    /// Throws `ExactError.malformedNumber` naming the expected form, and
    /// `ExactError.sizeOutOfRange` past `ExactLimits.maximumDigits` digits.
    public init(parsing text: String) throws(ExactError) {
        let t = text.trimmingSpaces()
        var digits = Substring(t)
        var negative = false
        if let f = digits.first, f == "+" || f == "-" { negative = f == "-"; digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            throw .malformedNumber(text: text, expected: "an integer such as 42 or -7")
        }
        guard digits.utf8.count <= ExactLimits.maximumDigits else {
            throw .sizeOutOfRange(what: "digit count", value: "\(digits.utf8.count)",
                                  allowed: "at most \(ExactLimits.maximumDigits)")
        }
        let b = MPZBox.make()
        let status = String(digits).withCString { qb_mpz_set_str(b.p, $0, 10) }
        guard status == 0 else { throw .malformedNumber(text: text, expected: "an integer such as 42 or -7") }
        if negative { qb_mpz_neg(b.p, b.p) }
        self.init(box: b)
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces and tabs (no Foundation needed).
    func trimmingSpaces() -> String {
        let u = Array(utf8)
        var i = 0, j = u.count
        while i < j, u[i] == 32 || u[i] == 9 || u[i] == 10 || u[i] == 13 { i += 1 }
        while j > i, u[j - 1] == 32 || u[j - 1] == 9 || u[j - 1] == 10 || u[j - 1] == 13 { j -= 1 }
        return String(decoding: u[i..<j], as: UTF8.self)
    }
}
