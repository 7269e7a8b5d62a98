import Foundation
import PlainLanguage
import RoundtableResources

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
    /// file the user `named`. With a `cacheFolder` (see `GlossaryCache.folder(environment:)`), a
    /// team glossary is compiled once and read back from there while its files stay the same.
    public static func resolve(workingFolder: URL, named: String?, userID: UInt32, cacheFolder: URL? = nil) throws -> GlossaryChoice {
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
        let cache = cacheFolder.flatMap { GlossaryCache(folder: $0, files: files) }
        if let cached = cache?.glossary() {
            return GlossaryChoice(glossary: cached, files: files, skipped: skipped)
        }
        var glossary = try GlossaryLoader.curated()
        for path in files {
            let local = try GlossaryLoader.local(path)
            try local.validate(against: glossary)
            glossary.apply(local)
        }
        cache?.save(glossary)
        return GlossaryChoice(glossary: glossary, files: files, skipped: skipped)
    }
}

/// Team glossaries compiled once and kept in the user's cache folder, keyed by the contents of
/// Roundtable's own glossary and of the team files, so a 100,000-entry glossary is read in
/// milliseconds the second time and any change to a file is seen at once. A damaged or foreign
/// file there is ignored and written again.
public struct GlossaryCache: Sendable {
    private let file: URL
    private let key: UInt64

    /// The cache for these team glossary `files` in `folder`; nil when there are none, or one cannot be read.
    init?(folder: URL, files: [String]) {
        guard !files.isEmpty, let curated = try? GlossaryLoader.sourceKey(of: BundledResources.url("glossary")) else { return nil }
        var parts = [Data(String(curated).utf8)]
        for path in files {
            // Mapped rather than read: a team glossary can be megabytes, and only its key is wanted here.
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
            parts += [Data((path.lowercased().hasSuffix(".csv") ? "csv" : "yaml").utf8), data]
        }
        key = GlossaryArchive.key(of: parts)
        file = folder.appendingPathComponent("glossary-" + String(key, radix: 16) + ".archive")
    }

    /// The folder for Roundtable's cache: `$XDG_CACHE_HOME/roundtable`, else `~/.cache/roundtable`;
    /// nil when neither is known.
    public static func folder(environment: [String: String]) -> URL? {
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
            return URL(fileURLWithPath: base, isDirectory: true).appendingPathComponent("roundtable", isDirectory: true)
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache/roundtable", isDirectory: true)
    }

    /// How many compiled glossaries the cache keeps: those used last. A file of a 100,000-entry
    /// glossary takes about 50 MB, and every change to a team glossary makes a new one.
    static let kept = 4

    /// The glossary kept in the cache, marked as used just now; nil when there is none to trust.
    func glossary() -> Glossary? {
        guard let glossary = GlossaryArchive.read(file, key: key) else { return nil }
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file.path)
        return glossary
    }

    /// Keeps `glossary` in the cache, and removes all but the `kept` glossaries used last.
    func save(_ glossary: Glossary) {
        GlossaryArchive.save(glossary, key: key, to: file)
        let folder = file.deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        let kept = names.filter { $0.hasPrefix("glossary-") && $0.hasSuffix(".archive") }.compactMap { name -> (url: URL, used: Date)? in
            let url = folder.appendingPathComponent(name)
            guard let used = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date else { return nil }
            return (url, used)
        }.sorted { ($0.used, $0.url.lastPathComponent) > ($1.used, $1.url.lastPathComponent) }
        for old in kept.dropFirst(Self.kept) where old.url != file {
            try? FileManager.default.removeItem(at: old.url)
        }
    }
}
