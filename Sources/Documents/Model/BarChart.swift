/// A horizontal bar chart of shares, such as each person's share of speaking time. The web page
/// draws it as a picture (SVG); Word and LibreOffice show a table with shaded bars; Markdown and
/// plain text show bars of block characters. Every bar's label and value are always text too.
public struct BarChart: Sendable, Equatable {
    /// One bar.
    public struct Bar: Sendable, Equatable {
        /// What the bar stands for, such as "Participant A (expert by experience)".
        public var label: String
        /// Its share, from 0 to 1, which sets the bar's length.
        public var share: Double
        /// The value as people read it, such as "32 % · 5 turns".
        public var value: String

        /// Creates a bar; a share below 0 or above 1 counts as 0 or 1, and one that is not finite as 0.
        public init(label: String, share: Double, value: String) {
            self.label = label
            self.share = share.isFinite ? min(max(share, 0), 1) : 0
            self.value = value
        }
    }

    /// A sentence saying what the chart shows; also its text alternative.
    public var caption: String
    /// The heading over the labels, such as "Person".
    public var labelHeading: String
    /// The heading over the values, such as "Share of speaking time".
    public var valueHeading: String
    /// The bars, in the order shown, top to bottom.
    public var bars: [Bar]

    /// Creates a chart.
    public init(caption: String, labelHeading: String, valueHeading: String, bars: [Bar]) {
        self.caption = caption
        self.labelHeading = labelHeading
        self.valueHeading = valueHeading
        self.bars = bars
    }

    /// A bar of `width` block characters, full for a share of 1.
    public static func textBar(_ share: Double, width: Int = 20) -> String {
        let filled = Int((share * Double(width)).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: max(0, width - filled))
    }
}
