import Documents
import Foundation
import SessionStore
import SpeakingTurns

/// The full-screen live tracker: reads keys, commits each one to the store before the screen
/// changes, writes a heartbeat every second and redraws the running clock.
struct LiveView {
    let store: SessionStore
    let session: SessionDetails

    func run() throws {
        var status: String
        if let recovered = try store.beginLive(session: session.id, at: Date()) {
            status = "\(recovered.person.displayName)'s turn was still running when Roundtable last stopped unexpectedly; it was ended at \(LocalTime.clock(recovered.turn.end ?? recovered.turn.start)), the last moment it was known to be running."
        } else {
            status = "Press a person's key when they start speaking."
        }
        let terminal = try Terminal()
        defer { terminal.restore() }
        var lastBeat = Date()
        var quit = false
        while !quit && !terminal.stopRequested {
            let now = Date()
            if now.timeIntervalSince(lastBeat) >= 1 {
                do {
                    try store.heartbeat(session: session.id, at: now)
                    lastBeat = now
                } catch {
                    status = message(error)
                }
            }
            let keys: SpeakerKeys
            do {
                let turns = try store.turns(session: session.id, now: now)
                keys = SpeakerKeys(participants: Array(turns.participants.prefix(turns.presentCount)))
                terminal.draw(LiveScreen(session: session, metrics: turns.metrics(now: now), keys: keys, status: status,
                                         width: terminal.columns).lines)
            } catch {
                terminal.draw(["Roundtable live · \(session.title)", "", message(error), "", "Press q to quit."])
                keys = SpeakerKeys(participants: [])
            }
            // Wait for keys until the next whole second, when the clock moves on.
            let wait = Int32(max(10, 1000 - Int(Date().timeIntervalSince1970 * 1000) % 1000))
            for key in terminal.keys(waiting: wait) {
                guard let action = keys.action(for: key) else {
                    status = "The key '\(key.isWhitespace ? "space" : String(key))' does nothing here. Press a person's key, space, u or q."
                    continue
                }
                do {
                    switch action {
                    case .startTurn(let person):
                        let change = try store.startTurn(session: session.id, person: person, source: .live, at: Date())
                        status = "\(change.started.person.displayName) is speaking."
                    case .endTurn:
                        let ended = try store.stopTurn(session: session.id, at: Date())
                        status = "\(ended.person.displayName)'s turn ended after \(Durations.clock(ended.turn.seconds(now: Date())))."
                    case .undo:
                        status = try store.undo(session: session.id, at: Date()).sentence
                    case .quit:
                        quit = true
                    }
                } catch {
                    status = message(error)
                }
                if quit { break }
            }
        }
        let ended = try store.endLive(session: session.id, at: Date())
        terminal.restore()
        if let ended {
            print("\(ended.person.displayName)'s turn ended when the live view closed. To carry on, run 'roundtable turns live \(session.id)' again (press u there to undo that end).")
        }
        print("Saved. See the balance with 'roundtable turns list \(session.id)' or write the report with 'roundtable turns report \(session.id)'.")
    }

    private func message(_ error: any Error) -> String {
        if let error = error as? StoreError { return Advice.message(for: error) }
        return (error as? LocalizedError)?.errorDescription ?? "\(error)"
    }
}

/// What the live view shows, as lines of text no wider than the terminal.
struct LiveScreen {
    let session: SessionDetails
    let metrics: BalanceMetrics
    let keys: SpeakerKeys
    let status: String
    let width: Int

    var lines: [String] {
        var lines: [String] = []
        lines.append("Roundtable live · \(session.title)\(session.date.map { " · \($0.long)" } ?? "")")
        if let speaker = metrics.currentSpeaker {
            lines.append("Now speaking: \(speaker.participant.displayName) (\(speaker.participant.role.name))  \(Durations.clock(speaker.runningSeconds ?? 0))")
        } else {
            lines.append("Nobody is speaking.")
        }
        lines.append("")
        let nameWidth = min(24, max(6, keys.assigned.map(\.participant.displayName.count).max() ?? 6))
        lines.append("Key  " + "Person".padded(nameWidth) + "  " + "Role".padded(20) + "   Time  Share  Turns")
        let percents = Dictionary(zip(metrics.people.map(\.participant.id), zip(metrics.people, metrics.personPercentages)),
                                  uniquingKeysWith: { first, _ in first })
        for (key, participant) in keys.assigned {
            guard let (person, percent) = percents[participant.id] else { continue }
            let marker = person.isSpeaking ? "▶" : " "
            lines.append("\(marker)\(key)   " + participant.displayName.padded(nameWidth) + "  " + participant.role.name.padded(20)
                         + Durations.clock(person.totalSeconds).leftPadded(7) + "\(percent) %".leftPadded(7)
                         + "\(person.turnCount)".leftPadded(7) + "  " + BarChart.textBar(person.share, width: 12))
        }
        if !keys.withoutKey.isEmpty {
            lines.append("No key (more than 33 people): \(keys.withoutKey.map(\.displayName).joined(separator: ", ")). Use 'roundtable turns start'.")
        }
        lines.append("")
        lines.append("By role".padded(nameWidth + 25) + "share of time · of people · parity")
        for (role, percents) in zip(metrics.roles, zip(metrics.roleTimePercentages, metrics.rolePeoplePercentages)) {
            lines.append("     " + role.role.pluralName.padded(nameWidth + 20) + "\(percents.0) %".leftPadded(7) + "\(percents.1) %".leftPadded(10)
                         + (role.parity.map { String(format: "%.2f", $0) } ?? "–").leftPadded(9) + "  " + BarChart.textBar(role.timeShare, width: 12))
        }
        lines.append("")
        let silent = metrics.notHeardYet
        lines.append("Not heard yet: " + (silent.isEmpty ? "everyone present has spoken" : silent.map(\.displayName).joined(separator: ", ")))
        if let next = metrics.inviteNext {
            let key = keys.key(of: next.id).map { " [\($0)]" } ?? ""
            let why = silent.contains(next) ? "not heard yet" : "least time so far"
            lines.append("Invite next: \(next.displayName)\(key) (\(why))")
        }
        lines.append("")
        lines.append("Keys: a person's key starts their turn · space ends it · u undo · q quit")
        lines.append(status)
        return lines.flatMap { wrap($0) }
    }

    private func wrap(_ line: String) -> [String] {
        guard width > 10, line.count > width else { return [line] }
        var rest = Substring(line)
        var pieces: [String] = []
        while rest.count > width {
            let cut = rest.prefix(width).lastIndex(of: " ") ?? rest.index(rest.startIndex, offsetBy: width)
            pieces.append(String(rest[..<cut]))
            rest = rest[cut...].drop(while: { $0 == " " })
        }
        pieces.append(String(rest))
        return pieces
    }
}

extension String {
    /// The string cut or filled with spaces to `width` characters.
    func padded(_ width: Int) -> String {
        count > width ? String(prefix(width - 1)) + "…" : self + String(repeating: " ", count: width - count)
    }
}
