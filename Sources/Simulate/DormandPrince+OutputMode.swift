//===--- DormandPrince+OutputMode.swift --------------------------------===//
//
// QBounds · Simulate — the Double-precision float core.
//
//===--------------------------------------------------------------------===//

extension DormandPrince {
    /// How ``DormandPrince`` produces the state at the requested output times.
    public enum OutputMode: Sendable, Equatable {
        /// Steps are chosen by error control alone; states at output times inside a step are
        /// obtained from the fourth-order continuous extension of Shampine (Math. Comp. 46
        /// (1986) 135–150), as in Hairer's `dopri5` (`CONTD5`). Cheapest for many outputs; the
        /// interpolation error is of the same order as the local error of the step.
        case denseOutput
        /// Steps are shortened so that each output time is hit exactly by a step endpoint;
        /// every reported state is a genuine fifth-order step result. Costs extra steps when
        /// outputs are dense.
        case exactHits
    }
}
