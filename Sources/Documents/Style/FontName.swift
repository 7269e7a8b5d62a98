import Foundation

/// The name of a font, as programs list it ("Atkinson Hyperlegible"): letters, digits, spaces,
/// dashes, dots and underscores only, at most 60 characters. Nothing else can reach a stylesheet
/// or a style part, so a name never needs escaping in CSS or XML.
public struct FontName: Sendable, Equatable, CustomStringConvertible {
    /// The longest name: 60 characters.
    public static let maximumLength = 60

    /// The name.
    public let description: String

    /// The font called `name`, or nil when the name is empty, too long or has other characters.
    public init?(_ name: String) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= Self.maximumLength,
              trimmed.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || " -_.".unicodeScalars.contains($0) })
        else { return nil }
        description = trimmed
    }
}
