import Documents
import Foundation
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

    /// How many people are on the list and how many were left off, and why, in a sentence or two.
    public static func summary(_ list: MailingList) -> String {
        let on = list.entries.count == 1 ? "1 person is" : "\(list.entries.count) people are"
        var text = "\(on) on the mailing list."
        if list.withoutConsent > 0 {
            text += " \(list.withoutConsent) \(list.withoutConsent == 1 ? "person is" : "people are") left off: they have not agreed to be contacted, or no longer agree."
        }
        if list.withoutDetails > 0 {
            text += " \(list.withoutDetails) agreed but gave no e-mail address or phone number: add one with 'roundtable people contact NAME --email ADDRESS'."
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
    /// lines ended by CRLF and folded at 75 bytes, as RFC 6350 asks.
    public var vCard: String {
        list.entries.map { entry in
            var lines = ["BEGIN:VCARD", "VERSION:4.0", "FN:" + Self.escaped(entry.name)]
            if let organisation = entry.organisation { lines.append("ORG:" + Self.escaped(organisation)) }
            if let email = entry.contact.email { lines.append("EMAIL:" + Self.escaped(email)) }
            if let phone = entry.contact.phone { lines.append("TEL;VALUE=text:" + Self.escaped(phone)) }
            lines.append("END:VCARD")
            return lines.map(Self.folded).joined()
        }.joined()
    }

    /// A text value with `\`, `,`, `;` and line breaks escaped (RFC 6350, 3.4).
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ",": result += "\\,"
            case ";": result += "\\;"
            case "\n", "\r\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// A content line folded so no line is longer than 75 bytes (a space starts each
    /// continuation, never splitting a character), ended by CRLF.
    static func folded(_ line: String) -> String {
        var result = ""
        var length = 0
        for character in line {
            let size = character.utf8.count
            if length + size > 75 {
                result += "\r\n "
                length = 1
            }
            result.append(character)
            length += size
        }
        return result + "\r\n"
    }
}
