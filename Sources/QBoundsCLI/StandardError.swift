import Foundation

/// Writes lines to standard error.
enum StandardError {
    static func write(_ text: String) {
        let s = text.hasSuffix("\n") ? text : text + "\n"
        FileHandle.standardError.write(Data(s.utf8))
    }
}
