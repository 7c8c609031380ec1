/// Hard limits on what a claim file may ask for. Everything a file can make large is checked
/// against these before any kernel runs, so bad or hostile input gives an error, never a trap or
/// an unbounded computation.
public enum ClaimLimits {
    /// Largest number of rows or columns of a matrix in a claim.
    public static let maximumDimension = 1024
    /// Largest n of a generated 2ⁿ×2ⁿ communication matrix (2¹⁰ = 1024 = `maximumDimension`).
    public static let maximumGeneratorSize = 10
    /// Longest expression, in characters.
    public static let maximumExpressionLength = 10_000
    /// Deepest nesting of parentheses, function calls, unary minus and powers in an expression.
    public static let maximumNesting = 200
    /// Largest |p| and q of an exponent p/q in an expression.
    public static let maximumExponent = 10_000
    /// Interval precision range, in bits.
    public static let precisionRange = 2...65_536
    /// Default interval precision, in bits.
    public static let defaultPrecision = 128
    /// Largest polynomial degree in a `roots` claim.
    public static let maximumDegree = 1_000
    /// Largest claim file, in bytes.
    public static let maximumFileBytes = 16 << 20
    /// Largest 0/1 matrix or truth-table file read by a `communication-bound` claim, in bytes
    /// (a 4096×4096 matrix written with separators fits; `BooleanMatrix` caps the entries).
    public static let maximumInputFileBytes = 64 << 20
    /// Largest number of YAML nodes in one file (guards against alias expansion bombs).
    public static let maximumNodes = 4_000_000
    /// Longest claim id.
    public static let maximumIDLength = 100
    /// Largest dimension for which the float-proposed, exactly checked eigenvalue enclosures that
    /// only give context (not the verdict) are computed.
    public static let maximumContextDimension = 64
}
