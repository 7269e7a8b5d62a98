import Foundation
import RoundtableResources

/// English words in small letters, to tell a name that is also an everyday word ("Will", "May",
/// "Hope", "Grey") from one that is not. From `Resources/names/everyday-words.txt`.
public enum EverydayWords {
    /// The bundled list, read once.
    public static let standard: Set<String> = {
        guard let data = try? Data(contentsOf: BundledResources.url("names/everyday-words.txt")) else { return [] }
        return Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
    }()
}
