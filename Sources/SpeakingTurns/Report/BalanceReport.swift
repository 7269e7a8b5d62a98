import Documents
import Foundation

/// The speaking-balance report of a session as a `Document`: figures, bar charts and a few plain
/// sentences of reading. People without recorded consent are "Participant A", "Participant B"…
/// everywhere in it, metadata included, and organisations are left out.
public struct BalanceReport: Sendable {
    /// The session reported on.
    public var session: SessionDetails
    /// Its balance figures.
    public var metrics: BalanceMetrics
    /// Turns closed after the tracker stopped unexpectedly, counted up to their last known moment.
    public var interruptedTurns: Int

    /// Creates the report of `session` from its figures.
    public init(session: SessionDetails, metrics: BalanceMetrics, interruptedTurns: Int = 0) {
        self.session = session
        self.metrics = metrics
        self.interruptedTurns = interruptedTurns
    }

    /// People in the order the report lists them: most speaking time first, ties in the order given.
    var rows: [(person: BalanceMetrics.Person, percent: Int)] {
        zip(metrics.people, metrics.personPercentages).enumerated()
            .sorted { a, b in
                a.element.0.totalSeconds != b.element.0.totalSeconds ? a.element.0.totalSeconds > b.element.0.totalSeconds : a.offset < b.offset
            }
            .map { (person: $0.element.0, percent: $0.element.1) }
    }

    /// The sentences that say what the figures mean, such as "Experts by experience were 40 % of
    /// the people present and spoke for 22 % of the time."
    public var reading: [String] {
        let rows = self.rows
        let names = PublicNames(rows.map(\.person.participant))
        let silent = rows.filter { $0.person.turnCount == 0 }.map { names.nameWithRole(of: $0.person.participant) }
        guard metrics.turnCount > 0, !silent.isEmpty else { return overview }
        let list = ListInWords.joined(silent)
        return overview + ["\(silent.count == 1 ? "1 person" : "\(silent.count) people") did not speak: \(list)."]
    }

    /// The reading without anybody's name: how many spoke, and how one role fared (experts by
    /// experience when any were present, otherwise the role heard least for its numbers).
    var overview: [String] {
        let present = metrics.people.count
        let spoke = metrics.people.filter { $0.turnCount > 0 }.count
        let people = present == 1 ? "1 person was" : "\(present) people were"
        guard metrics.turnCount > 0 else { return ["\(people) present and nobody has spoken yet."] }
        let who = spoke == present ? (present == 1 ? "they spoke" : "all of them spoke") : "\(spoke) of them spoke"
        var sentences = ["\(people) present and \(who), in \(count(metrics.turnCount, "turn")) over \(Durations.words(metrics.totalSeconds))."]
        let shares = Array(zip(metrics.roles, zip(metrics.rolePeoplePercentages, metrics.roleTimePercentages)))
        let chosen = shares.first { $0.0.role == .expertByExperience } ?? shares.min { ($0.0.parity ?? 0) < ($1.0.parity ?? 0) }
        if let (role, (peoplePercent, timePercent)) = chosen, shares.count > 1 {
            sentences.append("\(role.role.pluralName) were \(peoplePercent) % of the people present and spoke for \(timePercent) % of the time.")
        }
        return sentences
    }

    /// The whole report.
    public func document() -> Document {
        let rows = self.rows
        let names = PublicNames(rows.map(\.person.participant))
        let reading = self.reading
        var blocks: [Block] = [
            heading("What the figures say"),
            .paragraph(Paragraph([.text(reading.joined(separator: " "))])),
        ]
        if interruptedTurns > 0 {
            blocks.append(paragraph("\(interruptedTurns == 1 ? "1 turn was" : "\(interruptedTurns) turns were") cut short when the tracker stopped unexpectedly; each is counted up to the last moment it was known to be running."))
        }
        if metrics.currentSpeaker != nil {
            blocks.append(paragraph("Someone was still speaking when this report was made; their turn is counted up to then."))
        }
        blocks.append(heading("Speaking time by person"))
        blocks.append(.barChart(BarChart(
            caption: "Each person's share of the speaking time.", labelHeading: "Person", valueHeading: "Share of speaking time",
            bars: rows.map { row in
                BarChart.Bar(label: names.nameWithRole(of: row.person.participant), share: row.person.share,
                             value: "\(row.percent) % · \(count(row.person.turnCount, "turn"))")
            })))
        blocks.append(.table(Table(
            alignments: [.left, .left, .right, .right, .right, .right, .right],
            header: ["Person", "Role", "Speaking time", "Share", "Turns", "Mean turn", "Longest turn"].map { [.text($0)] },
            rows: rows.map { row in
                [names.name(of: row.person.participant), row.person.participant.role.name, Durations.clock(row.person.totalSeconds),
                 "\(row.percent) %", "\(row.person.turnCount)", row.person.meanSeconds.map(Durations.clock) ?? "–",
                 row.person.turnCount > 0 ? Durations.clock(row.person.longestSeconds) : "–"].map { [.text($0)] }
            })))
        blocks.append(heading("Speaking time by role"))
        let roleRows = Array(zip(metrics.roles, zip(metrics.rolePeoplePercentages, metrics.roleTimePercentages)))
        blocks.append(.barChart(BarChart(
            caption: "Each role's share of the speaking time, beside its share of the people present.",
            labelHeading: "Role", valueHeading: "Share of speaking time",
            bars: roleRows.map { role, percents in
                BarChart.Bar(label: role.role.pluralName, share: role.timeShare,
                             value: "\(percents.1) % of the time · \(percents.0) % of the people")
            })))
        blocks.append(.table(Table(
            alignments: [.left, .right, .right, .right, .right],
            header: ["Role", "People present", "Share of people", "Share of time", "Parity"].map { [.text($0)] },
            rows: roleRows.map { role, percents in
                [role.role.pluralName, "\(role.peopleCount)", "\(percents.0) %", "\(percents.1) %",
                 role.parity.map { decimal($0) } ?? "–"].map { [.text($0)] }
            })))
        blocks.append(paragraph("Parity is a role's share of the time divided by its share of the people: 1.00 is fair, below 1 means the role was heard less than its numbers, above 1 more."))
        blocks.append(heading("The whole session"))
        blocks.append(.list(ListBlock(kind: .bullet, items: [
            "Gini coefficient: \(metrics.gini.map { decimal($0) } ?? "–") (0 means everyone present spoke for the same time; the nearer to 1, the more a few people did the talking).",
            "Evenness: \(metrics.evenness.map { decimal($0) } ?? "–") (1 means speaking time was spread perfectly evenly; 0 means one person did all the talking).",
            "Variance of the number of turns: \(metrics.turnCountVariance.map { decimal($0) } ?? "–") (0 means everyone took the same number of turns).",
        ].map { ListItem(blocks: [paragraph($0)]) })))
        blocks.append(paragraph("Everyone present counts, including people who did not speak. People who have not agreed to be named are shown as Participant A, Participant B and so on."))
        let metadata = Metadata(title: "Speaking balance: \(session.title)", subtitle: session.theme, date: session.date,
                                summary: overview.joined(separator: " "),
                                keywords: ["co-production", "speaking balance"])
        return Document(metadata: metadata, blocks: blocks)
    }

    private func heading(_ text: String) -> Block { .heading(Heading(level: 2, [.text(text)])) }
    private func paragraph(_ text: String) -> Block { .paragraph(Paragraph([.text(text)])) }
    private func decimal(_ value: Double) -> String { String(format: "%.2f", value) }
    private func count(_ value: Int, _ noun: String) -> String { value == 1 ? "1 \(noun)" : "\(value) \(noun)s" }
}
