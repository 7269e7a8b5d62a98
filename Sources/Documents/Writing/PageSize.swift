extension WriterOptions {
    /// The paper a document is laid out on: A4, used in most of the world, or US Letter, used in
    /// the United States and Canada.
    ///
    /// Word and LibreOffice documents set their pages to it, and web pages printed on letter ask
    /// the browser for it. Markdown and plain text have no pages, so their writers ignore it.
    public enum PageSize: String, Sendable, Equatable, CaseIterable {
        /// A4: 210 × 297 millimetres.
        case a4
        /// US Letter: 8.5 × 11 inches.
        case letter

        /// The width of the paper held upright.
        var width: PaperLength { dimensions.width }
        /// The height of the paper held upright.
        var height: PaperLength { dimensions.height }

        /// The one definition of each size, in the unit its standard uses, so no writer rounds it twice.
        private var dimensions: (width: PaperLength, height: PaperLength) {
            switch self {
            case .a4: return (.millimetres(210), .millimetres(297))
            case .letter: return (.inches(8.5), .inches(11))
            }
        }
    }
}

/// A length on paper, kept in the unit it was given in, and written in the unit each format measures in.
enum PaperLength: Sendable, Equatable {
    case millimetres(Double)
    case inches(Double)

    /// In twentieths of a point, as WordprocessingML measures pages (1440 to the inch).
    var twips: Int {
        switch self {
        case .millimetres(let millimetres): return Int((millimetres * 1440 / 25.4).rounded())
        case .inches(let inches): return Int((inches * 1440).rounded())
        }
    }

    /// In hundredths of a millimetre, as the FODT writer measures table widths.
    var hundredthsOfMillimetre: Int {
        switch self {
        case .millimetres(let millimetres): return Int((millimetres * 100).rounded())
        case .inches(let inches): return Int((inches * 2540).rounded())
        }
    }

    /// As an OpenDocument length in its own unit: centimetres for a metric length
    /// (`29.7cm`), inches otherwise (`8.5in`).
    var odf: String {
        switch self {
        case .millimetres(let millimetres): return Self.number(millimetres / 10) + "cm"
        case .inches(let inches): return Self.number(inches) + "in"
        }
    }

    /// `21` for 21.0 and `29.7` for 29.7: no trailing zero.
    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
