import Foundation
import Yams

/// Reads a house style file (YAML), such as:
///
/// ```yaml
/// organisation: Anytown Lived Experience Network
/// logo: logo.png
/// colours:
///   text: "#1b1b1b"
///   headings: "#6b2c6b"
///   accent: "#6b2c6b"
/// fonts:
///   body: [Atkinson Hyperlegible, Arial]
///   headings: [Georgia, Times New Roman]
/// footer: Registered charity number 1234567
/// page-size: a4
/// ```
///
/// Every detail is optional. The logo is read relative to the style file's folder. A colour that
/// is too pale to read on the white page is refused, with its measured contrast and a nearby
/// colour that passes; every problem names the file, line and column.
public enum HouseStyleReader {
    /// Where a team keeps its house style, in the folder of the notes or a folder above it.
    public static let usualPlace = ".roundtable/style.yaml"
    /// The longest organisation name or footer line: 200 characters.
    public static let maximumLineLength = 200
    /// The most fonts one list may name: the font and four fallbacks.
    public static let maximumFonts = 5

    private static let keys = ["organisation", "logo", "colours", "fonts", "footer", "page-size"]

    /// Reads the style file at `path`.
    public static func read(_ path: String) throws(ReadError) -> HouseStyle {
        try read(TextFile.read(path, kind: "house style"), file: path,
                 folder: URL(fileURLWithPath: path).deletingLastPathComponent())
    }

    /// The house style in `text`, from `file`; a logo's path is relative to `folder`.
    public static func read(_ text: String, file: String, folder: URL) throws(ReadError) -> HouseStyle {
        guard let root = try YAMLDocument.parse(text, file: file) else { return .roundtable }
        let map = try YAMLMap(root, file: file, context: "the house style", allowedKeys: keys)
        var style = HouseStyle.roundtable
        style.organisation = try line(map, "organisation")
        style.footer = try line(map, "footer")
        if let logo = try map.string("logo") {
            style.logo = try picture(logo, at: map.value("logo")!, in: map, folder: folder)
        }
        if let node = map.value("colours") {
            let colours = try YAMLMap(node, file: file, context: "'colours'", allowedKeys: ["text", "headings", "accent"])
            if let text = try colour(colours, "text", needs: HouseStyle.textContrast, usedFor: "body text") { style.textColour = text }
            style.headingColour = try colour(colours, "headings", needs: HouseStyle.largeTextContrast, usedFor: "headings")
            if let accent = try colour(colours, "accent", needs: HouseStyle.textContrast, usedFor: "links") { style.accentColour = accent }
        }
        if let node = map.value("fonts") {
            let fonts = try YAMLMap(node, file: file, context: "'fonts'", allowedKeys: ["body", "headings"])
            style.bodyFonts = try fontList(fonts, "body")
            style.headingFonts = try fontList(fonts, "headings")
        }
        if let size = try map.string("page-size") {
            guard let pageSize = WriterOptions.PageSize(rawValue: size.lowercased()) else {
                throw map.problem(at: map.value("page-size")!, "'page-size' in the house style is '\(size)', a paper size Roundtable does not know.",
                                  advice: "Write 'page-size: a4' or 'page-size: letter'.")
            }
            style.pageSize = pageSize
        }
        return style
    }

    /// The house style file `.roundtable/style.yaml` in `folder` or the nearest folder above it.
    public static func find(from folder: URL) -> String? {
        var current = folder.standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(usualPlace).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    private static func line(_ map: YAMLMap, _ key: String) throws(ReadError) -> String? {
        guard let text = try map.string(key) else { return nil }
        guard text.count <= maximumLineLength, !text.contains(where: \.isNewline) else {
            throw map.problem(at: map.value(key)!, "'\(key)' in the house style should be one line of at most \(maximumLineLength) characters.",
                              advice: "Shorten it to one line.")
        }
        return text
    }

    private static func picture(_ path: String, at node: Node, in map: YAMLMap, folder: URL) throws(ReadError) -> Picture {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
        switch PictureFiles.load(url) {
        case .success(let loaded): return loaded.picture
        case .failure(let kind):
            throw map.problem(at: node, kind.message(naming: "The logo '\(path)'", source: path),
                              advice: "The logo's name is read from the folder of the house style file.")
        }
    }

    /// The colour at `key`, refused when it has less than `needs` contrast against the white page.
    private static func colour(_ map: YAMLMap, _ key: String, needs ratio: Double, usedFor use: String) throws(ReadError) -> Colour? {
        guard let node = map.value(key) else { return nil }
        guard let text = node.scalar?.string.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            throw map.problem(at: node, "The \(key) colour in the house style is empty.",
                              advice: "Write the colour in quotes, because YAML reads # as the start of a comment: \(key): \"#1b1b1b\".")
        }
        guard let colour = Colour(hex: text) else {
            throw map.problem(at: node, "The \(key) colour '\(text)' is not a colour Roundtable can read.",
                              advice: "Write it as # and six hexadecimal digits, in quotes: \(key): \"#1b1b1b\".")
        }
        let measured = colour.contrast(with: .white)
        guard measured >= ratio else {
            let nearby = colour.nearest(reaching: ratio, against: .white)
            throw map.problem(at: node, "The \(key) colour \(colour) is too pale to read on a white page: its contrast is \(formatted(measured)) to 1, and \(use) need at least \(formatted(ratio)) to 1 (WCAG AA).",
                              advice: "Use a darker colour. \(nearby) is close to it and passes, at \(formatted(nearby.contrast(with: .white))) to 1.")
        }
        return colour
    }

    /// A contrast ratio with two decimal places at most (`2.1`, `4.5`, `3`), rounded down so a
    /// failing ratio never reads as passing.
    private static func formatted(_ value: Double) -> String {
        var text = String(format: "%.2f", (value * 100).rounded(.down) / 100)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The fonts at `key`: a list, or one line with commas between the names.
    private static func fontList(_ map: YAMLMap, _ key: String) throws(ReadError) -> [FontName] {
        let names = try map.strings(key)
        guard names.count <= maximumFonts else {
            throw map.problem(at: map.value(key)!, "'\(key)' in 'fonts' names \(names.count) fonts; at most \(maximumFonts) are used.",
                              advice: "Keep the font you want and up to \(maximumFonts - 1) to use when it is not installed.")
        }
        var fonts: [FontName] = []
        for name in names {
            guard let font = FontName(name) else {
                throw map.problem(at: map.value(key)!, "The font name '\(name)' is longer than \(FontName.maximumLength) characters or has characters a font name cannot have.",
                                  advice: "Write the font's name as your programs show it, with letters, digits, spaces and dashes only.")
            }
            fonts.append(font)
        }
        return fonts
    }
}
