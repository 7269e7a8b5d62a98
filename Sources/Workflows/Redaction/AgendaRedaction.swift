import SessionPlanning

extension NameRedactor {
    /// `agenda` with hidden names replaced in everything it publishes: the title and theme, the
    /// organisation, organisers, facilitators, the contact (an e-mail address that holds a hidden
    /// name is left out), where (a joining link that holds one is left out), and every item's
    /// text and leads, so the agenda's documents and calendar invite name nobody who has not
    /// agreed to be named.
    public func redact(_ agenda: Agenda) -> Agenda {
        func text(_ value: String) -> String { redact(value).0 }
        func kept(_ address: String?) -> String? { address.flatMap { holdsHiddenName($0) ? nil : $0 } }
        var result = agenda
        result.title = text(agenda.title)
        result.theme = agenda.theme.map(text)
        result.organisation = agenda.organisation.map(text)
        result.organisers = agenda.organisers.map(text)
        result.facilitators = agenda.facilitators.map(text)
        if var contact = agenda.contact {
            contact.name = contact.name.map(text)
            contact.email = kept(contact.email)
            contact.phone = contact.phone.map(text)
            result.contact = contact
        }
        if var place = agenda.place {
            place.online = place.online.map(text)
            place.link = kept(place.link)
            place.meetingID = place.meetingID.map(text)
            place.passcode = place.passcode.map(text)
            place.room = place.room.map(text)
            place.address = place.address.map(text)
            place.directions = place.directions.map(text)
            result.place = place
        }
        result.items = agenda.items.map { item in
            var item = item
            item.title = text(item.title)
            item.leads = item.leads.map { lead in
                var lead = lead
                lead.name = text(lead.name)
                return lead
            }
            item.description = item.description.map(text)
            item.materials = item.materials.map(text)
            item.facilitatorNotes = item.facilitatorNotes.map(text)
            item.accessibility = item.accessibility.map(text)
            return item
        }
        return result
    }
}
