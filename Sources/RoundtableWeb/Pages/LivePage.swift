import Documents
import Foundation
import SessionStore
import SpeakingTurns

/// The live speaking board: one button per person present, who is speaking now, who has not
/// been heard yet and whom to invite next, and the balance by person and by role. It works as
/// plain forms; `live.js` adds the keys of `roundtable turns live` and keeps every open board up
/// to date within a second.
enum LivePage {
    /// The whole page around the board.
    static func page(_ session: SessionDetails, turns: SessionTurns, now: Date, token: String, message: String?) -> Page {
        var page = Page(heading: "Live: \(session.title)")
        page.script = "live.js"
        var out = MarkupBuffer()
        out.element("p", "Press a person's button when they start speaking, and “End the turn” when they stop. Each press is saved before the board changes. With a keyboard, use the key shown on each button: space ends the turn and u undoes.",
                    attributes: ["class": "hint"])
        out.open("div", attributes: ["id": "board", "data-token": token, "data-session": String(session.id)])
        out.append(board(session, turns: turns, now: now, token: token, message: message))
        out.raw("</div>\n<p>")
        out.element("a", "Back to the session", attributes: ["href": "/sessions/\(session.id)"])
        out.raw("</p>\n")
        page.content = out
        return page
    }

    /// The part of the page that changes: what the live events send to every open board.
    static func board(_ session: SessionDetails, turns: SessionTurns, now: Date, token: String, message: String?) -> MarkupBuffer {
        let metrics = turns.metrics(now: now)
        let keys = SpeakerKeys(participants: Array(turns.participants.prefix(turns.presentCount)))
        var out = MarkupBuffer()
        out.open("div", attributes: ["class": "now", "role": "status", "aria-live": "polite"])
        if let speaker = metrics.currentSpeaker {
            out.element("p", "Now speaking: \(speaker.participant.displayName) (\(speaker.participant.role.name)), for \(Durations.words(speaker.runningSeconds ?? 0)).")
        } else {
            out.element("p", "Nobody is speaking.")
        }
        if let message { out.element("p", message) }
        out.raw("</div>\n")
        if keys.assigned.isEmpty {
            out.element("p", "Nobody is marked present yet. Mark who came on the session's page first.")
            return out
        }
        out.raw("<div class=\"speakers\">")
        let figures = Dictionary(zip(metrics.people.map(\.participant.id), zip(metrics.people, metrics.personPercentages)),
                                 uniquingKeysWith: { first, _ in first })
        for (key, participant) in keys.assigned {
            guard let (person, percent) = figures[participant.id] else { continue }
            out.open("form", attributes: ["method": "post", "action": "/sessions/\(session.id)/live/start", "class": "speaker"])
            out.formToken(token)
            out.open("input", attributes: ["type": "hidden", "name": "person", "value": String(participant.id)])
            let state = person.isSpeaking ? "speaking now, " : ""
            out.open("button", attributes: ["type": "submit", "data-key": String(key), "aria-pressed": person.isSpeaking ? "true" : "false",
                                            "aria-keyshortcuts": String(key)])
            out.element("span", String(key), attributes: ["class": "key", "aria-hidden": "true"])
            out.element("span", participant.displayName, attributes: ["class": "name"])
            out.element("span", "\(participant.role.name) · \(state)\(Durations.clock(person.totalSeconds)) · \(percent) % · \(person.turnCount) turn\(person.turnCount == 1 ? "" : "s")",
                        attributes: ["class": "figures"])
            out.raw("</button></form>\n")
        }
        out.raw("</div>\n<div class=\"board-actions\">")
        for (action, words, key) in [("stop", "End the turn", "space"), ("undo", "Undo", "u")] {
            out.open("form", attributes: ["method": "post", "action": "/sessions/\(session.id)/live/\(action)"])
            out.formToken(token)
            out.element("button", words, attributes: ["type": "submit", "class": "secondary", "data-key": key == "space" ? " " : key,
                                                        "aria-keyshortcuts": key == "space" ? "Space" : key])
            out.raw("</form>")
        }
        out.raw("</div>\n")
        if !keys.withoutKey.isEmpty {
            out.element("p", "No key (more than \(SpeakerKeys.personKeys.count) people): \(keys.withoutKey.map(\.displayName).joined(separator: ", ")).")
        }
        let silent = metrics.notHeardYet
        out.element("h2", "Not heard yet")
        out.element("p", silent.isEmpty ? "Everyone present has spoken." : silent.map(\.displayName).joined(separator: ", "))
        if let next = metrics.inviteNext {
            out.element("p", "Invite next: \(next.displayName) (\(silent.contains(next) ? "not heard yet" : "least time so far")).",
                        attributes: ["class": "invite"])
        }
        out.element("h2", "By role")
        out.raw("<div class=\"table-scroll\" role=\"region\" aria-label=\"Balance by role\" tabindex=\"0\"><table><thead><tr><th scope=\"col\">Role</th><th scope=\"col\">Share of time</th><th scope=\"col\">Share of people</th><th scope=\"col\">Parity</th></tr></thead><tbody>")
        for (role, percents) in zip(metrics.roles, zip(metrics.roleTimePercentages, metrics.rolePeoplePercentages)) {
            out.raw("<tr>")
            out.element("td", role.role.pluralName)
            out.element("td", "\(percents.0) %")
            out.element("td", "\(percents.1) %")
            out.element("td", role.parity.map { String(format: "%.2f", $0) } ?? "–")
            out.raw("</tr>")
        }
        out.raw("</tbody></table></div>\n")
        return out
    }
}
