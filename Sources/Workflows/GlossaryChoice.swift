import Foundation
import PlainLanguage

/// The glossaries a command uses, chosen by one rule for every command and every front end:
/// Roundtable's own; then the team glossary `.roundtable/glossary.yaml` found from the working
/// folder upwards, when it is the user's own; then the file the user named, if any.
public struct GlossaryChoice: Sendable {
    /// Roundtable's glossary with the team's changes applied.
    public let glossary: Glossary
    /// The team glossary files applied, in the order they were applied.
    public let files: [String]
    /// A team glossary found on the way up but not used, and why: it is not the user's own.
    public let skipped: (path: String, reason: UntrustedGlossary)?

    /// Every team glossary file the command reads or found, used or not, so that no output replaces one.
    public var inputs: [String] { files + (skipped.map { [$0.path] } ?? []) }

    /// Chooses and loads the glossaries for a command run in `workingFolder` by `userID`, with the
    /// file the user `named`.
    public static func resolve(workingFolder: URL, named: String?, userID: UInt32) throws -> GlossaryChoice {
        var found: String?
        var skipped: (path: String, reason: UntrustedGlossary)?
        switch GlossaryLoader.findLocal(from: workingFolder, userID: userID) {
        case .none: break
        case .found(let path): found = path
        case .skipped(let path, let reason): skipped = (path, reason)
        }
        var files = [found, named].compactMap { $0 }
        if let named, let found, URL(fileURLWithPath: named).standardizedFileURL == URL(fileURLWithPath: found).standardizedFileURL {
            files = [found]
        }
        var glossary = try GlossaryLoader.curated()
        for path in files {
            let local = try GlossaryLoader.local(path)
            try local.validate(against: glossary)
            glossary.apply(local)
        }
        return GlossaryChoice(glossary: glossary, files: files, skipped: skipped)
    }
}
