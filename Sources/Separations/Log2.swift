/// Integer base-2 logarithms used by the bounds (exact; no floating point).
public enum Log2 {
    /// ⌈log₂ r⌉ for r ≥ 1 (0 for r = 1): the number of bits needed to name one of r messages.
    public static func ceiling(_ r: Int) -> Int {
        precondition(r >= 1)
        return r == 1 ? 0 : Int.bitWidth - (r - 1).leadingZeroBitCount
    }
    /// ⌊log₂ r⌋ for r ≥ 1.
    public static func floor(_ r: Int) -> Int {
        precondition(r >= 1)
        return Int.bitWidth - 1 - r.leadingZeroBitCount
    }
}
