import Documents
import Foundation
import PlainLanguage

/// A glossary edited in a spreadsheet, brought back into the team's glossary file: rows are
/// added or change the entry with their id, entries not in the spreadsheet are kept, and only when
/// asked are they replaced, with a copy of the old file kept first. Nothing is written here: the
/// caller writes `files`, all or nothing.
public struct TeamGlossaryImport: Sendable {
    /// Why the import cannot go ahead.
    public enum Problem: Error, LocalizedError, Equatable {
        /// The old team glossary could not be read to keep a copy of it.
        case backupUnreadable(String)

        public var errorDescription: String? {
            switch self {
            case .backupUnreadable(let path):
                return "\(path): the old team glossary could not be read to keep a copy of it, so nothing was written. Check that you may read it, or import without replacing it."
            }
        }
    }

    /// What was added, changed, removed and kept.
    public let result: GlossaryImport
    /// The files to write: the backup copy first, when there is one, then the team glossary.
    public let files: [OutputFiles.File]
    /// Where the old team glossary is kept, when it is replaced.
    public let backup: URL?
    /// How many rows the spreadsheet had.
    public let rowCount: Int

    /// Reads the spreadsheet at `csv` and prepares the team glossary at `into` with its rows;
    /// `replacing` keeps only the spreadsheet's entries. What is prepared is read back by the
    /// same loader that reads it later, so Roundtable never writes a glossary it would refuse.
    public init(csv: String, into: String, replacing: Bool) throws {
        let curated = try GlossaryLoader.curated()
        let rows = try GlossaryCSV.read(try TextFile.read(csv, kind: "spreadsheet"), file: csv)
        let exists = FileManager.default.fileExists(atPath: into)
        let existing = exists ? try GlossaryLoader.local(into) : LocalGlossary()
        let result = GlossaryImport(rows: rows, into: existing, curated: curated, replacing: replacing)
        try result.glossary.validate(against: curated)
        let url = URL(fileURLWithPath: into)
        var files = [OutputFiles.File(url: url, data: Data(try result.glossary.checkedYAML(file: into, against: curated).utf8))]
        var backup: URL?
        if replacing && exists {
            let copy = Self.backupName(for: url)
            guard let old = FileManager.default.contents(atPath: url.path) else { throw Problem.backupUnreadable(into) }
            files.insert(.init(url: copy, data: old), at: 0)
            backup = copy
        }
        self.result = result
        self.files = files
        self.backup = backup
        self.rowCount = rows.count
    }

    /// `glossary.yaml.bak`, or `glossary.yaml.bak-2` and so on when that name is taken, beside `url`.
    static func backupName(for url: URL) -> URL {
        var candidate = URL(fileURLWithPath: url.path + ".bak")
        var number = 2
        while FileManager.default.fileExists(atPath: candidate.path) {
            candidate = URL(fileURLWithPath: url.path + ".bak-\(number)")
            number += 1
        }
        return candidate
    }
}
