import Foundation

/// A new, empty folder under the system's temporary folder, with a name nothing else uses.
public struct TemporaryFolder: Sendable {
    /// Where the folder is.
    public let url: URL

    /// Creates the folder; `prefix` starts its name, so a folder left behind says which test made it.
    public init(_ prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the folder.
    public func appendingPathComponent(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }

    /// Removes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
