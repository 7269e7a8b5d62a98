/// The line under a document's title that says when, by whom and for whom it was written; the
/// HTML, plain text, DOCX and FODT writers all use it, so every format says the same.
public struct DocumentDetails: Sendable {
    /// The parts of the line, in reading order.
    public let parts: [String]

    /// Collects the date, organisation and authors of `metadata`.
    public init(_ metadata: Metadata) {
        var parts: [String] = []
        if let date = metadata.date { parts.append(date.long) }
        if let organisation = metadata.organisation, !organisation.isEmpty { parts.append(organisation) }
        let authors = metadata.authors.filter { !$0.isEmpty }
        if !authors.isEmpty { parts.append("Written by " + authors.joined(separator: ", ")) }
        self.parts = parts
    }

    /// The parts joined with a middle dot, or an empty string.
    public var line: String { parts.joined(separator: " · ") }
}
