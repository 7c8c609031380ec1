import Exact

/// Reads polynomial expressions such as `-x + 1/2*x*y`, `x^3`, `(w1*w2 - 1)^2`, `1e-3*y` into
/// exact `MultivariatePolynomial`s over named variables.
///
/// Grammar (whitespace ignored):
///
///     sum     := product (('+' | '-') product)*
///     product := signed (('*' | '/') signed)*
///     signed  := ('+' | '-') signed | power
///     power   := atom (('^' | '**') integer)?
///     atom    := number | variable | '(' sum ')'
///
/// Numbers are exact rationals (`3`, `2.5`, `1e-3`, `1/3` as a quotient). Division is allowed
/// only by a nonzero constant; exponents are nonnegative integer literals. Anything else —
/// `sin(x)`, `x^-1`, `1/x`, `x^0.5`, an unknown name — is rejected with the offset of the
/// offending character and what was expected, never guessed.
public struct PolynomialParser: Sendable {
    public let variables: [String]
    private let index: [String: Int]

    /// Throws if a name repeats or is not an identifier (letter or `_`, then letters, digits, `_`).
    public init(variables: [String]) throws(PolynomialSyntaxError) {
        guard variables.count <= PolynomialLimits.maximumVariables else {
            throw PolynomialSyntaxError(offset: 0, message: "\(variables.count) variables: expected at most \(PolynomialLimits.maximumVariables)")
        }
        var index: [String: Int] = [:]
        for (i, v) in variables.enumerated() {
            guard let f = v.first, f.isLetter || f == "_", v.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                throw PolynomialSyntaxError(offset: 0, message: "variable name \"\(v)\": expected a letter or _ followed by letters, digits or _")
            }
            guard index[v] == nil else {
                throw PolynomialSyntaxError(offset: 0, message: "variable \"\(v)\" is listed twice: expected distinct names")
            }
            index[v] = i
        }
        self.variables = variables
        self.index = index
    }

    /// Parses `text`; the result has `variables.count` variables.
    public func parse(_ text: String) throws(PolynomialSyntaxError) -> MultivariatePolynomial {
        var cursor = Cursor(Array(text), parser: self)
        cursor.skipSpace()
        guard !cursor.atEnd else { throw PolynomialSyntaxError(offset: 0, message: "empty expression: expected a polynomial") }
        let p = try cursor.sum(depth: 0)
        cursor.skipSpace()
        guard cursor.atEnd else {
            throw PolynomialSyntaxError(offset: cursor.position, message: "unexpected \"\(cursor.peek!)\": expected an operator (+ - * / ^) or the end of the expression")
        }
        return p
    }

    fileprivate func variableIndex(_ name: String) -> Int? { index[name] }

    private struct Cursor {
        let chars: [Character]
        let parser: PolynomialParser
        var position = 0
        var n: Int { parser.variables.count }

        init(_ chars: [Character], parser: PolynomialParser) { self.chars = chars; self.parser = parser }

        var atEnd: Bool { position >= chars.count }
        var peek: Character? { atEnd ? nil : chars[position] }
        mutating func skipSpace() { while let c = peek, c.isWhitespace { position += 1 } }

        func fail(_ at: Int, _ message: String) -> PolynomialSyntaxError { PolynomialSyntaxError(offset: at, message: message) }

        func wrap<T>(_ at: Int, _ body: () throws(ExactError) -> T) throws(PolynomialSyntaxError) -> T {
            do { return try body() } catch { throw fail(at, error.description) }
        }

        mutating func sum(depth: Int) throws(PolynomialSyntaxError) -> MultivariatePolynomial {
            guard depth < 200 else { throw fail(position, "parentheses nested too deeply: expected at most 200 levels") }
            var acc = try product(depth: depth)
            while true {
                skipSpace()
                guard let c = peek, c == "+" || c == "-" else { return acc }
                position += 1
                let rhs = try product(depth: depth)
                acc = c == "+" ? acc + rhs : acc - rhs
                guard acc.terms.count <= PolynomialLimits.maximumTerms else {
                    throw fail(position, "\(acc.terms.count) terms: expected at most \(PolynomialLimits.maximumTerms)")
                }
            }
        }

        mutating func product(depth: Int) throws(PolynomialSyntaxError) -> MultivariatePolynomial {
            var acc = try signed(depth: depth)
            while true {
                skipSpace()
                guard let c = peek, c == "*" || c == "/" else { return acc }
                if c == "*", position + 1 < chars.count, chars[position + 1] == "*" { return acc } // '**' is a power, handled below
                let at = position
                position += 1
                let rhs = try signed(depth: depth)
                if c == "*" {
                    let a = acc
                    acc = try wrap(at) { () throws(ExactError) in try a.multiplied(by: rhs) }
                } else {
                    guard rhs.degree <= 0 else {
                        throw fail(at + 1, "division by a non-constant: expected a polynomial (divide only by nonzero numbers)")
                    }
                    guard let d = rhs.terms.values.first else { throw fail(at + 1, "division by zero: expected a nonzero divisor") }
                    acc = (try! Rational(1) / d) * acc  // d ≠ 0 was checked
                }
            }
        }

        mutating func signed(depth: Int) throws(PolynomialSyntaxError) -> MultivariatePolynomial {
            skipSpace()
            if let c = peek, c == "-" || c == "+" {
                position += 1
                let p = try signed(depth: depth + 1)
                return c == "-" ? -p : p
            }
            return try power(depth: depth)
        }

        mutating func power(depth: Int) throws(PolynomialSyntaxError) -> MultivariatePolynomial {
            let base = try atom(depth: depth)
            skipSpace()
            var isPower = false
            if peek == "^" { position += 1; isPower = true }
            else if peek == "*", position + 1 < chars.count, chars[position + 1] == "*" { position += 2; isPower = true }
            guard isPower else { return base }
            skipSpace()
            let at = position
            var digits = ""
            while let c = peek, c.isASCII, c.isNumber { digits.append(c); position += 1 }
            if digits.isEmpty || peek == "." || peek == "e" || peek == "E" {
                throw fail(at, "exponent: expected a nonnegative integer (the right-hand sides must be polynomials)")
            }
            guard digits.count <= 4, let k = Int(digits), k <= PolynomialLimits.maximumDegree else {
                throw fail(at, "exponent \(digits): expected at most \(PolynomialLimits.maximumDegree)")
            }
            return try wrap(at) { () throws(ExactError) in try base.power(k) }
        }

        mutating func atom(depth: Int) throws(PolynomialSyntaxError) -> MultivariatePolynomial {
            skipSpace()
            guard let c = peek else { throw fail(position, "unexpected end: expected a number, a variable or '('") }
            let start = position
            if c == "(" {
                position += 1
                let p = try sum(depth: depth + 1)
                skipSpace()
                guard peek == ")" else { throw fail(position, "expected ')' to close the '(' at column \(start + 1)") }
                position += 1
                return p
            }
            if c.isASCII && (c.isNumber || c == ".") {
                var text = ""
                while let d = peek, d.isASCII, d.isNumber || d == "." { text.append(d); position += 1 }
                if let e = peek, e == "e" || e == "E" {
                    var look = position + 1
                    if look < chars.count, chars[look] == "+" || chars[look] == "-" { look += 1 }
                    if look < chars.count, chars[look].isASCII, chars[look].isNumber {
                        text.append(contentsOf: chars[position..<look])
                        position = look
                        while let d = peek, d.isASCII, d.isNumber { text.append(d); position += 1 }
                    }
                }
                do {
                    let q = try Rational(parsing: text)
                    return MultivariatePolynomial(constant: q, variableCount: n)
                } catch {
                    throw fail(start, "\(error.description)")
                }
            }
            if c.isLetter || c == "_" {
                var name = ""
                while let d = peek, d.isLetter || d.isNumber || d == "_" { name.append(d); position += 1 }
                let after = position
                skipSpace()
                if peek == "(" {
                    throw fail(start, "non-polynomial term \"\(name)(…)\": expected a polynomial in \(parser.variables.joined(separator: ", ")) (no functions)")
                }
                position = after
                guard let i = parser.variableIndex(name) else {
                    let known = parser.variables.isEmpty ? "no variables are declared" : "one of " + parser.variables.prefix(20).joined(separator: ", ")
                    throw fail(start, "unknown variable \"\(name)\": expected \(known)")
                }
                return MultivariatePolynomial(variable: i, variableCount: n)
            }
            throw fail(start, "unexpected \"\(c)\": expected a number, a variable or '('")
        }
    }
}
