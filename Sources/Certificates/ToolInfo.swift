/// The name and version written into every certificate.
public enum ToolInfo {
    public static let name = "qbounds"
    public static let version = "0.1.0"
    /// The certificate format; the re-checker accepts only this one.
    public static let certificateFormat = "qbounds-certificate/1"
}
