/// The contents list in LibreOffice: a `text:table-of-content` of outline levels 1 to 3 whose body
/// is already filled in, under the title "Contents", one paragraph per heading in LibreOffice's
/// "Contents 2" or "Contents 3" style, each a link to the bookmark around its heading.
///
/// The entries have no page numbers, as nobody can know them before the pages are laid out; the
/// templates add them (after a dotted tab) when LibreOffice updates the index. Body headings start
/// at outline level 2, so the templates of levels 2 and 3 are the ones used.
enum FODTContents {
    /// Writes the contents list of `contents`.
    static func write(_ contents: Contents, to out: inout MarkupBuffer) {
        out.raw("<text:table-of-content text:name=\"\(Contents.title)\">")
        out.raw("<text:table-of-content-source text:outline-level=\"\(Contents.levels.upperBound)\">")
        out.raw("<text:index-title-template text:style-name=\"\(FODTStyleName.contentsHeading)\">")
        out.text(Contents.title)
        out.raw("</text:index-title-template>")
        for level in Contents.levels {
            out.raw("<text:table-of-content-entry-template text:outline-level=\"\(level)\" text:style-name=\"\(FODTStyleName.contents(level))\">")
            out.raw("<text:index-entry-link-start/><text:index-entry-text/>")
            out.raw("<text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/><text:index-entry-page-number/>")
            out.raw("<text:index-entry-link-end/></text:table-of-content-entry-template>")
        }
        out.raw("</text:table-of-content-source><text:index-body>")
        out.raw("<text:index-title text:name=\"\(Contents.title)_Head\"><text:p text:style-name=\"\(FODTStyleName.contentsHeading)\">")
        out.text(Contents.title)
        out.raw("</text:p></text:index-title>")
        for entry in contents.entries {
            out.raw("<text:p text:style-name=\"\(FODTStyleName.contents(entry.level))\">")
            out.raw("<text:a xlink:type=\"simple\" xlink:href=\"#\(entry.anchor)\">")
            out.text(entry.text)
            out.raw("</text:a></text:p>")
        }
        out.raw("</text:index-body></text:table-of-content>")
    }
}
