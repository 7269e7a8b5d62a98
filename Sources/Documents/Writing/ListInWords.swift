/// A list in a sentence: "a", "a and b", "a, b and c" (or "a, b or c").
package enum ListInWords {
    /// `parts` joined with commas and `conjunction` before the last; empty when there are none.
    package static func joined(_ parts: [String], _ conjunction: String = "and") -> String {
        guard let last = parts.last else { return "" }
        return parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
