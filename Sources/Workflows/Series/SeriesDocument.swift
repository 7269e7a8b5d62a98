import Documents
import SessionStore
import SpeakingTurns

extension SeriesReport {
    /// The report's title: "How the series is going: Community of Practice".
    public var title: String { programme.map { "How the series is going: \($0)" } ?? "How our sessions are going" }

    /// The name its files share: `series-report-community-of-practice`, or `series-report` for every session.
    public var fileName: String {
        let slug = programme.map { Contents.slug($0) } ?? ""
        return slug.isEmpty ? "series-report" : "series-report-" + String(slug.prefix(60))
    }

    /// A few sentences on the whole series, such as "17 different people came; 9 of them came to
    /// more than one session."
    public var overview: [String] {
        var sentences = [sessionsSentence]
        guard people > 0 else { return sentences + ["Nobody has been marked present at any session yet."] }
        sentences.append("\(Self.count(people, "different person", "different people")) came; \(peopleWhoCameBack) of them came to more than one session.")
        if experts > 0 {
            sentences.append("Of the \(Self.count(experts, "expert by experience", "experts by experience")) who came, \(expertsWhoCameBack) came back for another session.")
        }
        let roles = rolesHeard
        let time = speakingPercentages(roles)
        let places = placePercentages(roles)
        if let share = time[.expertByExperience] {
            sentences.append("Experts by experience spoke for \(share) % of the time, and took \(places[.expertByExperience] ?? 0) % of the places at sessions.")
        }
        let actions = self.actions
        if actions.raised > 0 {
            sentences.append("\(Self.count(actions.raised, "action was", "actions were")) raised: \(actions.done) done, \(actions.notPossible) not possible and \(actions.open) still open.")
        }
        return sentences
    }

    /// "The series has 4 sessions, from 13 January 2027 to 13 October 2027. 1 has no attendance recorded yet."
    private var sessionsSentence: String {
        let dates = sessions.compactMap(\.details.date)
        var sentence = "The series has \(Self.count(sessions.count, "session", "sessions"))"
        if let first = dates.min(), let last = dates.max() {
            sentence += first == last ? ", on \(first.long)." : ", from \(first.long) to \(last.long)."
        } else {
            sentence += "."
        }
        let waiting = sessions.count - heldSessions.count
        if waiting > 0 && waiting < sessions.count {
            sentence += " \(waiting == 1 ? "1 of them has" : "\(waiting) of them have") no attendance recorded yet."
        }
        return sentence
    }

    /// The whole report, with no name in it: headings, sentences that say what each figure means,
    /// tables, and bar charts (a picture on a web page; a table with shaded bars in Word and
    /// LibreOffice).
    public func document() -> Document {
        var blocks: [Block] = [heading("The series at a glance"), paragraph(overview.joined(separator: " "))]
        blocks += sessionList + whoCame + newAndReturning + expertsCameBack + speakingTime + actionBlocks
        blocks.append(paragraph("This report gives counts only. It names nobody, and leaves out what people said and wrote."))
        let subtitle = "\(Self.count(sessions.count, "session", "sessions")); \(Self.count(people, "person", "people")) came"
        let metadata = Metadata(title: title, subtitle: subtitle, date: heldSessions.compactMap(\.details.date).max(),
                                summary: "Who came, who came back, who spoke and what was done, session by session, in counts only.",
                                keywords: ["co-production", "series report"])
        return Document(metadata: metadata, blocks: blocks)
    }

    /// What a session is called in tables and charts: its date, or its title when it has none.
    private func label(_ session: Session) -> String { session.details.date?.long ?? session.details.title }

    private static let noAttendance = "No attendance recorded yet"

    private var sessionList: [Block] {
        [heading("The sessions"),
         paragraph("Each session in the series, in date order, with the number of people marked present."),
         table(["Date", "Session", "People who came"], [.left, .left, .right], sessions.map { session in
             [session.details.date?.long ?? "No date set", session.details.title,
              session.hasAttendance ? "\(session.attended)" : Self.noAttendance]
         })]
    }

    private var whoCame: [Block] {
        let roles = rolesPresent
        let most = sessions.map(\.attended).max() ?? 0
        guard most > 0 else { return [] }
        return [
            heading("Who came"),
            paragraph("How many people came to each session, by role. A person counts once at each session they came to."),
            .barChart(BarChart(caption: "The number of people at each session.", labelHeading: "Session", valueHeading: "People who came",
                               bars: sessions.map { session in
                                   BarChart.Bar(label: label(session), share: Double(session.attended) / Double(most),
                                                value: session.hasAttendance ? Self.count(session.attended, "person", "people") : Self.noAttendance)
                               })),
            table(["Session"] + roles.map(\.pluralName) + ["Everyone"], [.left] + roles.map { _ in .right } + [.right], sessions.map { session in
                guard session.hasAttendance else { return [label(session), Self.noAttendance] }
                return [label(session)] + roles.map { "\(session.attendance[$0] ?? 0)" } + ["\(session.attended)"]
            }),
        ]
    }

    private var newAndReturning: [Block] {
        guard people > 0 else { return [] }
        return [
            heading("New and returning people"),
            paragraph("New means it was the person's first session in the series. Returning means they had come to an earlier session of the series."),
            .barChart(BarChart(caption: "The share of each session's people who had come before.", labelHeading: "Session",
                               valueHeading: "Returning people", bars: sessions.map { session in
                                   guard session.hasAttendance else { return BarChart.Bar(label: label(session), share: 0, value: Self.noAttendance) }
                                   let share = Double(session.returning) / Double(session.attended)
                                   return BarChart.Bar(label: label(session), share: share,
                                                       value: "\(session.returning) of \(session.attended) (\(Int((share * 100).rounded())) %)")
                               })),
            table(["Session", "People who came", "New", "Returning", "Experts by experience returning"], [.left, .right, .right, .right, .right],
                  sessions.map { session in
                      guard session.hasAttendance else { return [label(session), Self.noAttendance] }
                      return [label(session), "\(session.attended)", "\(session.newcomers)", "\(session.returning)", "\(session.returningExperts)"]
                  }),
        ]
    }

    private var expertsCameBack: [Block] {
        guard people > 0 else { return [] }
        guard experts > 0 else {
            return [heading("Experts by experience who came back"), paragraph("No expert by experience has been marked present at a session yet.")]
        }
        return [
            heading("Experts by experience who came back"),
            paragraph("\(Self.count(experts, "expert by experience", "experts by experience")) came to at least one session. \(expertsWhoCameBack) of them came to two sessions or more. The table shows how many came to each number of sessions."),
            table(["Sessions they came to", "Experts by experience"], [.left, .right], expertVisits.map { row in
                [Self.count(row.sessions, "session", "sessions"), "\(row.experts)"]
            }),
        ]
    }

    private var speakingTime: [Block] {
        guard !heldSessions.isEmpty else { return [] }
        let roles = rolesHeard
        let time = speakingPercentages(roles)
        guard !time.isEmpty else {
            return [heading("Speaking time by role"), paragraph("No speaking turns have been recorded at any session yet, so there are no shares of speaking time.")]
        }
        let places = placePercentages(roles)
        let total = speakingSeconds.values.reduce(0, +)
        return [
            heading("Speaking time by role"),
            paragraph("Each role's share of all the speaking time recorded in the series, beside its share of the places at sessions. A person who came to three sessions takes three places. If a role's share of the time is well below its share of the places, that role was heard less than its numbers."),
            .barChart(BarChart(caption: "Each role's share of the speaking time over the whole series.", labelHeading: "Role",
                               valueHeading: "Share of speaking time", bars: roles.map { role in
                                   BarChart.Bar(label: role.pluralName, share: (speakingSeconds[role] ?? 0) / total,
                                                value: "\(time[role] ?? 0) % of the time · \(places[role] ?? 0) % of the places")
                               })),
            table(["Role", "Share of speaking time", "Share of places"], [.left, .right, .right], roles.map { role in
                [role.pluralName, "\(time[role] ?? 0) %", "\(places[role] ?? 0) %"]
            }),
            paragraph("Each session's shares of the speaking time, by role. The shares of a session add up to 100 %."),
            table(["Session"] + roles.map(\.pluralName), [.left] + roles.map { _ in .right }, sessions.map { session in
                guard session.hasAttendance || session.hasSpeaking else { return [label(session), Self.noAttendance] }
                guard session.hasSpeaking else { return [label(session), "No speaking turns recorded"] }
                let shares = session.speakingPercentages(roles)
                return [label(session)] + roles.map { "\(shares[$0] ?? 0) %" }
            }),
        ]
    }

    private var actionBlocks: [Block] {
        let actions = self.actions
        guard actions.raised > 0 else {
            return [heading("Actions raised and closed"), paragraph("No actions have been recorded for these sessions yet.")]
        }
        let raisedAt = sessions.filter { $0.actions.raised > 0 }
        return [
            heading("Actions raised and closed"),
            paragraph("The actions raised at each session and where they stand now. An action is closed when it is done, or when it was found not possible and people were told why."),
            .barChart(BarChart(caption: "The share of each session's actions that are closed.", labelHeading: "Session",
                               valueHeading: "Actions closed", bars: raisedAt.map { session in
                                   let share = Double(session.actions.closed) / Double(session.actions.raised)
                                   return BarChart.Bar(label: label(session), share: share,
                                                       value: "\(session.actions.closed) of \(session.actions.raised) (\(Int((share * 100).rounded())) %)")
                               })),
            table(["Session", "Raised", "Done", "Not possible", "Still open"], [.left, .right, .right, .right, .right],
                  sessions.map { session in [label(session)] + Self.tally(session.actions) } + [["All sessions"] + Self.tally(actions)]),
        ]
    }

    private static func tally(_ actions: SeriesRecord.ActionTally) -> [String] {
        ["\(actions.raised)", "\(actions.done)", "\(actions.notPossible)", "\(actions.open)"]
    }

    private func heading(_ text: String) -> Block { .heading(Heading(level: 2, [.text(text)])) }
    private func paragraph(_ text: String) -> Block { .paragraph(Paragraph([.text(text)])) }

    private func table(_ header: [String], _ alignments: [Table.Alignment], _ rows: [[String]]) -> Block {
        .table(Table(alignments: alignments, header: header.map { [.text($0)] }, rows: rows.map { $0.map { [.text($0)] } }))
    }

    private static func count(_ value: Int, _ one: String, _ many: String) -> String { value == 1 ? "1 \(one)" : "\(value) \(many)" }
}
