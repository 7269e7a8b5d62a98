import Documents

/// Builds "Our sessions for 2027" as a `Document` for the shared writers: when the group meets,
/// a table of the dates, themes and guests, then each session in full.
public struct ProgrammeDocument: Sendable {
    /// Creates a builder.
    public init() {}

    /// The document for `programme`; `calendarFile` names the calendar file sent with it, if any.
    public func build(_ programme: Programme, calendarFile: String? = nil) -> Document {
        let sessions = programme.sessionsByDate
        let metadata = Metadata(title: "Our sessions for \(programme.years)", subtitle: programme.name, date: sessions.first?.date,
                                organisation: programme.organisation, authors: programme.organisers,
                                summary: "The \(programme.name) sessions for \(programme.years), with their themes and guests.",
                                keywords: ["programme", programme.name])
        let times = AgendaTimes(timeZone: programme.timeZone)
        var intro = "We meet \(programme.rhythm.words), usually on a \(programme.weekday.name), from \(programme.start) to \(programme.end)"
        if let first = sessions.first { intro += " (\(programme.timeZone), \(times.offsetLabel(first.date, programme.start)) on \(first.date.long))" }
        var blocks: [Block] = [.paragraph(Paragraph([.text(intro + ".")]))]
        if let calendarFile {
            blocks.append(.paragraph(Paragraph([.text("To put every session in your calendar, open the file "), .code(calendarFile), .text(".")])))
        }
        blocks.append(.heading(Heading(level: 2, [.text("Dates")])))
        let rows: [[[Inline]]] = sessions.map { session in
            [[.text("\(session.date.weekdayName) \(session.date.long)")], [.text(session.theme ?? "To be decided")], [.text(session.guest ?? "")]]
        }
        blocks.append(.table(Table(alignments: [.left, .left, .left], header: [[.text("Date")], [.text("Theme")], [.text("Guest")]], rows: rows)))
        blocks.append(.heading(Heading(level: 2, [.text("The sessions")])))
        for session in sessions {
            blocks.append(.heading(Heading(level: 3, [.text("\(session.date.long): \(session.theme ?? "theme to be decided")")])))
            if let guest = session.guest { blocks.append(.paragraph(Paragraph([.strong([.text("Guest:")]), .text(" " + guest)]))) }
            if let description = session.description { blocks.append(.paragraph(Paragraph([.text(description)]))) }
        }
        if !programme.organisers.isEmpty {
            blocks.append(.paragraph(Paragraph([.strong([.text("Organised by:")]), .text(" " + programme.organisers.joined(separator: ", "))])))
        }
        return Document(metadata: metadata, blocks: blocks)
    }
}
