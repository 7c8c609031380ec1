import Exact

/// `zhaodeng.communication` [derived]: the best classical winning probability of one Zhao–Deng
/// game when Alice may send c bits to Bob (one way) before Bob answers. This is the channel a
/// classical sequence model's hidden state provides from Alice's half to Bob's half.
///
/// Reduction to a local bound (exact): Alice's output becomes the pair (answer a, message m);
/// Bob's input becomes (y, m'); the payoff `π(x, y)·[m = m']·win(x, y, a, b)` counts, for each
/// (x, y), exactly the term with m' = Alice's message. The local bound of this functional is the
/// maximum over Alice's (answer, message) functions and Bob's answer functions of (y, message).
public enum ZhaoDengCommunication {
    /// The functional of one game with `bits` bits of one-way communication (0…3).
    public static func functional(bits c: Int) throws(BellError) -> ProbabilityFunctional {
        guard (0...3).contains(c) else { throw .invalid("\(c) bits: expected 0 to 3 for one game") }
        let m = 1 << c
        let s = try BellScenario(inputs: [4, 4 * m], outputs: [4 * m, 4])
        let nx = s.inputTupleCount
        var v = Array(repeating: Rational(), count: s.outputTupleCount * nx)
        let w = try! Rational(1, 16)
        for x in 0..<4 { for y in 0..<4 { for msg in 0..<m { for a in 0..<4 { for b in 0..<4 where ZhaoDeng.wins(x: x, y: y, a: a, b: b) {
            let aOut = a * m + msg, bIn = y * m + msg
            v[(aOut * 4 + b) * nx + x * (4 * m) + bIn] = w
        } } } } }
        return try ProbabilityFunctional(scenario: s, coefficients: v)
    }

    /// The exact best winning probability with `bits` bits and an optimal strategy as witness.
    public static func value(bits c: Int) throws(BellError) -> LocalBoundResult {
        try LocalBound.enumeration(functional(bits: c))
    }
}
