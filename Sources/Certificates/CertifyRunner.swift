import Foundation

/// Runs `qbounds certify`: finds the claim files under the given paths, decodes every claim,
/// checks each with `Certifier`, and collects outcomes and input errors. A file that fails to
/// decode is reported (file, line, what was expected) and the other files still run.
public enum CertifyRunner {
    public static func run(paths: [String]) -> CertifyReport {
        let (files, pathErrors) = ClaimLoader.claimFiles(paths)
        var errors = pathErrors
        var outcomes: [ClaimOutcome] = []
        if files.isEmpty && errors.isEmpty {
            errors.append(InputError(file: paths.joined(separator: " "), message: "no claim files found: expected .yaml, .yml or .json files"))
        }
        var seen: [String: String] = [:]
        let clock = ContinuousClock()
        for file in files {
            let claims: [LoadedClaim]
            do { claims = try ClaimLoader.load(file: file) } catch { errors.append(error); continue }
            for loaded in claims {
                let id = loaded.claim.id
                if let other = seen[id] {
                    errors.append(loaded.error(key: "id", "duplicate claim id: already used in \(other); expected unique ids (they name the certificate files)"))
                    continue
                }
                seen[id] = loaded.file + (loaded.line.map { ":\($0)" } ?? "")
                let start = clock.now
                do {
                    let certificate = try Certifier.certify(loaded.claim)
                    let elapsed = clock.now - start
                    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                    outcomes.append(ClaimOutcome(file: loaded.file, line: loaded.line, certificate: certificate, seconds: seconds))
                } catch {
                    errors.append(loaded.error(key: error.key, error.message))
                }
            }
        }
        return CertifyReport(outcomes: outcomes, errors: errors)
    }
}
