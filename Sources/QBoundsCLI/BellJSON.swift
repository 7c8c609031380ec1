import Exact
import Foundation

/// JSON helpers for `qbounds bell` and `qbounds game`: exact numbers as strings ("3/4"),
/// enclosures as {"lo", "hi"} decimal strings rounded outward.
enum BellJSON {
    static func enclosure(_ i: Interval, digits: Int = 25) -> [String: Any] {
        ["lo": i.lowerString(digits: digits), "hi": i.upperString(digits: digits)]
    }

    static func print(_ object: [String: Any]) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}
