import PropertyBased
import QBoundsTestSupport
import Testing
@testable import Training

/// The re-upload schedule restarts t; pruning keeps the largest weights; the small experiment
/// has the seed's structure (P = 1 at every upload, segments every K steps, QRAM shift).
@Suite struct ScheduleAndExperimentTests {
    @Test("the schedule restarts t at every re-upload")
    func restarts() {
        seededCheck("t restarts", count: 30, zip(Gen.int(in: 1...150), Gen.int(in: 1...2000))) { input in
            let (k, steps) = input
            let s = try ReuploadSchedule(every: k)
            let segs = s.segments(totalSteps: steps)
            guard segs.first?.lowerBound == 0, segs.last?.upperBound == steps, segs.allSatisfy({ $0.count <= k }) else { return false }
            for step in 0..<steps {
                let t = s.localTime(atStep: step)
                if t != step - segs[s.segment(atStep: step)].lowerBound { return false }
                if step % k == 0 && t != 0 { return false }
            }
            return zip(segs, segs.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound }
        }
        #expect(throws: TrainingError.self) { try ReuploadSchedule(every: 0) }
    }

    @Test("magnitude pruning keeps the ⌈f·n⌉ largest |θ_i| (per layer when asked)")
    func pruning() throws {
        let theta = [0.1, -5, 2, 0, -0.3, 4, 1, -1, 0.2, 3]
        let p = try MagnitudePruning(parameters: theta, keepFraction: 0.3)
        #expect(p.kept == [1, 5, 9])
        #expect(p.apply(to: theta) == [0, -5, 0, 0, 0, 4, 0, 0, 0, 3])
        let layered = try MagnitudePruning(parameters: theta, keepFraction: 0.2, groups: [0..<5, 5..<10])
        #expect(layered.kept == [1, 5])
        #expect(throws: TrainingError.self) { try MagnitudePruning(parameters: theta, keepFraction: 0) }
        #expect(throws: TrainingError.self) { try MagnitudePruning(parameters: theta, keepFraction: 0.5, groups: [0..<4]) }
    }

    static func small(qram: Bool = false) -> ProxyExperimentConfiguration {
        var c = ProxyExperimentConfiguration()
        c.inputs = 4; c.hidden = 10; c.samples = 16; c.pretrainSteps = 50; c.steps = 45; c.reuploadEvery = 20
        c.keepFraction = 0.3; c.fullSpectrum = true; c.qram = qram
        return c
    }

    @Test("discrete.error-proxy experiment: P(0) = 1 at each upload, segments every K steps, deterministic")
    func experimentStructure() throws {
        let c = Self.small()
        let r = try ProxyExperiment(c).run()
        #expect(r.statement == "discrete.error-proxy")
        #expect(r.parameters == 10 * 6 + 1)
        #expect(r.segments.map(\.start) == [0, 20, 40] && r.segments.map(\.length) == [20, 20, 5])
        for s in r.segments {
            #expect(s.hessianEigenvalues.count == r.retained)
            #expect(s.curve.count == s.length + 1 && s.curve.first?.step == s.start)
            if s.summary.retainedByCut > 0 { #expect(s.curve.first?.p == 1) }
            // Each curve is the ErrorProxy of the segment's spectrum (independently recomputed).
            let p = try ErrorProxy(hessianEigenvalues: s.hessianEigenvalues, scale: r.aScale)
            #expect(s.curve.map(\.p) == (0...s.length).map { p.value(at: $0) })
        }
        #expect(r.fullHessianEigenvalues?.count == r.parameters)
        #expect(try ProxyExperiment(c).run() == r)
    }

    @Test("QRAM variant: 10 classical steps before each re-upload shift the uploads")
    func qramShift() throws {
        let r = try ProxyExperiment(Self.small(qram: true)).run()
        #expect(r.segments.map(\.start) == [0, 30, 60])
    }

    @Test("bad configurations are refused with a message")
    func badConfiguration() {
        var c = ProxyExperimentConfiguration()
        c.steps = 0
        #expect(throws: TrainingError.self) { try ProxyExperiment(c) }
        c = ProxyExperimentConfiguration(); c.eta = -1
        #expect(throws: TrainingError.self) { try ProxyExperiment(c) }
        c = ProxyExperimentConfiguration(); c.hidden = 10_000
        #expect(throws: TrainingError.self) { try ProxyExperiment(c) }
        c = ProxyExperimentConfiguration(); c.eta = 5; c.steps = 10; c.pretrainSteps = 50; c.fullSpectrum = false
        #expect(throws: TrainingError.self) { try ProxyExperiment(c).run() }   // diverges
    }
}
