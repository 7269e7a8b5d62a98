import ArgumentParser
import Documents
import PlainLanguage
import SpeakingTurns

// The values a user picks from, as enums: help lists them, and a mistyped one is refused with the list.

/// How findings are printed: for people, or as JSON for programs.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

extension FailureLevel: ExpressibleByArgument {}

extension Role: ExpressibleByArgument {
    /// A role as people write it ("expert by experience", "EbE", "staff").
    public init?(argument: String) { self.init(text: argument) }

    /// The roles in words, for help and for the message when one is mistyped.
    public static var allValueStrings: [String] { allCases.map(\.name) }
}

extension ConsentAnswer: ExpressibleByArgument {
    /// An answer as people write it: given or yes, withdrawn or no.
    public init?(argument: String) { self.init(text: argument) }
}

extension WriterOptions.PageSize: ExpressibleByArgument {
    /// A paper size as people write it: a4 or A4, letter or Letter.
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// The `--page-size` option of every command that writes Word and LibreOffice documents.
struct PageSizeOption: ParsableArguments {
    @Option(name: .customLong("page-size"),
            help: ArgumentHelp("The paper size for Word and LibreOffice documents, and for web pages when you print them.",
                               valueName: "size"))
    var size: WriterOptions.PageSize = .a4
}
