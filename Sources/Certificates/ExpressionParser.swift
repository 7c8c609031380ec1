import Exact

/// A recursive-descent parser for the expression language of `Expression`.
///
///     sum     := product (("+" | "-") product)*
///     product := unary (("*" | "/") unary)*
///     unary   := ("-" | "+") unary | power
///     power   := primary ("^" unary)?
///     primary := number | "pi" | function "(" sum ")" | "(" sum ")"
///
/// Length and nesting are capped (`ClaimLimits`), so recursion depth is bounded.
enum ExpressionParser {
    static func parse(_ text: String) throws(ExpressionError) -> ExpressionNode {
        guard text.unicodeScalars.count <= ClaimLimits.maximumExpressionLength else {
            throw ExpressionError("the expression has \(text.unicodeScalars.count) characters: expected at most \(ClaimLimits.maximumExpressionLength)")
        }
        var p = State(Array(text.unicodeScalars))
        p.skipSpaces()
        guard !p.atEnd else { throw ExpressionError("empty expression: expected a number or a formula", column: 1) }
        let node = try p.sum()
        p.skipSpaces()
        guard p.atEnd else {
            throw ExpressionError("unexpected '\(p.peek!)': expected an operator (+ - * / ^) or the end of the expression", column: p.column)
        }
        return node
    }

    struct State {
        let s: [Unicode.Scalar]
        var i = 0
        var depth = 0
        init(_ s: [Unicode.Scalar]) { self.s = s }

        var atEnd: Bool { i >= s.count }
        var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }
        var column: Int { i + 1 }
        mutating func skipSpaces() { while let c = peek, c == " " || c == "\t" || c == "\n" || c == "\r" { i += 1 } }

        mutating func enter() throws(ExpressionError) {
            depth += 1
            if depth > ClaimLimits.maximumNesting {
                throw ExpressionError("nesting deeper than \(ClaimLimits.maximumNesting): expected a flatter expression", column: column)
            }
        }

        mutating func sum() throws(ExpressionError) -> ExpressionNode {
            var terms = [try product()]
            while true {
                skipSpaces()
                guard let c = peek, c == "+" || c == "-" else { break }
                i += 1
                let t = try product()
                terms.append(c == "+" ? t : .negate(t))
            }
            return terms.count == 1 ? terms[0] : .sum(terms)
        }

        mutating func product() throws(ExpressionError) -> ExpressionNode {
            var factors = [try unary()]
            while true {
                skipSpaces()
                guard let c = peek, c == "*" || c == "/" else { break }
                i += 1
                let f = try unary()
                factors.append(c == "*" ? f : .reciprocal(f))
            }
            return factors.count == 1 ? factors[0] : .product(factors)
        }

        mutating func unary() throws(ExpressionError) -> ExpressionNode {
            skipSpaces()
            if let c = peek, c == "-" || c == "+" {
                i += 1
                try enter(); defer { depth -= 1 }
                let x = try unary()
                return c == "-" ? .negate(x) : x
            }
            return try power()
        }

        mutating func power() throws(ExpressionError) -> ExpressionNode {
            let base = try primary()
            skipSpaces()
            guard peek == "^" else { return base }
            i += 1
            try enter(); defer { depth -= 1 }
            return .power(base, try unary())
        }

        mutating func primary() throws(ExpressionError) -> ExpressionNode {
            skipSpaces()
            guard let c = peek else {
                throw ExpressionError("unexpected end: expected a number, pi, a function call or '('", column: column)
            }
            if c == "(" {
                let open = column
                i += 1
                try enter(); defer { depth -= 1 }
                let x = try sum()
                skipSpaces()
                guard peek == ")" else {
                    throw ExpressionError("expected ')' to close the '(' at column \(open)", column: column)
                }
                i += 1
                return x
            }
            if ("0"..."9").contains(c) || c == "." { return try number() }
            if c.properties.isAlphabetic && c.isASCII {
                let start = i
                while let d = peek, d.isASCII, d.properties.isAlphabetic || d == "_" || ("0"..."9").contains(d) { i += 1 }
                let name = String(String.UnicodeScalarView(s[start..<i]))
                if name == "pi" { return .pi }
                guard let f = ExpressionFunction(rawValue: name) else {
                    throw ExpressionError("unknown name '\(name)': expected pi or one of sqrt, exp, log, sin, cos", column: start + 1)
                }
                skipSpaces()
                guard peek == "(" else { throw ExpressionError("expected '(' after \(name)", column: column) }
                let open = column
                i += 1
                try enter(); defer { depth -= 1 }
                let x = try sum()
                skipSpaces()
                guard peek == ")" else {
                    throw ExpressionError("expected ')' to close \(name)( at column \(open)", column: column)
                }
                i += 1
                return .call(f, x)
            }
            throw ExpressionError("unexpected '\(c)': expected a number, pi, a function call or '('", column: column)
        }

        /// digits and dots, then an optional exponent `e[+-]digits`; parsed exactly.
        mutating func number() throws(ExpressionError) -> ExpressionNode {
            let start = i
            func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { ("0"..."9").contains($0) } ?? false }
            while let c = peek, isDigit(c) || c == "." { i += 1 }
            if let e = peek, e == "e" || e == "E" {
                var j = i + 1
                if j < s.count, s[j] == "+" || s[j] == "-" { j += 1 }
                if j < s.count, isDigit(s[j]) {
                    i = j
                    while isDigit(peek) { i += 1 }
                }
            }
            let text = String(String.UnicodeScalarView(s[start..<i]))
            do { return .number(try Rational(parsing: text)) } catch {
                throw ExpressionError(error.description, column: start + 1)
            }
        }
    }
}
