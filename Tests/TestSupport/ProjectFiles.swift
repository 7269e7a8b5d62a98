import Foundation

/// Files of the project and beside it that tests read.
public enum ProjectFiles {
    /// The project root, found from this file's place in Tests/TestSupport.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file in Tests/DocumentsTests/Fixtures.
    public static func documentFixture(_ name: String) -> URL {
        root.appendingPathComponent("Tests/DocumentsTests/Fixtures/\(name)")
    }

    /// The GitHub Flavored Markdown spec examples, kept in `../shared/corpus` beside the project
    /// rather than in it. CI has them; a fresh clone does not.
    public static let sharedCorpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// Whether the shared corpus is there to read.
    public static var sharedCorpusIsPresent: Bool {
        FileManager.default.fileExists(atPath: sharedCorpus.appendingPathComponent("gfm-spec.txt").path)
    }

    /// Whether tests run in CI (`CI=true`), where everything a test reads must be present:
    /// a missing shared corpus is then a failure, not a skip.
    public static var isCI: Bool {
        ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true"
    }
}
