import ArgumentParser
import Documents
import Foundation
import PlainLanguage
import SessionPlanning
import SpeakingTurns
import Workflows

// The values a user picks from, as enums: help lists them, and a mistyped one is refused with the list.

/// How findings are printed: for people, or as JSON for programs.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

extension FailureLevel: ExpressibleByArgument {}

extension WriterOptions.PageSize: ExpressibleByArgument {
    /// A paper size as people write it: a4 or A4, letter or Letter.
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// `--to` and `-o`: the formats a command writes its document in, and the folder they go into.
struct DocumentFileOptions: ParsableArguments {
    @Option(name: .customLong("to"), help: FormatList<OutputFormat>.help("The formats to write, with commas between.", leftOut: .usual),
            transform: FormatList.parse)
    var formats = FormatList<OutputFormat>.usual

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into. It is created if it does not exist.", valueName: "folder"))
    var output = "Exports"

    /// The folder the files go into.
    var folder: URL { URL(fileURLWithPath: output, isDirectory: true) }

    /// `document` in each chosen format, laid out with `options`, named `baseName`, ready to be written all or nothing.
    func files(_ document: Document, options: WriterOptions, baseName: String) throws -> [OutputFiles.File] {
        try OutputFiles.documents(document, formats: formats.formats, options: options, baseName: baseName, folder: folder)
    }
}

/// The `--page-size`, `--style` and `--reference-doc` options of every command that writes Word and LibreOffice documents.
struct LookOptions: ParsableArguments {
    @Option(name: .customLong("page-size"),
            help: ArgumentHelp("The paper size for Word and LibreOffice documents, and for web pages when you print them. "
                               + "If you leave it out: the house style's size, or a4.", valueName: "size"))
    var size: WriterOptions.PageSize?

    @Option(name: .customLong("style"),
            help: ArgumentHelp("A house style file (.yaml) with your logo, colours, fonts and footer. If you leave it out, "
                               + "Roundtable uses .roundtable/style.yaml in this folder or a folder above it, if there is one.",
                               valueName: "file"))
    var style: String?

    @Option(name: .customLong("reference-doc"),
            help: ArgumentHelp("A Word file (.docx) made from your organisation's template. Word documents take its styles, "
                               + "fonts, colours, paper size and margins.", valueName: "file"))
    var referenceDocument: String?

    /// The look of the documents, from the current folder, with a contents list when `contents` is true.
    func look(layout: WriterOptions.Layout = .standard, contents: Bool = false) throws -> DocumentLook {
        try DocumentLook.resolve(workingFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                                 named: style, pageSize: size, referenceDocument: referenceDocument, layout: layout, contents: contents)
    }
}

/// The `--toc` flag of the commands that write notes as documents.
struct ContentsOption: ParsableArguments {
    @Flag(name: .customLong("toc"),
          help: "Add a contents list after the title, with a link to each heading (web page, Word, LibreOffice and PDF files). Notes with fewer than two headings get none.")
    var contents = false
}

// MARK: - Choices with a suggestion

/// A value people pick by name, such as a role. ArgumentParser's own reading of a mistyped one
/// only lists the values, so options of these types read it with `parse`, which also suggests the
/// nearest one.
protocol SuggestingChoice: ExpressibleByArgument {
    /// The value a mistyped word most likely means, or nil when none is near enough.
    static func likely(_ text: String) -> Self?
}

extension SuggestingChoice {
    /// Reads `text` for `@Option(transform:)`: a mistyped value is refused with the nearest value and the list.
    static func parse(_ text: String) throws(UnknownChoice) -> Self {
        if let value = Self(argument: text) { return value }
        throw UnknownChoice(suggestion: likely(text)?.defaultValueDescription, choices: allValueStrings)
    }

    /// The help of an option read with `parse`: `abstract`, then the values as ArgumentParser lists
    /// them for the options it reads itself (it lists none for an option read with a transform).
    static func help(_ abstract: String, valueName: String) -> ArgumentHelp {
        ArgumentHelp(abstract + " (values: " + allValueStrings.joined(separator: ", ") + ")", valueName: valueName)
    }
}

/// Why a typed value is none of an option's values. ArgumentParser puts the value and the option
/// before this message.
struct UnknownChoice: Error, CustomStringConvertible, LocalizedError {
    /// The nearest value, when the typed one looks like a slip of the keyboard.
    let suggestion: String?
    /// Every value, as help lists them.
    let choices: [String]

    var description: String {
        (suggestion.map { "Did you mean '\($0)'? " } ?? "") + "Choose from: " + choices.joined(separator: ", ") + "."
    }

    var errorDescription: String? { description }
}

extension Role: SuggestingChoice {
    /// A role as people write it ("expert by experience", "EbE", "staff").
    public init?(argument: String) { self.init(text: argument) }

    /// The role in words, as help lists it.
    public var defaultValueDescription: String { name }

    /// The roles in words, for help and for the message when one is mistyped.
    public static var allValueStrings: [String] { allCases.map(\.name) }
}

extension ConsentAnswer: SuggestingChoice {
    /// An answer as people write it: given or yes, withdrawn or no.
    public init?(argument: String) { self.init(text: argument) }
}

// MARK: - Format lists

/// A format that can be named after `--to`. The library reads the list, so the command line and
/// the library share one rule.
protocol ListedFormat: Equatable, Sendable {
    associatedtype ListError: Error
    /// Reads a comma-separated list such as `html,docx`, in the order given, without repeats.
    static func list(_ text: String) throws(ListError) -> [Self]
    /// Every format, in the order help lists them.
    static var every: [Self] { get }
    /// The name used in `--to`.
    var name: String { get }
    /// What the format is, in words a user knows.
    var summary: String { get }
}

extension OutputFormat: ListedFormat {
    static var every: [OutputFormat] { allCases }
    var name: String { rawValue }
}

extension AgendaFormat: ListedFormat {
    static var every: [AgendaFormat] { all }
    var name: String { description }
}

/// The formats given after `--to`, separated by commas: `html,docx`.
///
/// Options of this type read it with `parse`, so a mistyped format is refused with its name and
/// the formats on offer, and take their help from `help`, which lists every format with what it is.
struct FormatList<Format: ListedFormat>: ExpressibleByArgument {
    /// The formats, in the order given, without repeats.
    let formats: [Format]

    init(_ formats: [Format]) {
        self.formats = formats
    }

    /// Reads a list such as `html,docx` for `@Option(transform:)`.
    static func parse(_ text: String) throws(Format.ListError) -> FormatList {
        FormatList(try Format.list(text))
    }

    /// The help of a `--to` option: `abstract`, the formats written when it is left out (if any),
    /// then every format with what it is. (Help shows no default for an option read with `parse`.)
    static func help(_ abstract: String, leftOut formats: FormatList? = nil) -> ArgumentHelp {
        let leftOut = formats.map { " If you leave it out: \($0.defaultValueDescription)." } ?? ""
        return ArgumentHelp(abstract + leftOut, valueName: "formats", argumentType: FormatList.self)
    }

    /// Reads a list as `parse` does, without its message; options use `parse`, to keep the message.
    init?(argument: String) {
        guard let list = try? Self.parse(argument) else { return nil }
        self = list
    }

    /// The list as it is typed: `html,docx,fodt`.
    var defaultValueDescription: String { formats.map(\.name).joined(separator: ",") }

    /// Every format's name, for help.
    static var allValueStrings: [String] { Format.every.map(\.name) }

    /// What each format is, so help lists the formats one a line: `docx - Word document`.
    static var allValueDescriptions: [String: String] {
        Dictionary(Format.every.map { ($0.name, $0.summary) }, uniquingKeysWith: { first, _ in first })
    }
}

extension FormatList where Format == OutputFormat {
    /// The formats written when `--to` is left out: a web page, Word and LibreOffice.
    static var usual: FormatList { FormatList([.html, .docx, .fodt]) }
}

extension FormatList where Format == AgendaFormat {
    /// The formats an agenda is written in when `--to` is left out: all but PDF.
    static var usual: FormatList { FormatList(AgendaFormat.usual) }
}
