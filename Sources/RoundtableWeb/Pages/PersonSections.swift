import Documents
import SessionStore
import SpeakingTurns

/// What the person page shows besides consent to be named: how to reach them with their consent
/// to be contacted, and their access needs. Both are for whoever runs the sessions, on this
/// computer; neither is ever published.
struct PersonRecord {
    /// Every change of consent to be named, oldest first.
    var namedHistory: [ConsentRecord]
    /// Their e-mail address and phone number.
    var contact: ContactDetails
    /// Every change of consent to be contacted, oldest first.
    var contactHistory: [ConsentRecord]
    /// Their access needs, when they agreed to them being kept.
    var access: AccessRecord?

    /// Whether their last answer about being contacted was yes.
    var wantsNews: Bool { contactHistory.last?.change.given == true }
}

enum PersonSections {
    /// "How to reach them": the details kept, whether they want news, and a form to change both.
    static func contact(_ person: Participant, _ record: PersonRecord, token: String, problems: [String: String],
                        typed: [String: String], into out: inout MarkupBuffer) {
        out.element("h2", "How to reach them")
        let details = [record.contact.email.map { "E-mail: " + $0 }, record.contact.phone.map { "Phone: " + $0 }].compactMap { $0 }
        out.element("p", details.isEmpty ? "No e-mail address or phone number is kept." : details.joined(separator: ". ") + ".")
        if let last = record.contactHistory.last {
            out.element("p", last.change.given
                        ? "They agreed on \(last.change.date.long) to be sent news of the group, so they are on the mailing list."
                        : "They asked on \(last.change.date.long) not to be contacted, so they are not on the mailing list.")
        } else {
            out.element("p", "They have not agreed to be sent news of the group, so they are not on the mailing list.")
        }
        out.open("form", attributes: ["method": "post", "action": "/people/\(person.id)/contact"])
        out.formToken(token)
        Fields.input("email", "E-mail address", value: typed["email"] ?? record.contact.email ?? "", type: "email",
                     hint: "For example name@example.org. Leave it as it is to keep it.", problems: problems, into: &out)
        Fields.input("phone", "Phone number", value: typed["phone"] ?? record.contact.phone ?? "", type: "tel",
                     hint: "For example 0113 496 0000.", problems: problems, into: &out)
        Fields.select("news", "Do they want news of the group?",
                      options: [("same", "No change"), ("given", "Yes, they agreed"), ("withdrawn", "No, they do not want it")],
                      selected: typed["news"] ?? "same", into: &out)
        Fields.input("news-date", "The day they told you", value: typed["news-date"] ?? CalendarDate.today()?.iso ?? "", type: "date",
                     hint: "Year-month-day, for example 2027-01-13.", problems: problems, into: &out)
        out.element("button", "Save how to reach them", attributes: ["type": "submit"])
        out.raw("</form>\n")
    }

    /// "Access needs": what is kept, a form to record them with the person's agreement, and a
    /// button to remove them all.
    static func needs(_ person: Participant, _ record: PersonRecord, token: String, problems: [String: String],
                      typed: [String: String], into out: inout MarkupBuffer) {
        out.element("h2", "Access needs")
        out.element("p", "What helps them take part. Kept only if they agree. Shown only to the people who run a session, and never published.")
        let kept = record.access?.needs ?? []
        if let access = record.access {
            out.element("p", kept.isEmpty
                        ? "They agreed on \(access.agreedOn.long) to tell us, and need nothing extra for now."
                        : "Kept since they agreed on \(access.agreedOn.long): " + kept.map(\.words).joined(separator: "; ") + ".")
        } else {
            out.element("p", "Nothing is kept. Ask them what would help, and whether they agree to Roundtable keeping it.")
        }
        out.open("form", attributes: ["method": "post", "action": "/people/\(person.id)/needs"])
        out.formToken(token)
        out.raw("<fieldset><legend>What helps them take part</legend>\n")
        for need in AccessNeed.allCases {
            let note = kept.first { $0.need == need }
            let ticked = typed.isEmpty ? note != nil : typed["need-" + need.rawValue] != nil
            Fields.checkbox("need-" + need.rawValue, name: "need", value: need.rawValue,
                            need.words.prefix(1).uppercased() + need.words.dropFirst(), checked: ticked, into: &out)
            Fields.input("note-" + need.rawValue, need == .other ? "What else helps (needed if ticked)" : "Their own words about this (if any)",
                         value: typed["note-" + need.rawValue] ?? note?.note ?? "", problems: problems, into: &out)
        }
        out.raw("</fieldset>\n")
        Fields.checkbox("agreed", name: "agreed", "They agreed that Roundtable keeps this", checked: false, into: &out)
        if let problem = problems["agreed"] { out.element("p", problem, attributes: ["class": "field-problem", "id": "agreed-problem"]) }
        Fields.input("agreed-date", "The day they agreed", value: typed["agreed-date"] ?? CalendarDate.today()?.iso ?? "", type: "date",
                     hint: "Year-month-day, for example 2027-01-13.", problems: problems, into: &out)
        out.element("button", "Save their access needs", attributes: ["type": "submit"])
        out.raw("</form>\n")
        if record.access != nil {
            out.open("form", attributes: ["method": "post", "action": "/people/\(person.id)/needs/forget"])
            out.formToken(token)
            out.element("button", "Remove everything kept about their access needs", attributes: ["type": "submit"])
            out.raw("</form>\n")
        }
    }
}
