import Foundation
import PropertyBased
import Testing

/// Reproducible property runs.
///
/// `propertyCheck` from swift-property-based seeds itself from the system generator, so two CI
/// runs see different inputs. `seededCheck` runs the same generator under a fixed list of seeds
/// (identical inputs on every run) and then under one random seed, which it prints and names in
/// every failure message. A failing seed is replayed with `QBOUNDS_SEED=<seed> swift test`, and
/// then belongs in `fixedSeeds` (or as a fixture). `QBOUNDS_PROPERTY_SCALE=k` multiplies every
/// count for a longer campaign.
enum Seeds {
    static let fixedSeeds: [UInt64] = [1, 2, 3, 0x5eed, 20261122, 0xdeadbeef]

    static var scale: Int {
        Int(ProcessInfo.processInfo.environment["QBOUNDS_PROPERTY_SCALE"] ?? "") ?? 1
    }

    /// The seeds for this run: the replay seed alone if QBOUNDS_SEED is set, else the fixed
    /// list plus one fresh random seed.
    static func seedsForRun() -> [UInt64] {
        if let s = ProcessInfo.processInfo.environment["QBOUNDS_SEED"], let v = UInt64(s) { return [v] }
        return fixedSeeds + [UInt64.random(in: 0...UInt64.max)]
    }

    static func rng(_ seed: UInt64) -> Xoshiro {
        // SplitMix64 expands one word into the four words of Xoshiro's state.
        var z = seed
        func next() -> UInt64 {
            z &+= 0x9e3779b97f4a7c15
            var x = z
            x = (x ^ (x >> 30)) &* 0xbf58476d1ce4e5b9
            x = (x ^ (x >> 27)) &* 0x94d049bb133111eb
            return x ^ (x >> 31)
        }
        return Xoshiro(seed: (next(), next(), next(), next()))
    }
}

/// Runs `body` on `count` inputs drawn from `generator` for each seed of the run. Failures
/// carry the seed: `QBOUNDS_SEED=<seed>` replays them.
func seededCheck<T, S>(
    _ name: String, count: Int = 50, _ generator: Generator<T, S>,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: (T) throws -> Bool
) {
    let seeds = Seeds.seedsForRun()
    if seeds.count > 1 { print("[\(name)] random seed this run: \(seeds.last!)  (replay: QBOUNDS_SEED=\(seeds.last!))") }
    for seed in seeds {
        var rng = Seeds.rng(seed)
        for i in 0..<(count * Seeds.scale) {
            let input = generator.run(using: &rng)
            let ok: Bool
            do { ok = try body(input) } catch {
                Issue.record("[\(name)] threw \(error) on input \(input) (seed \(seed), case \(i); replay with QBOUNDS_SEED=\(seed))",
                             sourceLocation: sourceLocation)
                return
            }
            if !ok {
                Issue.record("[\(name)] failed on input \(input) (seed \(seed), case \(i); replay with QBOUNDS_SEED=\(seed))",
                             sourceLocation: sourceLocation)
                return
            }
        }
    }
}
