/// The bullets and numbers of every list, written as numbering.xml.
///
/// There are two abstract definitions, one for bullets and one for numbers, each with the nine
/// levels Word allows, and a third without any mark for lists of tasks, whose tick boxes are
/// their marks. Every list gets its own `w:num`; a numbered one overrides the start of its
/// level, so each list starts at its own start value instead of continuing the previous list.
struct DOCXNumbering {
    /// The kind of mark, which is also the `w:abstractNumId` of its definition.
    private enum Marks: Int, CaseIterable {
        case bullets = 0
        case numbers = 1
        case none = 2
    }

    private struct Instance {
        var marks: Marks
        var level: Int
        var start: Int
    }

    /// The deepest level Word supports; deeper lists are drawn at this level.
    static let deepestLevel = 8

    private var instances: [Instance] = []

    /// Adds a list whose items sit at `level` (0 for a top-level list) and returns its `w:numId` and level.
    /// A bulleted list of `tasks` gets no bullets, as its text starts with a tick box.
    mutating func add(_ kind: ListBlock.Kind, level: Int, tasks: Bool = false) -> DOCXListReference {
        let level = min(max(level, 0), Self.deepestLevel)
        switch kind {
        case .bullet: instances.append(Instance(marks: tasks ? .none : .bullets, level: level, start: 1))
        case .ordered(let start): instances.append(Instance(marks: .numbers, level: level, start: max(start, 0)))
        }
        return DOCXListReference(numberingId: instances.count, level: level)
    }

    private static let bullets = ["\u{2022}", "\u{25E6}", "\u{25AA}"]
    private static let numberFormats = ["decimal", "lowerLetter", "lowerRoman"]

    /// The whole numbering.xml part; the definition without marks is written only when a list uses it.
    var xml: MarkupBuffer {
        var xml = MarkupBuffer(capacity: 8192 + instances.count * 128)
        xml.raw(DOCXPackage.xmlDeclaration)
        xml.raw("<w:numbering xmlns:w=\"\(DOCXPackage.wordNamespace)\">")
        for marks in Marks.allCases where marks != .none || instances.contains(where: { $0.marks == .none }) {
            xml.raw("<w:abstractNum w:abstractNumId=\"\(marks.rawValue)\">")
            xml.raw("<w:multiLevelType w:val=\"hybridMultilevel\"/>")
            for level in 0...Self.deepestLevel {
                xml.raw("<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/>")
                switch marks {
                case .numbers:
                    xml.raw("<w:numFmt w:val=\"\(Self.numberFormats[level % 3])\"/><w:lvlText w:val=\"%\(level + 1).\"/>")
                case .bullets:
                    xml.raw("<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\(Self.bullets[level % 3])\"/>")
                case .none:
                    xml.raw("<w:numFmt w:val=\"none\"/><w:lvlText w:val=\"\"/>")
                }
                xml.raw("<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"\(DOCXStyles.indent * (level + 1))\" w:hanging=\"360\"/></w:pPr></w:lvl>")
            }
            xml.raw("</w:abstractNum>")
        }
        for (offset, instance) in instances.enumerated() {
            xml.raw("<w:num w:numId=\"\(offset + 1)\"><w:abstractNumId w:val=\"\(instance.marks.rawValue)\"/>")
            if instance.marks == .numbers {
                xml.raw("<w:lvlOverride w:ilvl=\"\(instance.level)\"><w:startOverride w:val=\"\(instance.start)\"/></w:lvlOverride>")
            }
            xml.raw("</w:num>")
        }
        xml.raw("</w:numbering>")
        return xml
    }
}
