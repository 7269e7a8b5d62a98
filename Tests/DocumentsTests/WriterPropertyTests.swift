import Documents
import Foundation
import PropertyBased
import Testing
import TestSupport

/// Properties every writer keeps for any text, checked on generated documents.
@Suite struct WriterPropertyTests {
    /// Characters that break XML writers, or Markdown ones, when handled carelessly: C0 and C1
    /// controls, U+FFFE and U+FFFF, the replacement character a lone surrogate becomes, private
    /// use, astral letters, combining marks, bidirectional controls and markup characters.
    static let awkward: [UInt32] = [0x00, 0x01, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F,
                                    0xFFFE, 0xFFFF, 0xFFFD, 0xE000, 0xF8FF, 0xF0000, 0x10FFFD, 0x10FFFF, 0x1F600, 0x1D11E,
                                    0x0301, 0x200B, 0x200D, 0x202E, 0x2028, 0x2029, 0xFEFF,
                                    0x3C, 0x3E, 0x26, 0x22, 0x27, 0x5D, 0x5C, 0x2A, 0x5F, 0x60, 0x7C, 0x23]

    /// Any Unicode scalar, weighted towards the awkward ones. A surrogate code point cannot be a
    /// Swift scalar: it becomes U+FFFD, as an unpaired surrogate does when text is decoded.
    static let scalar = zip(Gen.int(in: 0...3), Gen<UInt32>.value(in: 0...0x10FFFF), Gen.int(in: 0...(awkward.count - 1)))
        .map { kind, any, index -> Unicode.Scalar in
            switch kind {
            case 0: return Unicode.Scalar(awkward[index]) ?? "\u{FFFD}"
            case 1: return Unicode.Scalar(0x20 + any % 0x5F) ?? " "
            default: return Unicode.Scalar(any) ?? "\u{FFFD}"
            }
        }

    static let anyText = scalar.array(of: 0...20).map { String(String.UnicodeScalarView($0)) }

    /// A document with `text` in a heading, a paragraph with emphasis, a table cell, a link's
    /// words, address and title, a list, a code block and the title.
    static func document(_ text: String) -> Document {
        Document(metadata: Metadata(title: text), blocks: [
            .heading(Heading(level: 2, [.text(text)])),
            .paragraph(Paragraph([.text(text), .emphasis([.text(text)]), .strong([.code(text)]),
                                  .link(Link(destination: "https://example.org/" + text, title: text, [.text(text)]))])),
            .table(Table(alignments: [.left, .right], header: [[.text(text)], [.text("b")]], rows: [[[.text(text)], [.strikethrough([.text(text)])]]])),
            .list(ListBlock(kind: .bullet, items: [ListItem(blocks: [.paragraph(Paragraph([.text(text)]))])])),
            .codeBlock(CodeBlock(language: "text", text: text)),
        ])
    }

    @Test(.tags(.slow)) func everyXMLWriterWritesWellFormedXMLForAnyText() async throws {
        await propertyCheck(count: 200, input: Self.anyText) { text in
            let document = Self.document(text)
            do {
                #expect(XMLProbe(try HTMLWriter().write(document)) != nil, "HTML for \(text.debugDescription) is not well-formed")
                #expect(XMLProbe(FODTWriter().write(document)) != nil, "FODT for \(text.debugDescription) is not well-formed")
                for (path, data) in try ZIPParts.unzip(try DOCXWriter().write(document)) where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
                    #expect(XMLProbe(data) != nil, "DOCX \(path) for \(text.debugDescription) is not well-formed")
                }
            } catch {
                Issue.record("\(text.debugDescription) could not be written: \(error)")
            }
        }
    }
}
