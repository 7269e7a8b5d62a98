import Foundation

/// Writes `office:meta`: the document properties an office suite shows and searches.
///
/// Dates come only from the document's own date, never from the clock, so the same notes always
/// give the same file.
enum FODTMetadata {
    static func write(_ metadata: Metadata, title: String, language: FODTLanguage?, into out: inout MarkupBuffer) {
        out.raw("<office:meta><meta:generator>Roundtable</meta:generator>")
        element("dc:title", title, into: &out)
        if let summary = metadata.summary, !summary.isEmpty {
            element("dc:description", summary, into: &out)
        }
        for keyword in metadata.keywords where !keyword.isEmpty {
            element("meta:keyword", keyword, into: &out)
        }
        let authors = metadata.authors.filter { !$0.isEmpty }.joined(separator: ", ")
        if !authors.isEmpty {
            element("meta:initial-creator", authors, into: &out)
            element("dc:creator", authors, into: &out)
        }
        if let date = metadata.date {
            element("dc:date", date.iso + "T00:00:00", into: &out)
            element("meta:creation-date", date.iso + "T00:00:00", into: &out)
        }
        if let language {
            element("dc:language", language.tag, into: &out)
        }
        out.raw("</office:meta>\n")
    }

    private static func element(_ name: String, _ value: String, into out: inout MarkupBuffer) {
        out.raw("<\(name)>")
        out.text(value)
        out.raw("</\(name)>")
    }
}

/// A language tag split into the parts ODF stores separately (`fo:language`, `fo:script`, `fo:country`).
///
/// The tag comes from the notes' front matter, so anything that is not a well-formed tag is refused
/// rather than written into a file that would then fail validation.
struct FODTLanguage: Equatable {
    /// The whole tag, such as `en-GB`, for `dc:language`.
    let tag: String
    /// The language subtag, such as `en`.
    let language: String
    /// The script subtag, such as `Latn`, if the tag has one.
    let script: String?
    /// The region subtag, such as `GB`, if the tag has one.
    let country: String?

    /// Reads a BCP 47 tag such as `en-GB` or `sr-Latn-RS`; an underscore is taken for a hyphen.
    /// Returns nil when the text is not a well-formed tag.
    init?(_ text: String) {
        let subtags = text.trimmingCharacters(in: .whitespaces)
            .split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        guard let first = subtags.first, (1...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }),
              subtags.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        var script: String?
        var country: String?
        for subtag in subtags.dropFirst() {
            if subtag.count == 1 { break }  // an extension or private-use part follows
            if script == nil, country == nil, subtag.count == 4, subtag.allSatisfy(\.isLetter) {
                script = subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased()
            } else if country == nil, (subtag.count == 2 && subtag.allSatisfy(\.isLetter)) || (subtag.count == 3 && subtag.allSatisfy(\.isNumber)) {
                country = subtag.uppercased()
            }
        }
        self.tag = subtags.joined(separator: "-")
        self.language = first.lowercased()
        self.script = script
        self.country = country
    }
}
