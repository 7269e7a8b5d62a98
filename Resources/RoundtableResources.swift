import Foundation

/// The files that ship with Roundtable: the HTML style, the curated glossary and the example session.
public enum BundledResources {
    /// The folder holding the bundled resource folders (`style`, `example`).
    public static var root: URL { Bundle.module.resourceURL ?? Bundle.module.bundleURL }

    /// The URL of a bundled file, such as `style/roundtable.css`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }
}
