import Documents
import Foundation
import RoundtableResources

/// The agenda templates that ship with Roundtable, to start a new agenda file from.
public enum AgendaTemplates {
    /// The names of the templates, such as `community-of-practice`, in alphabetical order.
    public static func names() throws(ReadError) -> [String] {
        let folder = BundledResources.url("agenda-templates")
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
        } catch {
            throw ReadError(file: folder.path, problem: "The agenda templates cannot be found.",
                            advice: "Reinstall Roundtable, or build it again with 'swift build'.")
        }
    }

    /// The text of the template `name`; an unknown name is reported with the closest one.
    public static func text(_ name: String) throws(ReadError) -> String {
        let names = try names()
        guard names.contains(name) else {
            let hint = Suggestions.closest(to: name, among: names).map { " Did you mean '\($0)'?" } ?? ""
            throw ReadError(file: name, problem: "There is no agenda template with this name.\(hint)",
                            advice: "Choose one of: \(names.joined(separator: ", ")).")
        }
        return try TextFile.read(BundledResources.url("agenda-templates/\(name).yaml").path, kind: "agenda template")
    }
}
