import Foundation
import PropertyBased
import Testing
import TestSupport
@testable import Documents

/// A house style file in a temporary folder beside a copy of the diagram fixture (as `logo.png`),
/// read as a user's file would be.
private func style(_ yaml: String) throws -> HouseStyle {
    let folder = try TemporaryFolder("style")
    defer { folder.remove() }
    try Data(contentsOf: ProjectFiles.documentFixture("pictures/diagram.png")).write(to: folder.appendingPathComponent("logo.png"))
    let file = folder.appendingPathComponent("style.yaml")
    try yaml.write(to: file, atomically: true, encoding: .utf8)
    return try HouseStyleReader.read(file.path)
}

/// The error reading `yaml` gives, as the person sees it, with the folder part of the path left out.
private func refusal(_ yaml: String) throws -> ReadError {
    do {
        _ = try style(yaml)
    } catch let error as ReadError {
        return error
    }
    Issue.record("the style was read, but it should have been refused")
    throw CancellationError()
}

private let full = """
    organisation: Anytown Lived Experience Network
    logo: logo.png
    colours:
      text: "#222222"
      headings: "#6b2c6b"
      accent: "#0b5394"
    fonts:
      body: [Atkinson Hyperlegible, Arial]
      headings: Georgia, Times New Roman
    footer: Registered charity number 1234567
    page-size: letter
    """

private let notes = """
    # Holding effective meetings

    ## Before the meeting

    Send the papers a week ahead. See [the guide](https://example.org/guide).
    """

@Suite struct ColourTests {
    @Test func contrastMatchesTheWCAGFormula() {
        #expect(Colour(hex: "#000")!.contrast(with: .white) == 21)
        #expect(Colour(hex: "ffffff")!.contrast(with: .white) == 1)
        // #767676 is the palest grey that passes 4.5 to 1 on white; #777777 just fails.
        #expect(Colour(hex: "#767676")!.contrast(with: .white) >= 4.5)
        #expect(Colour(hex: "#777777")!.contrast(with: .white) < 4.5)
        #expect(Colour(hex: "#0b5394")!.description == "#0b5394")
        #expect(Colour(hex: "#0B5394")!.hexDigits == "0B5394")
        for text in ["", "#12", "#12345g", "blue", "#1234567"] { #expect(Colour(hex: text) == nil, "\(text)") }
    }

    @Test func theNearbyColourAlwaysPassesAndKeepsAPassingColourAsItIs() async {
        let part = Gen.int(in: 0...255).map { UInt8($0) }
        await propertyCheck(count: 300, input: part, part, part, Gen.bool) { red, green, blue, large in
            let colour = Colour(red: red, green: green, blue: blue)
            let needed = large ? HouseStyle.largeTextContrast : HouseStyle.textContrast
            let nearby = colour.nearest(reaching: needed, against: .white)
            #expect(nearby.contrast(with: .white) >= needed)
            if colour.contrast(with: .white) >= needed { #expect(nearby == colour) }
        }
    }
}

@Suite struct HouseStyleReaderTests {
    @Test func everyDetailIsRead() throws {
        let style = try style(full)
        #expect(style.organisation == "Anytown Lived Experience Network")
        #expect(style.logo?.pixelWidth == 300)
        #expect(style.textColour == Colour(hex: "#222222"))
        #expect(style.headingColour == Colour(hex: "#6b2c6b"))
        #expect(style.bodyFonts.map(\.description) == ["Atkinson Hyperlegible", "Arial"])
        #expect(style.headingFonts.map(\.description) == ["Georgia", "Times New Roman"])
        #expect(style.footer == "Registered charity number 1234567")
        #expect(style.pageSize == .letter)
        #expect(try Self.empty() == .roundtable)
    }

    static func empty() throws -> HouseStyle { try style("# nothing set yet\n") }

    @Test func aPaleColourIsRefusedWithItsContrastAndANearbyColourThatPasses() throws {
        let error = try refusal("organisation: Anytown\ncolours:\n  accent: \"#8ab4f8\"\n")
        #expect(error.position == SourcePosition(line: 3, column: 11))
        #expect(error.problem.contains("The accent colour #8ab4f8 is too pale to read on a white page: its contrast is 2.1 to 1, and links need at least 4.5 to 1 (WCAG AA)."),
                "\(error.problem)")
        let offered = try #require(error.advice.split(separator: " ").first { $0.hasPrefix("#") }.flatMap { Colour(hex: String($0)) })
        #expect(offered.contrast(with: .white) >= 4.5)
        #expect(error.advice.hasPrefix("Use a darker colour. \(offered) is close to it and passes"))
    }

    @Test func headingsNeedOnlyTheLargeTextContrast() throws {
        // #949494 is 3.03 to 1: enough for headings, not for body text or links.
        #expect(try style("colours:\n  headings: \"#949494\"\n").headingColour == Colour(hex: "#949494"))
        let text = try refusal("colours:\n  text: \"#949494\"\n")
        #expect(text.problem.contains("body text need at least 4.5 to 1"), "\(text.problem)")
        let heading = try refusal("colours:\n  headings: \"#aaaaaa\"\n")
        #expect(heading.problem.contains("its contrast is 2.32 to 1, and headings need at least 3 to 1"), "\(heading.problem)")
    }

    @Test func mistakesAreNamedWithTheirLineAndColumn() throws {
        let unquoted = try refusal("colours:\n  text: #1b1b1b\n")
        #expect(unquoted.position?.line == 2)
        #expect(unquoted.advice.contains("Write the colour in quotes"))
        let notAColour = try refusal("colours:\n  text: dark blue\n")
        #expect(notAColour.problem == "The text colour 'dark blue' is not a colour Roundtable can read.")
        let unknown = try refusal("organization: Anytown\n")
        #expect(unknown.problem.contains("Did you mean 'organisation'?"))
        let font = try refusal("fonts:\n  body: [\"Arial; } body { display: none\"]\n")
        #expect(font.position?.line == 2)
        #expect(font.problem.contains("has characters a font name cannot have"))
        let paper = try refusal("page-size: A5\n")
        #expect(paper.advice == "Write 'page-size: a4' or 'page-size: letter'.")
        let logo = try refusal("logo: missing.png\n")
        #expect(logo.position == SourcePosition(line: 1, column: 7))
        #expect(logo.problem.hasPrefix("The logo 'missing.png' was not found"), "\(logo.problem)")
        let notPicture = try refusal("logo: style.yaml\n")
        #expect(notPicture.problem.contains("is not a picture file"), "\(notPicture.problem)")
    }

    @Test func theStyleIsFoundInTheFolderOrAFolderAbove() throws {
        let folder = try TemporaryFolder("style-search")
        defer { folder.remove() }
        let inner = folder.appendingPathComponent("notes/october")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        #expect(HouseStyleReader.find(from: inner) == nil)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".roundtable"), withIntermediateDirectories: true)
        try "footer: Hello\n".write(to: folder.appendingPathComponent(".roundtable/style.yaml"), atomically: true, encoding: .utf8)
        #expect(HouseStyleReader.find(from: inner).map { URL(fileURLWithPath: $0).standardizedFileURL.path }
                == folder.appendingPathComponent(".roundtable/style.yaml").standardizedFileURL.path)
    }
}

@Suite struct HouseStyleWritingTests {
    private func options() throws -> WriterOptions { WriterOptions(style: try style(full)) }

    @Test func wordTakesTheFontsColoursLogoAndFooter() throws {
        let data = try DOCXWriter().write(MarkdownReader().read(notes), options: options())
        #expect(try DOCXWriter().write(MarkdownReader().read(notes), options: options()) == data, "the same bytes every time")
        let parts = try ZIPParts.unzip(data)
        let styles = try #require(parts["word/styles.xml"].flatMap { XMLProbe($0) })
        #expect(styles.string("//w:docDefaults//w:rFonts/@w:ascii") == "Atkinson Hyperlegible")
        #expect(styles.string("//w:docDefaults//w:color/@w:val") == "222222")
        #expect(styles.string("//w:style[@w:styleId='Title']//w:color/@w:val") == "6B2C6B")
        #expect(styles.string("//w:style[@w:styleId='Title']//w:rFonts/@w:ascii") == "Georgia")
        #expect(styles.string("//w:style[@w:styleId='Heading2']//w:color/@w:val") == "6B2C6B")
        #expect(styles.string("//w:style[@w:styleId='Heading4']//w:color/@w:val") == nil, "only large headings take the colour")
        #expect(styles.string("//w:style[@w:styleId='Hyperlink']//w:color/@w:val") == "0B5394")
        let fonts = try #require(parts["word/fontTable.xml"].flatMap { XMLProbe($0) })
        #expect(fonts.string("//w:font[@w:name='Atkinson Hyperlegible']/w:altName/@w:val") == "Arial")
        let theme = try #require(parts["word/theme/theme1.xml"].flatMap { XMLProbe($0) })
        #expect(theme.string("//a:minorFont/a:latin/@typeface") == "Atkinson Hyperlegible")
        #expect(theme.string("//a:majorFont/a:latin/@typeface") == "Georgia")
        let footer = try #require(parts["word/footer1.xml"].flatMap { XMLProbe($0) })
        #expect(footer.strings("//w:p") == ["Registered charity number 1234567", "Page 1 of 1"])
        let body = try #require(parts["word/document.xml"].flatMap { XMLProbe($0) })
        #expect(body.string("(//w:p)[1]//wp:docPr/@descr") == "Logo of Anytown Lived Experience Network")
        // 300 by 150 pixels at 150 per inch is 144 by 72 points; the logo's box is 48 points high.
        #expect(body.string("(//w:p)[1]//wp:extent/@cx") == String(96 * 12_700))
        #expect(body.string("(//w:p)[2]") == "Holding effective meetings")
        #expect(body.strings("//w:p[w:pPr/w:pStyle/@w:val='Byline']").first?.contains("Anytown Lived Experience Network") == true)
        #expect(parts.keys.contains("word/media/image1.png"))
    }

    @Test func libreOfficeTakesTheFontsColoursLogoAndFooter() throws {
        let data = FODTWriter().write(try MarkdownReader().read(notes), options: try options())
        let xml = try #require(XMLProbe(data))
        #expect(xml.string("//style:default-style/style:text-properties/@style:font-name") == "Atkinson Hyperlegible")
        #expect(xml.string("//style:default-style/style:text-properties/@fo:color") == "#222222")
        #expect(xml.count("//office:font-face-decls/style:font-face[@style:name='Georgia']") == 1)
        #expect(xml.string("//style:style[@style:name='Heading']/style:text-properties/@style:font-name") == "Georgia")
        #expect(xml.string("//style:style[@style:name='Heading_20_2']/style:text-properties/@fo:color") == "#6b2c6b")
        #expect(xml.string("//style:style[@style:name='Heading_20_4']/style:text-properties/@fo:color") == nil)
        #expect(xml.string("//style:style[@style:display-name='Internet link']/style:text-properties/@fo:color") == "#0b5394")
        #expect(xml.strings("//style:master-page/style:footer/text:p") == ["Registered charity number 1234567", "Page 1 of 1"])
        #expect(xml.string("(//office:text/text:p)[1]/draw:frame/svg:desc") == "Logo of Anytown Lived Experience Network")
        #expect(xml.string("(//office:text/text:p)[1]/draw:frame/@svg:height") == "16.93mm", "48 points")
    }

    @Test func theWebPageTakesTheFontsColoursLogoAndFooter() throws {
        let page = String(decoding: try HTMLWriter().write(MarkdownReader().read(notes), options: options()), as: UTF8.self)
        #expect(page.contains(":root { --text: #222222; }"))
        #expect(page.contains("body { font-family: \"Atkinson Hyperlegible\", \"Arial\", Verdana"))
        #expect(page.contains("h1, h2, h3, h4, h5, h6 { font-family: \"Georgia\", \"Times New Roman\", Verdana"))
        #expect(page.contains("h1, h2, h3 { color: #6b2c6b; }"))
        #expect(page.contains("<p class=\"logo\"><img src=\"data:image/png;base64,"))
        #expect(page.contains("alt=\"Logo of Anytown Lived Experience Network\" width=\"128\" height=\"64\" />"))
        #expect(page.contains("</main>\n<footer class=\"document-footer\"><p>Registered charity number 1234567</p></footer>"))
        let plain = String(decoding: try HTMLWriter().write(MarkdownReader().read(notes)), as: UTF8.self)
        #expect(!plain.contains("House style") && !plain.contains("<footer"), "Roundtable's own look adds nothing")
    }
}
