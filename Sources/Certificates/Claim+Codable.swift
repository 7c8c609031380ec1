import Exact
import Separations

/// The claim-file schema. Every file is YAML (JSON is YAML too). Numbers are exact: write
/// `"1/3"`, `"-2.5"`, `1e-3`, or a plain YAML number, which is read from its text (`0.1` is 1/10).
///
/// Common keys: `id`, `statement` (a `StatementID`), `kind`, optional `expect` (default
/// `certified`), `precision` (bits, default 128, 2…65536), `description`.
///
/// - `inequality`: `lhs`, `relation` (`<` `<=` `>` `>=` `=`), `rhs` — expressions (`Expression`).
/// - `rank`: `matrix` (rows of numbers) or `generator` (`inner-product` | `equality`) with `n`;
///   and `rank`.
/// - `definite`: symmetric `matrix`, `property` (`psd` `pd` `nsd` `nd` `lambda-max-below`),
///   `bound` (only with `lambda-max-below`).
/// - `log-norm`: square `matrix`, `relation` (`<` default, or `<=`), `bound`: μ₂(matrix) rel bound.
/// - `spectral-norm`: `matrix`, `relation` (`<=` default, or `<`), `bound`: ‖matrix‖₂ rel bound.
/// - `roots`: `coefficients` (constant term first), and `count` (distinct real roots) and/or
///   `lo`, `hi` (a root lies in [lo, hi]).
/// - `carleman-bound`: `model` (a model file, relative to the claim file), `order`, `horizon`,
///   optional `norm` (`2` default, or `inf`); the statement names the bound.
/// - `communication-bound`: `matrix-file` (a 0/1 matrix file) or, for the streaming quantities,
///   `truth-table` (a truth-table file), relative to the claim file; `quantity`
///   (`CommunicationQuantity`), `layer` (only with `states`), `distribution-file` (a weights
///   file, relative to the claim file; only with `discrepancy`), `relation` (`<` `<=` `>` `>=` `=`,
///   `==` accepted) and `value`. The statement must be the quantity's (`comm.one-way` for
///   `one_way_bits`, …).
/// - `bell-bound`: `functional` (a Bell functional or game file as read by `qbounds bell bound`,
///   relative to the claim file), `quantity` (`local`, `no-signalling`, `quantum`), `relation`
///   and `value`; the statement must be the quantity's.
///
/// Unknown keys, keys of another kind, malformed numbers and sizes beyond `ClaimLimits` are
/// decoding errors whose coding path names the offending key, so `ClaimLoader` can give its line.
extension Claim: Codable {
    enum Keys: String, CodingKey, CaseIterable {
        case id, statement, kind, expect, precision, description
        case lhs, relation, rhs, matrix, generator, n, rank, property, bound, coefficients, count, lo, hi
        case model, order, horizon, norm
        case matrixFile = "matrix-file", truthTable = "truth-table", functional, quantity, layer, value
        case distributionFile = "distribution-file"
    }

    static let commonKeys: Set<Keys> = [.id, .statement, .kind, .expect, .precision, .description]

    static func keys(for kind: ClaimKind) -> Set<Keys> {
        switch kind {
        case .inequality: [.lhs, .relation, .rhs]
        case .rank: [.matrix, .generator, .n, .rank]
        case .definite: [.matrix, .property, .bound]
        case .logNorm, .spectralNorm: [.matrix, .relation, .bound]
        case .roots: [.coefficients, .count, .lo, .hi]
        case .carlemanBound: [.model, .order, .horizon, .norm]
        case .communicationBound: [.matrixFile, .truthTable, .quantity, .layer, .distributionFile, .relation, .value]
        case .bellBound: [.functional, .quantity, .relation, .value]
        }
    }

    struct AnyKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        func fail(_ key: Keys, _ message: String) -> DecodingError {
            .dataCorrupted(.init(codingPath: c.codingPath + [key], debugDescription: message))
        }
        func required<T>(_ key: Keys, _ what: String, _ f: () throws -> T?) throws -> T {
            guard c.contains(key) else {
                throw DecodingError.keyNotFound(key, .init(codingPath: c.codingPath, debugDescription: "missing key '\(key.stringValue)': expected \(what)"))
            }
            guard let v = try f() else { throw fail(key, "expected \(what)") }
            return v
        }
        func string(_ key: Keys) throws -> String? {
            guard c.contains(key) else { return nil }
            do { return try c.decode(String.self, forKey: key) } catch {
                throw fail(key, "expected a text value for '\(key.stringValue)'")
            }
        }
        func choice<T: RawRepresentable & CaseIterable>(_ key: Keys, _ type: T.Type) throws -> T? where T.RawValue == String {
            guard let s = try string(key) else { return nil }
            guard let v = T(rawValue: s) else {
                throw fail(key, "unknown \(key.stringValue) \"\(s)\": expected one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return v
        }
        func integer(_ key: Keys, _ range: ClosedRange<Int>) throws -> Int? {
            guard c.contains(key) else { return nil }
            let text = (try? c.decode(String.self, forKey: key)) ?? (try? c.decode(Int.self, forKey: key)).map(String.init)
            guard let t = text, let v = Int(t) else {
                throw fail(key, "expected an integer for '\(key.stringValue)'")
            }
            guard range.contains(v) else {
                throw fail(key, "\(key.stringValue) = \(v) is out of range: expected \(range.lowerBound)…\(range.upperBound)")
            }
            return v
        }
        func rational(_ key: Keys) throws -> Rational? {
            guard c.contains(key) else { return nil }
            return try c.decode(ExactNumber.self, forKey: key).value
        }
        func matrix(_ key: Keys) throws -> RationalMatrix? {
            guard c.contains(key) else { return nil }
            let rows: [[ExactNumber]]
            do { rows = try c.decode([[ExactNumber]].self, forKey: key) } catch let e as DecodingError {
                if case .typeMismatch(_, let ctx) = e {
                    throw DecodingError.dataCorrupted(.init(codingPath: ctx.codingPath, debugDescription: "expected a matrix: a list of rows, each a list of numbers"))
                }
                throw e
            }
            let limit = ClaimLimits.maximumDimension
            guard !rows.isEmpty, rows.count <= limit else {
                throw fail(key, "the matrix has \(rows.count) rows: expected 1…\(limit)")
            }
            let width = rows[0].count
            guard width >= 1, width <= limit else {
                throw fail(key, "the matrix has \(width) columns: expected 1…\(limit)")
            }
            for (i, r) in rows.enumerated() where r.count != width {
                throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [key, IndexKey(i)],
                    debugDescription: "row \(i + 1) has \(r.count) entries: expected \(width), like row 1"))
            }
            return try RationalMatrix(rows.map { $0.map(\.value) })
        }
        /// A relation; `==` is read as `=`.
        func relationValue() throws -> Relation? {
            guard let s = try string(.relation) else { return nil }
            if s == "==" { return .equal }
            guard let r = Relation(rawValue: s) else {
                throw fail(.relation, "unknown relation \"\(s)\": expected one of \(Relation.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return r
        }
        func expression(_ key: Keys) throws -> Expression? {
            guard c.contains(key) else { return nil }
            return try c.decode(Expression.self, forKey: key)
        }

        // Common keys.
        let id = try required(.id, "the claim's name") { try string(.id) }
        guard Claim.isValidID(id) else {
            throw fail(.id, "bad id \"\(id.prefix(60))\": expected 1–\(ClaimLimits.maximumIDLength) characters from A–Z a–z 0–9 . _ - (not starting with .)")
        }
        let statementText = try required(.statement, "a statement id such as \(StatementID.exactRank)") { try string(.statement) }
        let statement = StatementID(rawValue: statementText)
        guard statement.isKnown else {
            throw fail(.statement, "unknown statement \"\(statementText)\": expected one of \(StatementID.all.map(\.rawValue).joined(separator: ", "))")
        }
        let kind = try required(.kind, "one of \(ClaimKind.allCases.map(\.rawValue).joined(separator: ", "))") { try choice(.kind, ClaimKind.self) }
        guard statement.kinds.contains(kind) else {
            throw fail(.kind, "statement \(statement) is checked by claims of kind \(statement.kinds.map(\.rawValue).joined(separator: " or ")), not \(kind)")
        }
        let expect = try choice(.expect, Verdict.self) ?? .certified
        let precision = try integer(.precision, ClaimLimits.precisionRange) ?? ClaimLimits.defaultPrecision
        let description = try string(.description)

        // No unknown keys, and no keys of another kind.
        let allowed = Claim.commonKeys.union(Claim.keys(for: kind))
        for k in try decoder.container(keyedBy: AnyKey.self).allKeys {
            guard let key = Keys(rawValue: k.stringValue) else {
                throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [k],
                    debugDescription: "unknown key '\(k.stringValue)': expected one of \(Claim.Keys.allCases.filter { allowed.contains($0) }.map(\.rawValue).joined(separator: ", "))"))
            }
            guard allowed.contains(key) else { throw fail(key, "key '\(key.rawValue)' does not apply to a claim of kind \(kind)") }
        }

        let body: Body
        switch kind {
        case .inequality:
            let lhs = try required(.lhs, "an expression") { try expression(.lhs) }
            let relation = try required(.relation, "one of < <= > >= =") { try choice(.relation, Relation.self) }
            let rhs = try required(.rhs, "an expression") { try expression(.rhs) }
            body = .inequality(lhs: lhs, relation: relation, rhs: rhs)
        case .rank:
            let r = try required(.rank, "the claimed rank, an integer ≥ 0") { try integer(.rank, 0...(1 << 20)) }
            if c.contains(.matrix) {
                if c.contains(.generator) { throw fail(.generator, "give either matrix or generator, not both") }
                if c.contains(.n) { throw fail(.n, "n goes with generator, not with matrix") }
                body = .rank(.explicit(try matrix(.matrix)!), rank: r)
            } else {
                let g = try required(.generator, "a matrix, or a generator (\(MatrixGenerator.allCases.map(\.rawValue).joined(separator: ", "))) with n") {
                    try choice(.generator, MatrixGenerator.self)
                }
                let n = try required(.n, "the generator size n, 0…\(ClaimLimits.maximumGeneratorSize)") {
                    try integer(.n, 0...ClaimLimits.maximumGeneratorSize)
                }
                body = .rank(.generated(g, n: n), rank: r)
            }
        case .definite:
            let m = try required(.matrix, "a symmetric matrix") { try matrix(.matrix) }
            let property = try required(.property, "one of \(DefiniteProperty.allCases.map(\.rawValue).joined(separator: ", "))") {
                try choice(.property, DefiniteProperty.self)
            }
            guard m.isSquare else { throw fail(.matrix, "the matrix is \(m.rows)×\(m.columns): expected a square matrix") }
            var bound: Rational? = nil
            if property == .lambdaMaxBelow {
                bound = try required(.bound, "the bound c of λ_max(S) < c") { try rational(.bound) }
            } else if c.contains(.bound) {
                throw fail(.bound, "bound goes with property lambda-max-below only")
            }
            body = .definite(matrix: m, property: property, bound: bound)
        case .logNorm, .spectralNorm:
            let m = try required(.matrix, "a matrix") { try matrix(.matrix) }
            let allowedRelations: [Relation] = kind == .logNorm ? [.less, .lessOrEqual] : [.lessOrEqual, .less]
            let relation = try choice(.relation, Relation.self) ?? allowedRelations[0]
            guard allowedRelations.contains(relation) else {
                throw fail(.relation, "relation \(relation) is not supported for \(kind): expected < or <=")
            }
            let bound = try required(.bound, "a rational bound") { try rational(.bound) }
            if kind == .logNorm {
                guard m.isSquare else { throw fail(.matrix, "the matrix is \(m.rows)×\(m.columns): expected a square matrix") }
                body = .logNorm(matrix: m, relation: relation, bound: bound)
            } else {
                body = .spectralNorm(matrix: m, relation: relation, bound: bound)
            }
        case .roots:
            let coefficients = try required(.coefficients, "the coefficients, constant term first") {
                try c.decode([ExactNumber].self, forKey: .coefficients).map(\.value)
            }
            let p = RationalPolynomial(coefficients)
            guard !p.isZero else { throw fail(.coefficients, "the zero polynomial: expected a nonzero polynomial") }
            guard p.degree <= ClaimLimits.maximumDegree else {
                throw fail(.coefficients, "degree \(p.degree): expected at most \(ClaimLimits.maximumDegree)")
            }
            let count = try integer(.count, 0...ClaimLimits.maximumDegree)
            let lo = try rational(.lo), hi = try rational(.hi)
            var interval: ClosedInterval? = nil
            switch (lo, hi) {
            case let (l?, h?):
                guard l <= h else { throw fail(.hi, "hi = \(h) is below lo = \(l): expected lo ≤ hi") }
                interval = ClosedInterval(lo: l, hi: h)
            case (nil, nil): break
            case (nil, _): throw fail(.hi, "hi without lo: expected both lo and hi")
            case (_, nil): throw fail(.lo, "lo without hi: expected both lo and hi")
            }
            guard count != nil || interval != nil else {
                throw DecodingError.keyNotFound(Keys.count, .init(codingPath: c.codingPath, debugDescription: "missing key 'count' (or 'lo' and 'hi'): expected what is claimed about the roots"))
            }
            body = .roots(p, count: count, interval: interval)
        case .carlemanBound:
            let model = try required(.model, "the path of a model file (kind: ode), relative to this claim file") { try string(.model) }
            let order = try required(.order, "the truncation order N, 1…64") { try integer(.order, 1...64) }
            let horizon = try required(.horizon, "the horizon T > 0") { try rational(.horizon) }
            guard horizon.signum > 0 else { throw fail(.horizon, "horizon \(horizon): expected T > 0") }
            let norm = try string(.norm) ?? "2"
            guard norm == "2" || norm == "inf" else { throw fail(.norm, "norm \(norm): expected 2 or inf") }
            body = .carlemanBound(model: model, order: order, horizon: horizon, norm: norm)
        case .communicationBound:
            let quantity = try required(.quantity, "one of \(CommunicationQuantity.allCases.map(\.rawValue).joined(separator: ", "))") {
                try choice(.quantity, CommunicationQuantity.self)
            }
            guard quantity.statement == statement else {
                throw fail(.statement, "quantity \(quantity) rests on \(quantity.statement), not \(statement)")
            }
            let inputKey: Keys = quantity.isStreaming ? .truthTable : .matrixFile
            let otherKey: Keys = quantity.isStreaming ? .matrixFile : .truthTable
            if c.contains(otherKey) {
                throw fail(otherKey, "quantity \(quantity) reads \(quantity.isStreaming ? "a truth table" : "a 0/1 matrix"): expected '\(inputKey.rawValue)', not '\(otherKey.rawValue)'")
            }
            let input = try required(inputKey, quantity.isStreaming
                ? "the path of a truth-table file (lines `bits output`), relative to this claim file"
                : "the path of a 0/1 matrix file (one row per line), relative to this claim file") { try string(inputKey) }
            var layer: Int? = nil
            if quantity == .states {
                layer = try required(.layer, "the layer t (symbols read), 0…\(SequenceFunction.maximumLength)") {
                    try integer(.layer, 0...SequenceFunction.maximumLength)
                }
            } else if c.contains(.layer) {
                throw fail(.layer, "layer goes with quantity states only")
            }
            var distribution: String? = nil
            if quantity == .discrepancy {
                distribution = try required(.distributionFile, "the path of a weights file (one line per matrix row of nonnegative rationals summing to 1), relative to this claim file") {
                    try string(.distributionFile)
                }
            } else if c.contains(.distributionFile) {
                throw fail(.distributionFile, "distribution-file goes with quantity discrepancy only")
            }
            let relation = try required(.relation, "one of < <= > >= =") { try relationValue() }
            let value = try required(.value, "the claimed value, an exact number") { try rational(.value) }
            body = .communicationBound(input: input, quantity: quantity, layer: layer, distribution: distribution, relation: relation, value: value)
        case .bellBound:
            let quantity = try required(.quantity, "one of \(BellQuantity.allCases.map(\.rawValue).joined(separator: ", "))") {
                try choice(.quantity, BellQuantity.self)
            }
            guard quantity.statement == statement else {
                throw fail(.statement, "quantity \(quantity) rests on \(quantity.statement), not \(statement)")
            }
            let functional = try required(.functional, "the path of a Bell functional or game file, relative to this claim file") { try string(.functional) }
            let relation = try required(.relation, "one of < <= > >= =") { try relationValue() }
            let value = try required(.value, "the claimed value, an exact number") { try rational(.value) }
            body = .bellBound(functional: functional, quantity: quantity, relation: relation, value: value)
        }
        self.init(id: id, statement: statement, expect: expect, precision: precision, description: description, body: body)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(statement, forKey: .statement)
        try c.encode(kind, forKey: .kind)
        try c.encode(expect, forKey: .expect)
        try c.encode(precision, forKey: .precision)
        try c.encodeIfPresent(description, forKey: .description)
        switch body {
        case let .inequality(lhs, relation, rhs):
            try c.encode(lhs, forKey: .lhs); try c.encode(relation, forKey: .relation); try c.encode(rhs, forKey: .rhs)
        case let .rank(source, rank):
            switch source {
            case .explicit(let m): try c.encode(m, forKey: .matrix)
            case let .generated(g, n): try c.encode(g, forKey: .generator); try c.encode(n, forKey: .n)
            }
            try c.encode(rank, forKey: .rank)
        case let .definite(m, property, bound):
            try c.encode(m, forKey: .matrix); try c.encode(property, forKey: .property)
            try c.encodeIfPresent(bound, forKey: .bound)
        case let .logNorm(m, relation, bound), let .spectralNorm(m, relation, bound):
            try c.encode(m, forKey: .matrix); try c.encode(relation, forKey: .relation); try c.encode(bound, forKey: .bound)
        case let .roots(p, count, interval):
            try c.encode(p, forKey: .coefficients)
            try c.encodeIfPresent(count, forKey: .count)
            try c.encodeIfPresent(interval?.lo, forKey: .lo)
            try c.encodeIfPresent(interval?.hi, forKey: .hi)
        case let .carlemanBound(model, order, horizon, norm):
            try c.encode(model, forKey: .model); try c.encode(order, forKey: .order)
            try c.encode(horizon, forKey: .horizon); try c.encode(norm, forKey: .norm)
        case let .communicationBound(input, quantity, layer, distribution, relation, value):
            try c.encode(input, forKey: quantity.isStreaming ? .truthTable : .matrixFile)
            try c.encode(quantity, forKey: .quantity); try c.encodeIfPresent(layer, forKey: .layer)
            try c.encodeIfPresent(distribution, forKey: .distributionFile)
            try c.encode(relation, forKey: .relation); try c.encode(value, forKey: .value)
        case let .bellBound(functional, quantity, relation, value):
            try c.encode(functional, forKey: .functional); try c.encode(quantity, forKey: .quantity)
            try c.encode(relation, forKey: .relation); try c.encode(value, forKey: .value)
        }
    }

    /// 1–100 characters from A–Z a–z 0–9 . _ -, not starting with a dot.
    public static func isValidID(_ id: String) -> Bool {
        guard !id.isEmpty, id.count <= ClaimLimits.maximumIDLength, !id.hasPrefix(".") else { return false }
        return id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }
    }
}

/// A coding key for an element of a list (0-based).
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ i: Int) { intValue = i }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

/// An exact number read from its text: a string such as "1/3", or a YAML/JSON number (whose
/// text is read, never a Double). Malformed text is a decoding error saying what was expected.
struct ExactNumber: Decodable {
    let value: Rational
    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(String.self) {
            do { value = try Rational(parsing: s) } catch {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: error.description)
            }
        } else if let i = try? c.decode(Int.self) {
            value = Rational(i)
        } else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "expected an exact number (\(Rational.acceptedForms)); write non-integers as strings such as \"1/3\"")
        }
    }
}
