import Foundation
import Testing
@testable import Training

/// The shape of the seed paper's Fig. 2b at small scale ("discrete.error-proxy"), for the default
/// run of `qbounds gd proxy`, against fixtures/training/proxy-default.json: right after pruning
/// the retained Hessian has a negative eigenvalue past the cut, so P first dips (dissipative
/// modes) and is then overtaken by the divergent mode; after re-uploads the spectrum is
/// dissipative and P decays; later a mode with ηh > 2 makes P grow again within its upload.
@Suite struct FigureShapeTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures/training/proxy-default.json")

    @Test("default run: per-upload N_c, divergent modes and growth factors match the fixture; dip-then-growth shape")
    func defaultRunShape() throws {
        let data = try Data(contentsOf: Self.fixture)
        let j = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(j["statement"] as? String == ErrorProxy.statement)
        let uploads = try #require(j["uploads"] as? [[String: Any]])
        var c = ProxyExperimentConfiguration()
        c.fullSpectrum = false
        let r = try ProxyExperiment(c).run()
        #expect(r.parameters == j["parameters"] as? Int && r.retained == j["retained"] as? Int)
        #expect(r.segments.count == uploads.count)
        var sawDipThenGrowth = false, sawDecay = false
        for (s, u) in zip(r.segments, uploads) {
            #expect(s.start == u["start"] as? Int)
            #expect(s.summary.retainedByCut == u["retained_by_cut"] as? Int)
            #expect(s.summary.divergent == u["divergent"] as? Int)
            let g = try #require(s.summary.growthFactor), expected = try #require(u["growth_factor"] as? Double)
            #expect(abs(g - expected) < 1e-8, "upload at \(s.start): growth factor \(g) vs \(expected)")
            let logs = s.curve.compactMap(\.log10P)
            let last = try #require(logs.last), lowest = try #require(logs.min())
            if s.summary.divergent > 0 {
                // The divergent mode wins: P(K) > 1; and P dipped below 1 first.
                #expect(last > 0)
                if lowest < 0 { sawDipThenGrowth = true }
            } else {
                #expect(last < 0 && last == lowest)
                sawDecay = true
            }
        }
        #expect(sawDipThenGrowth && sawDecay)
    }
}
