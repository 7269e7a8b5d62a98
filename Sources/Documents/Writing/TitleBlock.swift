/// The lines under a document's title, in order: the subtitle, a line that says when, by whom and
/// for whom it was written, and the summary. It is built once, when a document is prepared, so
/// every format shows the same lines; a writer only chooses how each kind of line looks.
package struct TitleBlock: Sendable, Equatable {
    /// What a line under the title is.
    package enum Kind: Sendable, Equatable {
        /// A line that says what the document is, under the title.
        case subtitle
        /// The date, organisation and authors.
        case details
        /// A sentence or two saying what the document is for.
        case summary
    }

    /// One line under the title.
    package struct Line: Sendable, Equatable {
        package let kind: Kind
        package let text: String
    }

    /// The lines that have something to say, in reading order.
    package let lines: [Line]

    /// The lines `metadata` gives.
    package init(_ metadata: Metadata) {
        let candidates: [(Kind, String?)] = [(.subtitle, metadata.subtitle), (.details, Self.details(metadata)), (.summary, metadata.summary)]
        lines = candidates.compactMap { kind, text in
            guard let text, !text.isEmpty else { return nil }
            return Line(kind: kind, text: text)
        }
    }

    /// The date, organisation and authors of `metadata`, joined by a middle dot, or an empty string.
    package static func details(_ metadata: Metadata) -> String {
        var parts: [String] = []
        if let date = metadata.date { parts.append(date.long) }
        if let organisation = metadata.organisation, !organisation.isEmpty { parts.append(organisation) }
        let authors = metadata.authors.filter { !$0.isEmpty }
        if !authors.isEmpty { parts.append("Written by " + authors.joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }
}
