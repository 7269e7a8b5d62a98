import PlainLanguage

extension Array where Element == Diagnostic {
    /// The findings in the order of the file: by line and column, and otherwise as found.
    func inFileOrder() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            let left = lhs.element.location.position.map { ($0.line, $0.column) } ?? (0, 0)
            let right = rhs.element.location.position.map { ($0.line, $0.column) } ?? (0, 0)
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
