import Foundation

/// Runs the built `qbounds` executable as a subprocess.
enum CLI {
    /// `qbounds` next to the test binary (Linux: the directory of /proc/self/exe, e.g.
    /// `.build/x86_64-unknown-linux-gnu/debug/`; elsewhere: next to argv[0]), or nil.
    static let executable: String? = {
        var candidates: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("qbounds").path)
        }
        if let first = CommandLine.arguments.first {
            var url = URL(fileURLWithPath: first).deletingLastPathComponent()
            // macOS bundles: …/debug/QBoundsPackageTests.xctest/Contents/MacOS/QBoundsPackageTests
            for _ in 0..<4 {
                candidates.append(url.appendingPathComponent("qbounds").path)
                url = url.deletingLastPathComponent()
            }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let skipMessage = "the qbounds executable was not found next to the test binary (build it with `swift build`); skipping the end-to-end CLI tests"

    /// The repository root (found from this source file's path); the working directory of runs.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs qbounds with `arguments` in the repository root; output goes through temporary files
    /// (no pipe can fill up and block).
    static func run(_ arguments: [String]) throws -> Result {
        guard let exe = executable else { throw CocoaError(.fileNoSuchFile) }
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = arguments
        p.currentDirectoryURL = root
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        try p.run()
        p.waitUntilExit()
        return Result(status: p.terminationStatus,
                      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qbounds-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
