import Foundation
import PropertyBased
import Testing

/// Reproducible property runs, shared by every test target.
///
/// `propertyCheck` from swift-property-based seeds itself from the system generator, so two CI
/// runs see different inputs. `seededCheck` runs a swift-property-based generator under a fixed
/// list of seeds (identical inputs on every run) and then under one fresh random seed, which it
/// prints. Every issue recorded while a case runs is annotated with its seed and case number,
/// so a failure says how to replay it: `QBOUNDS_SEED=<seed> swift test --filter <test>`. A seed
/// that found a bug then belongs in `Seeds.fixedSeeds` or becomes a fixture.
/// `QBOUNDS_PROPERTY_SCALE=k` multiplies every count for a longer campaign.
public enum Seeds {
    public static let fixedSeeds: [UInt64] = [1, 2, 3, 0x5eed, 20261122, 0xdeadbeef]

    public static var scale: Int {
        max(1, Int(ProcessInfo.processInfo.environment["QBOUNDS_PROPERTY_SCALE"] ?? "") ?? 1)
    }

    /// The seeds for this run: the replay seed alone if QBOUNDS_SEED is set, else the fixed
    /// list plus one fresh random seed.
    public static func seedsForRun() -> [UInt64] {
        if let s = ProcessInfo.processInfo.environment["QBOUNDS_SEED"], let v = UInt64(s) { return [v] }
        return fixedSeeds + [UInt64.random(in: 0...UInt64.max)]
    }

    /// A Xoshiro generator (swift-property-based's) whose state is expanded from one word by SplitMix64.
    public static func rng(_ seed: UInt64) -> Xoshiro {
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

/// The seeded counterpart of swift-property-based's `propertyCheck`: runs `body` on `count`
/// inputs drawn from `generator` for each seed of the run; `body` checks with
/// `#expect`/`#require`. Issues it records carry the seed and case. After the first seed with a
/// failure the remaining seeds are skipped (one failing seed is enough to replay).
public func seededPropertyCheck<T, S>(
    _ name: String, count: Int = 50, _ generator: Generator<T, S>,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: (T) async throws -> Void
) async {
    let seeds = Seeds.seedsForRun()
    if seeds.count > 1 { print("[\(name)] random seed this run: \(seeds.last!)  (replay: QBOUNDS_SEED=\(seeds.last!))") }
    for seed in seeds {
        var rng = Seeds.rng(seed)
        let failures = Counter()
        for i in 0..<(count * Seeds.scale) {
            let input = generator.run(using: &rng)
            let note = "[\(name)] seed \(seed), case \(i), input \(input); replay with QBOUNDS_SEED=\(seed)"
            let annotate = IssueHandlingTrait.compactMapIssues { issue in
                var annotated = issue
                annotated.comments.append(Comment(rawValue: note))
                failures.increment()
                return annotated
            }
            nonisolated(unsafe) let run = body
            nonisolated(unsafe) let value = input
            do {
                try await annotate.provideScope(for: Test.current!, testCase: Test.Case.current) {
                    do { try await run(value) } catch { Issue.record(error, sourceLocation: sourceLocation) }
                }
            } catch {
                Issue.record(error, "\(note)", sourceLocation: sourceLocation)
            }
            if failures.value > 0 { return }
        }
    }
}

/// The Boolean form: `body` returns whether the property holds; `false` or a thrown error is
/// recorded with the seed, the case and the input.
public func seededCheck<T, S>(
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

/// A thread-safe counter for the issue handler (which may run on any thread).
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
