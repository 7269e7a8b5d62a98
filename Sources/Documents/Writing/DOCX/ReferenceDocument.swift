import CLibXML2
import Foundation

/// An organisation's Word file or template whose look Word documents take, as pandoc's
/// `--reference-doc` does: its styles, its theme (colours and fonts), its font table, and its page
/// size and margins. Roundtable's content uses Word's built-in style ids (Title, Heading2, Quote…),
/// so the template's definitions of them apply; styles the template lacks are added from
/// Roundtable's own.
///
/// Only Word files are changed by it: LibreOffice documents and web pages take the house style.
public struct ReferenceDocument: Sendable, Equatable {
    /// The template's `word/styles.xml`, as it is.
    let styles: Data
    /// The style ids the template defines.
    let styleIds: Set<String>
    /// The template's theme part, if it has one.
    let theme: Data?
    /// The template's font table part, if it has one.
    let fontTable: Data?
    /// The page size and margins of the template's last section, if it sets them.
    let page: DOCXPage.Geometry?

    /// Reads the Word file at `path`.
    ///
    /// Throws a `ReadError` when it is not a Word file, is damaged, or keeps its styles in a way
    /// Roundtable cannot add to.
    public static func read(_ path: String) throws(ReadError) -> ReferenceDocument {
        let package = try SafeZip(url: URL(fileURLWithPath: path), file: path, format: .docx)
        guard let styles = try package.read("word/styles.xml") else {
            throw ReadError(file: path, problem: "This Word file has no styles, so there is no look to take from it.",
                            advice: "Give a Word file or template (.docx or .dotx saved as .docx) whose headings and text are styled the way you want.")
        }
        let styleIds = try parse(styles, part: "word/styles.xml", file: path) { root -> Set<String>? in
            // Roundtable adds its missing styles with the usual `w:` prefix, so the template must use it too.
            guard root.isElement("styles", in: DOCXPackage.wordNamespace), root.prefix == "w" else { return nil }
            return Set(root.children.filter { $0.isElement("style", in: DOCXPackage.wordNamespace) }
                .compactMap { $0.attribute("styleId", in: DOCXPackage.wordNamespace) })
        }
        guard let styleIds else {
            throw ReadError(file: path, problem: "The styles of this Word file are written in a way Roundtable cannot add to.",
                            advice: "Open it in Word or LibreOffice and save it again as a .docx file, then try again.")
        }
        let page = try package.read("word/document.xml").flatMap { document throws(ReadError) in
            try parse(document, part: "word/document.xml", file: path) { root in
                root.child("body", in: DOCXPackage.wordNamespace).flatMap { body in
                    Array(body.children).last { $0.isElement("sectPr", in: DOCXPackage.wordNamespace) }.flatMap(DOCXPage.Geometry.init(sectionProperties:))
                }
            }
        }
        return ReferenceDocument(styles: styles, styleIds: styleIds, theme: try package.read("word/theme/theme1.xml"),
                                 fontTable: try package.read("word/fontTable.xml"), page: page)
    }

    /// The template's styles.xml with `missing` style definitions added at its end.
    func styles(adding missing: [String]) -> Data {
        guard !missing.isEmpty, let end = styles.range(of: Data("</w:styles>".utf8), options: .backwards) else { return styles }
        var merged = styles.subdata(in: styles.startIndex..<end.lowerBound)
        merged.append(Data(missing.joined().utf8))
        merged.append(styles.subdata(in: end.lowerBound..<styles.endIndex))
        return merged
    }

    private static func parse<Result>(_ data: Data, part: String, file: String,
                                      _ body: (XMLNodeView) -> Result?) throws(ReadError) -> Result? {
        do {
            return try SafeXML.withXML(data) { document in XMLNodeView.root(of: document).flatMap(body) }
        } catch {
            throw DocumentFile.Format.docx.damaged(file: file, part: part, failure: error)
        }
    }
}
