/// A piece of running text inside a block. Writers switch over it exhaustively.
public enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    /// Text shown exactly as written, in a fixed-width font.
    case code(String)
    case link(Link)
    case image(Image)
    /// A line break the author asked for.
    case lineBreak
    /// A line break in the source that readers show as a space.
    case softBreak
    /// A reference to the footnote with this label.
    case footnoteReference(String)
}

/// A hyperlink around some text.
public struct Link: Sendable, Equatable {
    public var destination: String
    public var title: String?
    public var inlines: [Inline]

    public init(destination: String, title: String? = nil, _ inlines: [Inline]) {
        self.destination = destination
        self.title = title
        self.inlines = inlines
    }
}

/// A picture, always with a text alternative for people who cannot see it.
public struct Image: Sendable, Equatable {
    public var source: String
    public var title: String?
    /// The text alternative read out by screen readers and shown where the picture cannot be.
    public var alternative: String

    public init(source: String, title: String? = nil, alternative: String) {
        self.source = source
        self.title = title
        self.alternative = alternative
    }
}
