/// The rules a house style adds after the page's stylesheet: its colours, fonts, logo and footer.
/// Roundtable's own look adds nothing, as the stylesheet already is that look.
enum HTMLHouseStyle {
    /// The fonts every stack ends with, so a page reads well where the house fonts are missing.
    private static let fallbacks = "Verdana, \"Liberation Sans\", Arial, sans-serif"

    /// CSS for `style`; empty for Roundtable's own look.
    static func css(_ style: HouseStyle) -> String {
        guard style != .roundtable else { return "" }
        let usual = HouseStyle.roundtable
        var css = "/* House style. */\n"
        var variables: [String] = []
        if style.textColour != usual.textColour { variables.append("--text: \(style.textColour);") }
        if style.accentColour != usual.accentColour { variables.append("--accent: \(style.accentColour);") }
        if !variables.isEmpty { css += ":root { " + variables.joined(separator: " ") + " }\n" }
        if !style.bodyFonts.isEmpty { css += "body { font-family: \(stack(style.bodyFonts)); }\n" }
        if !style.headingFonts.isEmpty { css += "h1, h2, h3, h4, h5, h6 { font-family: \(stack(style.headingFonts)); }\n" }
        if let colour = style.headingColour {
            css += HouseStyle.colouredHeadingLevels.map { "h\($0)" }.joined(separator: ", ") + " { color: \(colour); }\n"
        }
        if style.logo != nil { css += ".logo { margin: 0 0 1rem; }\n" }
        if style.footer != nil {
            css += ".document-footer { max-width: 42rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; border-top: 1px solid var(--rule); color: var(--muted); }\n"
        }
        return css
    }

    /// `"Atkinson Hyperlegible", Arial, Verdana, …`: the house fonts quoted, then the usual ones.
    private static func stack(_ fonts: [FontName]) -> String {
        (fonts.map { "\"\($0)\"" } + [fallbacks]).joined(separator: ", ")
    }
}
