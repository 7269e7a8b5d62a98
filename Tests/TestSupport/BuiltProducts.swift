import Foundation

/// The executables `swift build` put beside the test bundle.
public enum BuiltProducts {
    /// The executable called `name` (`roundtable`, `roundtable-bench`) in the build folder.
    public static func executable(_ name: String) -> URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent(name) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }
}
