/// The seed paper's download/re-upload schedule for sparse quantum training (Liu et al.,
/// Nat. Commun. 15, 434 (2024), text after Eq. 8): the parameters are downloaded and re-uploaded
/// every K steps (K = 100 there), which restarts the error clock t of the proxy at 0. The QRAM
/// variant first trains classically for 10 steps after each download ("no training error is
/// accrued" during them), then re-uploads.
public struct ReuploadSchedule: Sendable, Equatable {
    /// K, steps of (simulated) quantum training between re-uploads.
    public let every: Int
    /// Classical steps run after each download before the re-upload (0, or 10 for QRAM).
    public let classicalStepsBeforeReupload: Int

    public static let seedDefault = 100, qramClassicalSteps = 10

    public init(every: Int = ReuploadSchedule.seedDefault, classicalStepsBeforeReupload: Int = 0) throws(TrainingError) {
        guard every >= 1 else { throw .invalid("re-upload period \(every): expected K ≥ 1") }
        guard classicalStepsBeforeReupload >= 0 else { throw .invalid("classical steps \(classicalStepsBeforeReupload): expected ≥ 0") }
        self.every = every; self.classicalStepsBeforeReupload = classicalStepsBeforeReupload
    }

    /// The error clock t at quantum training step `step` (0-based; the step about to run):
    /// `step mod K`, so it restarts at 0 on every re-upload.
    public func localTime(atStep step: Int) -> Int { step % every }

    /// Index of the segment (upload) that contains quantum training step `step`.
    public func segment(atStep step: Int) -> Int { step / every }

    /// The segments `[start, end)` covering `steps` quantum training steps.
    public func segments(totalSteps steps: Int) -> [Range<Int>] {
        stride(from: 0, to: max(steps, 0), by: every).map { $0..<min($0 + every, steps) }
    }
}
