/// The contents list in Word: a "TOC Heading" paragraph, then a `TOC` field whose result is
/// already filled in, one paragraph per heading in Word's "toc 2" or "toc 3" style, each a link to
/// the bookmark around its heading, all in a content control marked as a table of contents, as
/// Word writes one.
///
/// The entries have no page numbers, as nobody can know them before the pages are laid out; Word
/// adds them when the field is updated (F9, or before printing), LibreOffice when the index is.
/// The field lists levels 2 and 3 by outline level, the same headings as the filled-in entries.
enum DOCXContents {
    /// The field's instruction: outline levels 2 to 3, entries as links, no page numbers in web
    /// layout, and paragraphs' outline levels as well as heading styles.
    static let instruction = " TOC \\o \"2-3\" \\h \\z \\u "

    /// The name of the bookmark around the heading with `anchor`: hidden from Word's bookmark list
    /// by the leading underscore, as Word's own `_Toc` bookmarks are, with underscores for hyphens,
    /// which Word does not allow in bookmark names; at most 40 characters.
    static func bookmarkName(_ anchor: String) -> String {
        "_Toc_" + anchor.replacingOccurrences(of: "-", with: "_")
    }

    /// Writes the contents list of `contents`.
    static func write(_ contents: Contents, to xml: inout MarkupBuffer) {
        xml.raw("<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/><w:docPartUnique/>")
        xml.raw("</w:docPartObj></w:sdtPr><w:sdtContent>")
        xml.raw("<w:p><w:pPr><w:pStyle w:val=\"\(DOCXStyles.contentsHeading)\"/></w:pPr><w:r><w:t>")
        xml.text(Contents.title)
        xml.raw("</w:t></w:r></w:p>")
        for (offset, entry) in contents.entries.enumerated() {
            xml.raw("<w:p><w:pPr><w:pStyle w:val=\"\(DOCXStyles.contentsEntry(entry.level))\"/></w:pPr>")
            if offset == 0 {
                xml.raw("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">")
                xml.text(instruction)
                xml.raw("</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>")
            }
            xml.raw("<w:hyperlink w:anchor=\"\(bookmarkName(entry.anchor))\" w:history=\"1\"><w:r><w:t>")
            xml.text(entry.text)
            xml.raw("</w:t></w:r></w:hyperlink>")
            if offset == contents.entries.count - 1 {
                xml.raw("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
            }
            xml.raw("</w:p>")
        }
        xml.raw("</w:sdtContent></w:sdt>")
    }
}
