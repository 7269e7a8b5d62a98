import ArgumentParser
import Documents
import Foundation
import PlainLanguage
import Workflows

/// `roundtable glossary`: look words up, share a jargon buster, edit the glossary in a spreadsheet.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Look up words, make a jargon buster, or edit your team's glossary in a spreadsheet.",
        discussion: """
        Roundtable's glossary lists the jargon, acronyms and labels it checks for. Each has what it \
        means and plainer words. Your team can add words, change suggestions or allow words in \
        .roundtable/glossary.yaml.

        Examples:

            roundtable glossary explain ICB
            roundtable glossary search housing
            roundtable glossary list --domain labels
            roundtable glossary export --to docx --used-in minutes.md
            roundtable glossary export --csv glossary.csv
            roundtable glossary import --csv glossary.csv
        """,
        subcommands: [Explain.self, Search.self, List.self, Export.self, Import.self]
    )

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "explain", abstract: "Say what a word or acronym means and what to write instead.")

        @Argument(help: ArgumentHelp("The word, phrase or acronym to look up, such as ICB (Integrated Care Board).", valueName: "term"))
        var term: String

        @OptionGroup var glossaryOptions: GlossaryOptions

        func run() throws {
            let glossary = try glossaryOptions.choose().glossary
            let entries = glossary.entries(named: term)
            guard !entries.isEmpty else {
                let near = glossary.search(term).prefix(5).map(\.term)
                var message = "'\(term)' is not in the glossary."
                if !near.isEmpty { message += " Close matches: " + near.joined(separator: ", ") + "." }
                message += " Try 'roundtable glossary search \(term)'."
                throw CommandFailure(message: message, exitCode: 1)
            }
            print(entries.map(GlossaryText.explain).joined(separator: "\n"))
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "search", abstract: "Find glossary entries that mention a word.")

        @Argument(help: ArgumentHelp("The word to look for.", valueName: "word"))
        var word: String

        @OptionGroup var glossaryOptions: GlossaryOptions

        func run() throws {
            let found = try glossaryOptions.choose().glossary.search(word)
            guard !found.isEmpty else {
                throw CommandFailure(message: "Nothing in the glossary mentions '\(word)'. Try a shorter word.", exitCode: 1)
            }
            for entry in found { print(GlossaryText.line(entry)) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the fields of work, or the entries of one.")

        @Option(help: ArgumentHelp("Only the entries of this field of work, such as housing or labels.", valueName: "domain"))
        var domain: String?

        @OptionGroup var glossaryOptions: GlossaryOptions

        func run() throws {
            let glossary = try glossaryOptions.choose().glossary
            let fields = glossary.fieldsOfWork
            let ids = fields.map(\.id)
            guard let domain else {
                for (id, title) in fields {
                    let count = glossary.entries.filter { $0.domain == id }.count
                    print("\(id.padding(toLength: 24, withPad: " ", startingAt: 0)) \(count) entries · \(title)")
                }
                print("\nTo see one: roundtable glossary list --domain \(ids.first ?? "labels")")
                return
            }
            guard ids.contains(domain) else {
                let suggestion = Suggestions.closest(to: domain, among: ids).map { " Did you mean '\($0)'?" } ?? ""
                throw CommandFailure(message: "There is no field of work called '\(domain)'.\(suggestion) Choose from: \(ids.joined(separator: ", ")).")
            }
            for entry in glossary.entries where entry.domain == domain { print(GlossaryText.line(entry)) }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", 
            abstract: "Write a jargon buster to share, or the glossary as a spreadsheet.",
            discussion: "With --used-in, the jargon buster holds only the words found in that file.")

        @Option(name: .customLong("to"), help: FormatList<OutputFormat>.help("The formats to write the jargon buster in, with commas between.", leftOut: .usual),
                transform: FormatList.parse)
        var formats = FormatList<OutputFormat>.usual

        @Option(name: .customLong("used-in"), help: ArgumentHelp("Only the words found in this file.", valueName: "file"))
        var usedIn: String?

        @Option(name: .customLong("csv"), help: ArgumentHelp("Write the whole glossary as a spreadsheet file (.csv) instead. Use - to print it.", valueName: "file"))
        var csv: String?

        @Option(name: .shortAndLong, help: ArgumentHelp("The folder for the jargon buster.", valueName: "folder"))
        var output = "Exports"

        @OptionGroup var glossaryOptions: GlossaryOptions
        @OptionGroup var look: LookOptions

        func run() throws {
            let glossaries = try glossaryOptions.choose()
            let glossary = glossaries.glossary
            if let csv {
                let text = GlossaryCSV.write(glossary.entries)
                if csv == "-" {
                    print(text, terminator: "")
                } else {
                    let url = URL(fileURLWithPath: csv)
                    try OutputWriting.write([.init(url: url, data: Data(text.utf8))], inputs: glossaries.inputs + (usedIn.map { [$0] } ?? []),
                                            elsewhere: "Give another file name after --csv.")
                    print("Wrote \(Paths.display(url)) with \(glossary.entries.count) entries. Edit it in a spreadsheet, then run: roundtable glossary import --csv \(csv)")
                }
                return
            }
            let buster = JargonBusterExport(glossary: glossary, usedIn: try usedIn.map { (try DocumentFile.read($0), URL(fileURLWithPath: $0).lastPathComponent) })
            let folder = URL(fileURLWithPath: output, isDirectory: true)
            let files = try OutputFiles.documents(buster.document, formats: formats.formats, options: try look.look().options,
                                                  baseName: buster.baseName, folder: folder)
            try OutputWriting.write(files, inputs: glossaries.inputs + (usedIn.map { [$0] } ?? []))
            Console.wrote(files)
            print("The jargon buster explains \(buster.wordCount) words.")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", 
            abstract: "Bring back a glossary edited in a spreadsheet, into your team's glossary.",
            discussion: """
        Rows that differ from Roundtable's glossary are added to your team's glossary file. \
        A row with the same id as an entry there changes that entry. Entries that are not in the \
        spreadsheet are left as they are. With --replace, the team glossary holds only the \
        spreadsheet's rows. The old file is first kept as a backup beside it.
        """)

        @Option(name: .customLong("csv"), help: ArgumentHelp("The spreadsheet file (.csv) to read.", valueName: "file"))
        var csv: String

        @Option(name: .customLong("into"), help: ArgumentHelp("The team glossary file to write.", valueName: "file"))
        var into = ".roundtable/glossary.yaml"

        @Flag(help: "Replace the team glossary's entries with the spreadsheet's rows. A copy of the old file is kept first.")
        var replace = false

        func run() throws {
            let prepared = try TeamGlossaryImport(csv: csv, into: into, replacing: replace)
            try OutputWriting.write(prepared.files, inputs: [csv], elsewhere: "Give another file name after --into.")
            print("Wrote \(Paths.display(URL(fileURLWithPath: into))) from \(Self.count(prepared.rowCount, "row")) of \(csv). Roundtable uses it when you check files in this folder.")
            if let backup = prepared.backup { print("The old team glossary is kept as \(Paths.display(backup)).") }
            print(Self.summary(prepared.result))
        }

        /// What the import added, changed, removed and kept, one line each.
        static func summary(_ result: GlossaryImport) -> String {
            var lines: [String] = []
            if !result.added.isEmpty { lines.append("Added \(count(result.added.count, "entry")): \(names(result.added)).") }
            if !result.changed.isEmpty { lines.append("Changed \(count(result.changed.count, "entry")): \(names(result.changed)).") }
            if !result.removed.isEmpty { lines.append("Removed \(count(result.removed.count, "entry")): \(names(result.removed)).") }
            if result.kept > 0 { lines.append("Kept \(count(result.kept, "entry")) as \(result.kept == 1 ? "it was" : "they were").") }
            if lines.isEmpty { lines.append("Nothing differs from Roundtable's glossary, so the team glossary has no entries.") }
            return lines.joined(separator: "\n")
        }

        /// The most ids a summary line lists before it says how many more there are.
        static let namesShown = 10

        static func names(_ ids: [String]) -> String {
            let shown = ids.prefix(namesShown).joined(separator: ", ")
            return ids.count > namesShown ? shown + " and \(ids.count - namesShown) more" : shown
        }

        static func count(_ number: Int, _ noun: String) -> String {
            let plural = noun.hasSuffix("y") ? String(noun.dropLast()) + "ies" : noun + "s"
            return "\(number) \(number == 1 ? noun : plural)"
        }
    }
}

/// Glossary entries as lines of text for the terminal.
enum GlossaryText {
    static func line(_ entry: GlossaryEntry) -> String {
        var text = entry.term
        if !entry.expansions.isEmpty { text += " (" + entry.expansions.joined(separator: " or ") + ")" }
        return text + " — " + entry.meaning
    }

    static func explain(_ entry: GlossaryEntry) -> String {
        var lines = [entry.term + "  [" + entry.kind.rawValue + ", " + entry.domain + ", id " + entry.id + "]"]
        if !entry.expansions.isEmpty { lines.append("  Stands for: " + entry.expansions.joined(separator: " or ")) }
        lines.append("  Means: " + entry.meaning)
        if let why = entry.why { lines.append("  Why it matters: " + why) }
        lines.append("  Plainer words: " + entry.alternatives.joined(separator: "; "))
        if !entry.variants.isEmpty { lines.append("  Also written: " + entry.variants.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }
}
