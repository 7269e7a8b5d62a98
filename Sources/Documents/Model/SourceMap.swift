/// Where the words of a block were found in its file, so a finding can point at them.
///
/// Kept beside the inlines rather than inside them, so writers and transformations that do not
/// care where text came from never see it. Each anchor names one `Inline.text` of the block by
/// its place in reading order, counted from 0 (for a table: the header cells, then each row's
/// cells, left to right), and a UTF-8 offset in that text. Files with no lines (Word,
/// OpenDocument) have no anchors: their words are found by paragraph and character instead.
public struct SourceMap: Sendable, Equatable {
    /// The place in the file where a stretch of a block's text starts.
    public struct Anchor: Sendable, Equatable {
        /// Which text of the block, counting its `Inline.text` pieces from 0 in reading order.
        public var text: Int
        /// The UTF-8 offset in that text where the stretch starts.
        public var offset: Int
        /// The line and column of the stretch's first character.
        public var position: SourcePosition

        /// Creates an anchor at `position` for the stretch starting `offset` bytes into text
        /// `text`; by default, at its start.
        public init(text: Int, offset: Int = 0, position: SourcePosition) {
            self.text = text
            self.offset = offset
            self.position = position
        }
    }

    /// The anchors, in reading order.
    public var anchors: [Anchor]

    /// A map with `anchors`; none when the file has no lines or the block was made, not read.
    public init(_ anchors: [Anchor] = []) {
        self.anchors = anchors
    }
}
