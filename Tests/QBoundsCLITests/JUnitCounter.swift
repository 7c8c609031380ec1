import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses a JUnit XML file with Foundation's XML parser (so a malformed file fails to parse) and
/// counts what it holds.
final class JUnitCounter: NSObject, XMLParserDelegate {
    var testcases = 0
    var failures = 0
    var errors = 0
    var rootAttributes: [String: String] = [:]
    var testcaseNames: [String] = []
    private var sawRoot = false

    static func parse(_ data: Data) -> JUnitCounter? {
        let counter = JUnitCounter()
        let parser = XMLParser(data: data)
        parser.delegate = counter
        return parser.parse() ? counter : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if !sawRoot { sawRoot = true; rootAttributes = attributes }
        switch name {
        case "testcase": testcases += 1; testcaseNames.append(attributes["name"] ?? "")
        case "failure": failures += 1
        case "error": errors += 1
        default: break
        }
    }
}
