import ArgumentParser
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
