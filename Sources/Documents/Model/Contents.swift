import Foundation

/// The contents list of a prepared document: its body headings of levels 2 and 3 (the title is
/// level 1), in reading order, each with one anchor that every format uses for it: the web page's
/// `id`, the LibreOffice bookmark and, through `DOCXContents.bookmarkName`, the Word bookmark.
///
/// Headings inside footnotes are not listed. A document with fewer than two such headings has no
/// contents list: one entry helps nobody find their way.
package struct Contents: Sendable, Equatable {
    /// One line of the contents list.
    package struct Entry: Sendable, Equatable {
        /// The heading's level after levelling: 2 for a main section, 3 for a part of one.
        package let level: Int
        /// The heading's words, without formatting.
        package let text: String
        /// The heading's anchor: lower-case letters and digits joined by hyphens, unique in the document.
        package let anchor: String
    }

    /// The heading shown above the list.
    package static let title = "Contents"
    /// The heading levels listed.
    package static let levels = 2...3
    /// The longest anchor, so that Word's bookmark names (`_Toc_` and the anchor) stay within 40 characters.
    static let longestAnchor = 35

    /// The entries, in reading order.
    package let entries: [Entry]
    /// The anchor of each heading outside footnotes, in reading order; nil for a heading not listed.
    let headingAnchors: [String?]

    /// The contents of `blocks`, whose headings are already levelled; nil when fewer than two headings would be listed.
    package init?(_ blocks: [Block]) {
        var headings: [Heading] = []
        Self.collectHeadings(blocks, into: &headings)
        var names = AnchorNames()
        var entries: [Entry] = []
        var anchors: [String?] = []
        for heading in headings {
            let text = heading.inlines.plainText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard Self.levels.contains(heading.level), !text.isEmpty else {
                anchors.append(nil)
                continue
            }
            let anchor = names.unique(Self.slug(text), number: entries.count + 1)
            entries.append(Entry(level: heading.level, text: text, anchor: anchor))
            anchors.append(anchor)
        }
        guard entries.count >= 2 else { return nil }
        self.entries = entries
        self.headingAnchors = anchors
    }

    /// Every heading in `blocks` in reading order, inside lists and quotations too, but not in footnotes.
    private static func collectHeadings(_ blocks: [Block], into headings: inout [Heading]) {
        for block in blocks {
            switch block {
            case .heading(let heading): headings.append(heading)
            case .list(let list): for item in list.items { collectHeadings(item.blocks, into: &headings) }
            case .blockQuote(let quote): collectHeadings(quote.blocks, into: &headings)
            case .paragraph, .codeBlock, .table, .thematicBreak, .pageBreak, .footnoteDefinition, .barChart: break
            }
        }
    }

    /// `text` in lower case with accents taken off, its runs of ASCII letters and digits joined by
    /// hyphens ("What we'll try" becomes `what-well-try`); empty when it has none. Only ASCII is
    /// kept, so the anchor is safe in a web address, a Word bookmark and a LibreOffice link alike.
    package static func slug(_ text: String) -> String {
        let folded = text.lowercased().folding(options: [.diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_GB"))
        var words: [String] = []
        var word = ""
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": word.unicodeScalars.append(scalar)
            case "'", "\u{2019}": continue
            default:
                if !word.isEmpty { words.append(word) }
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: "-")
    }
}

/// Hands a writer the anchors of the body headings one by one, in reading order, as it writes them.
package struct HeadingAnchors {
    private let anchors: [String?]
    private var position = 0

    /// The anchors of `contents`; none when there is no contents list.
    package init(_ contents: Contents?) {
        anchors = contents?.headingAnchors ?? []
    }

    /// The anchor of the next body heading, or nil when it is not listed (or every heading has been written).
    package mutating func nextHeading() -> String? {
        defer { position += 1 }
        return anchors.indices.contains(position) ? anchors[position] : nil
    }
}

/// The anchors given so far, so that each is unique and none takes an `id` the web page writes itself.
private struct AnchorNames {
    private var taken: Set<String> = []

    /// `slug`, or `section-N` for the `number`th entry when it is empty, shortened to
    /// `Contents.longestAnchor` characters and followed by -2, -3 … when that is taken.
    mutating func unique(_ slug: String, number: Int) -> String {
        var base = slug.isEmpty ? "section-\(number)" : slug
        if Self.isReserved(base) { base = "section-" + base }
        var count = 1
        while true {
            let suffix = count == 1 ? "" : "-\(count)"
            var candidate = String(base.prefix(Contents.longestAnchor - suffix.count))
            while candidate.hasSuffix("-") { candidate.removeLast() }
            candidate += suffix
            if taken.insert(candidate).inserted { return candidate }
            count += 1
        }
    }

    /// Whether the web page uses `anchor` or its pattern for something else: the contents and notes
    /// headings, notes (`fn-1`), references to them (`fnref-1`) and charts (`chart-1`).
    private static func isReserved(_ anchor: String) -> Bool {
        ["contents-heading", "footnotes-heading"].contains(anchor)
            || ["fn-", "fnref-", "chart-"].contains { anchor.hasPrefix($0) }
    }
}
