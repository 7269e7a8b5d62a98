/// The bullets and numbers of every list, written as numbering.xml.
///
/// There are two abstract definitions, one for bullets and one for numbers, each with the nine
/// levels Word allows. Every list gets its own `w:num`; a numbered one overrides the start of its
/// level, so each list starts at its own start value instead of continuing the previous list.
struct DOCXNumbering {
    private struct Instance {
        var ordered: Bool
        var level: Int
        var start: Int
    }

    /// The deepest level Word supports; deeper lists are drawn at this level.
    static let deepestLevel = 8

    private var instances: [Instance] = []

    /// Adds a list whose items sit at `level` (0 for a top-level list) and returns its `w:numId` and level.
    mutating func add(_ kind: ListBlock.Kind, level: Int) -> DOCXListReference {
        let level = min(max(level, 0), Self.deepestLevel)
        switch kind {
        case .bullet: instances.append(Instance(ordered: false, level: level, start: 1))
        case .ordered(let start): instances.append(Instance(ordered: true, level: level, start: max(start, 0)))
        }
        return DOCXListReference(numberingId: instances.count, level: level)
    }

    private static let bullets = ["\u{2022}", "\u{25E6}", "\u{25AA}"]
    private static let numberFormats = ["decimal", "lowerLetter", "lowerRoman"]

    /// The whole numbering.xml part.
    var xml: MarkupBuffer {
        var xml = MarkupBuffer(capacity: 8192 + instances.count * 128)
        xml.raw(DOCXPackage.xmlDeclaration)
        xml.raw("<w:numbering xmlns:w=\"\(DOCXPackage.wordNamespace)\">")
        for ordered in [false, true] {
            xml.raw(ordered ? "<w:abstractNum w:abstractNumId=\"1\">" : "<w:abstractNum w:abstractNumId=\"0\">")
            xml.raw("<w:multiLevelType w:val=\"hybridMultilevel\"/>")
            for level in 0...Self.deepestLevel {
                xml.raw("<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/>")
                if ordered {
                    xml.raw("<w:numFmt w:val=\"\(Self.numberFormats[level % 3])\"/><w:lvlText w:val=\"%\(level + 1).\"/>")
                } else {
                    xml.raw("<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\(Self.bullets[level % 3])\"/>")
                }
                xml.raw("<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"\(DOCXStyles.indent * (level + 1))\" w:hanging=\"360\"/></w:pPr></w:lvl>")
            }
            xml.raw("</w:abstractNum>")
        }
        for (offset, instance) in instances.enumerated() {
            xml.raw("<w:num w:numId=\"\(offset + 1)\"><w:abstractNumId w:val=\"\(instance.ordered ? 1 : 0)\"/>")
            if instance.ordered {
                xml.raw("<w:lvlOverride w:ilvl=\"\(instance.level)\"><w:startOverride w:val=\"\(instance.start)\"/></w:lvlOverride>")
            }
            xml.raw("</w:num>")
        }
        xml.raw("</w:numbering>")
        return xml
    }
}
