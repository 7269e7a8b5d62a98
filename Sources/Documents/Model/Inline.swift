/// A piece of running text inside a block. Writers switch over it exhaustively.
public enum Inline: Sendable, Equatable {
    /// Words with no formatting. A `SourceMap` anchors places in the file to these pieces.
    case text(String)
    /// Emphasised text, usually shown in italics (`*…*` in Markdown).
    case emphasis([Inline])
    /// Strongly emphasised text, usually shown in bold (`**…**` in Markdown).
    case strong([Inline])
    /// Text with a line through it (`~~…~~` in Markdown).
    case strikethrough([Inline])
    /// Text shown exactly as written, in a fixed-width font.
    case code(String)
    /// A hyperlink around some text; an address that could run code or open the reader's own
    /// files (`javascript:`, `file:`) is published as the text alone. Held by reference (as is
    /// `image`), so every other inline stays as small as a string in the arrays that hold them.
    indirect case link(Link)
    /// A picture. Word, LibreOffice and web pages show it when its file was put inside the
    /// document (see `PictureFiles`), and its text alternative, as "[Picture: …]", otherwise.
    indirect case image(Image)
    /// A line break the author asked for.
    case lineBreak
    /// A line break in the source that readers show as a space.
    case softBreak
    /// A reference to the footnote with this label.
    case footnoteReference(String)
}

/// A hyperlink around some text.
public struct Link: Sendable, Equatable {
    /// The address, as written, such as `https://…`, `mailto:…` or `#part`.
    public var destination: String
    /// Extra words about the link, shown when the pointer rests on it, if any.
    public var title: String?
    /// The text people click.
    public var inlines: [Inline]

    /// Creates a link to `destination` around `inlines`.
    public init(destination: String, title: String? = nil, _ inlines: [Inline]) {
        self.destination = destination
        self.title = title
        self.inlines = inlines
    }
}

/// A picture, always with a text alternative for people who cannot see it.
public struct Image: Sendable, Equatable {
    /// The picture's address, as written: a path, a web address or a `data:` address.
    public var source: String
    /// Extra words about the picture, shown when the pointer rests on it, if any.
    public var title: String?
    /// The text alternative read out by screen readers and shown where the picture cannot be.
    public var alternative: String
    /// The picture file itself, once `PictureFiles` has found it next to the notes; nil until then,
    /// and for pictures on the web, which are never fetched.
    public var picture: Picture?
    /// Where the picture is written in a Markdown file; nil for other formats and for pictures
    /// made rather than read.
    public var position: SourcePosition?

    /// Creates a picture; `alternative` has no default, so no picture comes without words.
    public init(source: String, title: String? = nil, alternative: String, picture: Picture? = nil,
                position: SourcePosition? = nil) {
        self.source = source
        self.title = title
        self.alternative = alternative
        self.picture = picture
        self.position = position
    }
}
