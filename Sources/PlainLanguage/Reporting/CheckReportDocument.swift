import Documents

/// Builds the checker's findings as a Document, so an expert by experience can receive the
/// report as a Word file, a LibreOffice file or a web page.
public struct CheckReportDocument: Sendable {
    /// Creates a report builder; it has no settings.
    public init() {}

    /// The report for one checked file.
    public func document(_ report: CheckReport) -> Document {
        var blocks: [Block] = []
        let counts = FindingCounts.byRule(report.diagnostics)
        blocks.append(.paragraph(Paragraph([.text("Roundtable checked \(report.file) for jargon, labels that can hurt, unexplained acronyms and long sentences. It found \(counts).")])))
        if let readability = report.readability {
            blocks.append(.heading(Heading(level: 2, [.text("How easy it is to read")])))
            blocks.append(.paragraph(Paragraph([.text(ReadingAgeWords.sentence(readability))])))
        }
        if !report.diagnostics.isEmpty {
            blocks.append(.heading(Heading(level: 2, [.text("What to look at")])))
            blocks.append(.table(Table(
                alignments: [.left, .left, .left, .left],
                header: [[.text("Where")], [.text("Words")], [.text("What we found")], [.text("Try instead")]],
                rows: report.diagnostics.map { diagnostic in
                    var place = diagnostic.location.paragraph.map { "Paragraph \($0)" } ?? ""
                    if let position = diagnostic.location.position { place = "Line \(position.line)" }
                    return [[.text(place)], [.strong([.text(diagnostic.excerpt ?? "")])],
                            [.text(diagnostic.message)], [.text(diagnostic.suggestion ?? "")]]
                })))
        }
        if !report.acronyms.isEmpty {
            blocks.append(.heading(Heading(level: 2, [.text("Acronyms used")])))
            blocks.append(.list(ListBlock(kind: .bullet, items: report.acronyms.map { use in
                var text = use.acronym
                if !use.meanings.isEmpty { text += ": " + use.meanings.joined(separator: " or ") }
                text += use.explained ? " (explained in the text)" : " (not explained)"
                return ListItem(blocks: [.paragraph(Paragraph([.text(text)]))])
            })))
        }
        if !report.termsUsed.isEmpty {
            blocks.append(.heading(Heading(level: 2, [.text("Words we found and what they mean")])))
            blocks.append(.table(Table(alignments: [.left, .left, .left],
                                       header: [[.text("Word")], [.text("What it means")], [.text("Plainer words")]],
                                       rows: report.termsUsed.map(JargonBuster.row))))
        }
        return Document(metadata: Metadata(title: "Plain-language check: \(report.file)",
                                           summary: "What Roundtable found when it checked \(report.file) for plain language."),
                        blocks: blocks)
    }
}

/// Says a reading age in words.
package enum ReadingAgeWords {
    /// "A reader needs a reading age of about 13 years (Flesch reading ease 52, fairly hard). …"
    package static func sentence(_ readability: Readability) -> String {
        guard readability.sentences > 0 else { return "There were no sentences to measure." }
        let age = Int(readability.readingAge.rounded())
        var text = "A reader needs a reading age of about \(age) years (Flesch reading ease \(Int(readability.fleschReadingEase.rounded())), \(readability.band))."
        text += age > 11 ? " For most readers, aim for 11 or below: shorter sentences and everyday words help." : " Most readers will find this easy to follow."
        if readability.longSentences > 0 {
            text += " \(readability.longSentences) sentence\(readability.longSentences == 1 ? " is" : "s are") longer than 25 words."
        }
        return text
    }
}
