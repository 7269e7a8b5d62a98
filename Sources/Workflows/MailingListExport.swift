import Documents
import Foundation
import SessionPlanning
import SessionStore

/// The mailing list as files to share with whoever sends the group's news: a spreadsheet (CSV)
/// and a contacts file (vCard 4.0, RFC 6350) that phones and e-mail programs import. Only people
/// whose consent to be contacted is recorded are in it; nobody else, and nothing but their name,
/// organisation, e-mail address and phone number.
public struct MailingListExport: Sendable {
    /// The columns of the spreadsheet.
    public static let columns = ["name", "organisation", "email", "phone"]

    /// The people on the list.
    public let list: MailingList

    /// The export of `list`.
    public init(_ list: MailingList) {
        self.list = list
    }

    /// The files, named `baseName.csv` and `baseName.vcf`, in `folder`, ready to write all or nothing.
    public func files(baseName: String = "mailing-list", into folder: URL) -> [OutputFiles.File] {
        [OutputFiles.File(url: folder.appendingPathComponent(baseName + ".csv"), data: Data(csv.utf8)),
         OutputFiles.File(url: folder.appendingPathComponent(baseName + ".vcf"), data: Data(vCard.utf8))]
    }

    /// How many people are on the list and how many were left off, and why, in a sentence or two;
    /// `addDetails` says how to add a way to reach someone, in the words of the front end.
    public static func summary(_ list: MailingList, addDetails: String) -> String {
        let on = list.entries.count == 1 ? "1 person is" : "\(list.entries.count) people are"
        var text = "\(on) on the mailing list."
        if list.withoutConsent > 0 {
            text += " \(list.withoutConsent) \(list.withoutConsent == 1 ? "person is" : "people are") left off: they have not agreed to be contacted, or no longer agree."
        }
        if list.withoutDetails > 0 {
            text += " \(list.withoutDetails) agreed but gave no e-mail address or phone number: \(addDetails)."
        }
        return text
    }

    /// The spreadsheet: a header row, then one row per person.
    public var csv: String {
        CSVRows.text(header: Self.columns, rows: list.entries.map { entry in
            [entry.name, entry.organisation ?? "", entry.contact.email ?? "", entry.contact.phone ?? ""]
        })
    }

    /// One vCard per person: `FN` (the name), `ORG`, `EMAIL` and `TEL` when given, in version 4.0,
    /// escaped, folded at 75 octets and ended by CRLF by the content-line rules vCard shares with
    /// iCalendar (`ICalendarText`).
    public var vCard: String {
        ICalendarText.serialise(list.entries.flatMap { entry -> [String] in
            var lines = ["BEGIN:VCARD", "VERSION:4.0", "FN:" + ICalendarText.escape(entry.name)]
            if let organisation = entry.organisation { lines.append("ORG:" + ICalendarText.escape(organisation)) }
            if let email = entry.contact.email { lines.append("EMAIL:" + ICalendarText.escape(email)) }
            if let phone = entry.contact.phone { lines.append("TEL;VALUE=text:" + ICalendarText.escape(phone)) }
            return lines + ["END:VCARD"]
        })
    }
}
