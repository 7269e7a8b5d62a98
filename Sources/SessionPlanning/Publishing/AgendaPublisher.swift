import Documents
import Foundation

/// A format an agenda is published in: one of the shared document formats, or a calendar invite.
public enum AgendaFormat: Sendable, Equatable, CustomStringConvertible {
    /// A document, written by the same writers as any other document.
    case document(OutputFormat)
    /// A calendar invite (`.ics`): the session as one event, repeating when the agenda says so.
    case calendar

    /// Every format: html, docx, fodt, md, txt, pdf, ics.
    public static let all: [AgendaFormat] = OutputFormat.allCases.map { .document($0) } + [.calendar]

    /// The formats written when none are asked for: every one but PDF, which needs LibreOffice
    /// and is made only when asked for.
    public static let usual: [AgendaFormat] = all.filter { $0 != .document(.pdf) }

    /// The name used in `--to`.
    public var description: String {
        switch self {
        case .document(let format): return format.rawValue
        case .calendar: return "ics"
        }
    }

    /// What the format is, in words a user knows: "Word document", "calendar invite".
    public var summary: String {
        switch self {
        case .document(let format): return format.summary
        case .calendar: return "calendar invite"
        }
    }

    /// Reads a comma-separated list such as `html,ics`, in the order given, without repeats.
    public static func list(_ text: String) throws(AgendaFormatError) -> [AgendaFormat] {
        try CommaList.parse(text, { name in
            ["ics", "ical", "icalendar", "calendar"].contains(name) ? .calendar : OutputFormat(name: name).map(AgendaFormat.document)
        }, failure: AgendaFormatError.init(name:))
    }
}

/// A format name that Roundtable does not publish agendas in.
public struct AgendaFormatError: Error, CustomStringConvertible, LocalizedError, Sendable {
    /// The name that was asked for.
    public let name: String

    /// The message for the user, naming the formats on offer.
    public var description: String {
        "Roundtable cannot write an agenda as '\(name)'. Choose from: "
            + AgendaFormat.all.map(\.description).joined(separator: ", ") + ", separated by commas, for example docx,ics."
    }

    public var errorDescription: String? { description }
}

/// Publishes an agenda: the document formats through the shared writers, and the calendar invite.
public struct AgendaPublisher: Sendable {
    /// The formats to write, in order.
    public var formats: [AgendaFormat]
    /// Who the version is for; the facilitators' version is named `NAME-facilitator.*`.
    public var audience: AgendaAudience
    /// How the document formats are written.
    public var options: WriterOptions

    /// Creates a publisher for `formats`, writing the documents with `options`.
    public init(formats: [AgendaFormat] = AgendaFormat.usual, audience: AgendaAudience = .everyone, options: WriterOptions = .standard) {
        self.formats = formats
        self.audience = audience
        self.options = options
    }

    /// One file per format in `folder`, named `baseName.<extension>` (with `-facilitator` added
    /// for the facilitators' version), ready to be written all or nothing.
    public func files(for agenda: Agenda, schedule: Schedule, baseName: String, into folder: URL) throws -> [OutputFiles.File] {
        let name = audience.isFacilitators ? baseName + "-facilitator" : baseName
        let document = AgendaDocument(audience: audience).build(agenda, schedule: schedule)
        return try formats.map { format in
            switch format {
            case .document(let output):
                return try OutputFiles.documents(document, formats: [output], options: options, baseName: name, folder: folder)[0]
            case .calendar:
                let writer = ICalendarWriter()
                return OutputFiles.File(url: folder.appendingPathComponent(name + "." + writer.fileExtension),
                                        data: writer.write(agenda, schedule: schedule))
            }
        }
    }
}
