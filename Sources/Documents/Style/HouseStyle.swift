/// An organisation's look for the documents Roundtable writes: its name and logo on the title
/// block, its colours and fonts, a line in every page footer, and its paper size.
///
/// Word, LibreOffice and web page files apply it alike. Every colour has passed the contrast
/// check of `HouseStyleReader`; ``roundtable`` is Roundtable's own look.
public struct HouseStyle: Sendable, Equatable {
    /// The organisation's name: the logo's text alternative, and the details line of a document
    /// that names no organisation itself.
    public var organisation: String?
    /// The logo shown above the title.
    public var logo: Picture?
    /// The colour of body text.
    public var textColour: Colour
    /// The colour of the title and the headings of levels 2 and 3 (the title is level 1).
    public var headingColour: Colour?
    /// The colour of links, the bar beside the summary and the bars of charts.
    public var accentColour: Colour
    /// The font for body text, then fonts to use when it is not installed; empty for each format's usual font.
    public var bodyFonts: [FontName]
    /// The font for the title and headings, then fallbacks; empty for the body font.
    public var headingFonts: [FontName]
    /// A line in every page footer, such as a charity number.
    public var footer: String?
    /// The paper size, when the style sets one.
    public var pageSize: WriterOptions.PageSize?

    /// The contrast body text and links need against the page: 4.5 to 1 (WCAG 2.2 AA, normal text).
    public static let textContrast = 4.5
    /// The contrast headings need: 3 to 1 (WCAG 2.2 AA, large text: the title and headings of
    /// levels 2 and 3 are 14 points bold or larger in every format).
    public static let largeTextContrast = 3.0
    /// The heading levels the heading colour reaches, all of them large text; level 1 is the title.
    public static let colouredHeadingLevels = 1...3

    /// The most room the logo takes above the title, in points: 180 wide (about 6 cm), 48 high
    /// (about 1.7 cm). A logo is shrunk to fit, never stretched.
    public static let logoBox = (width: 180.0, height: 48.0)

    /// Roundtable's own look.
    public static let roundtable = HouseStyle()

    /// A style with Roundtable's colours and each format's usual fonts, changed by the properties set afterwards.
    public init(organisation: String? = nil, logo: Picture? = nil, textColour: Colour = Colour(red: 0x1b, green: 0x1b, blue: 0x1b),
                headingColour: Colour? = nil, accentColour: Colour = Colour(red: 0x0b, green: 0x53, blue: 0x94),
                bodyFonts: [FontName] = [], headingFonts: [FontName] = [], footer: String? = nil, pageSize: WriterOptions.PageSize? = nil) {
        self.organisation = organisation
        self.logo = logo
        self.textColour = textColour
        self.headingColour = headingColour
        self.accentColour = accentColour
        self.bodyFonts = bodyFonts
        self.headingFonts = headingFonts
        self.footer = footer
        self.pageSize = pageSize
    }

    /// The logo's text alternative: "Logo of" and the organisation, or "Logo".
    public var logoDescription: String {
        organisation.map { "Logo of \($0)" } ?? "Logo"
    }

    /// The fonts of headings: the heading fonts, or the body fonts when the style names none.
    var headingFontsOrBody: [FontName] { headingFonts.isEmpty ? bodyFonts : headingFonts }

    /// The colour of a heading at `level` (0 for the title), or nil for the text colour.
    func colour(ofHeading level: Int) -> Colour? {
        level == 0 || Self.colouredHeadingLevels.contains(level) ? headingColour : nil
    }
}
