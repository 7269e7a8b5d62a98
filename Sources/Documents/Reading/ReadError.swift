import Foundation

/// Why a file could not be read, written as advice for the person who gave it to us.
public struct ReadError: Error, LocalizedError, Equatable, Sendable {
    /// The file, as the person named it (or `standard input`).
    public var file: String
    /// Where in the file the problem is, when known.
    public var position: SourcePosition?
    /// What is wrong, as a plain sentence.
    public var problem: String
    /// What to do about it, as a plain sentence.
    public var advice: String

    /// Creates an error for `file` at `position`.
    public init(file: String, position: SourcePosition? = nil, problem: String, advice: String) {
        self.file = file
        self.position = position
        self.problem = problem
        self.advice = advice
    }

    /// `notes.md line 3, column 7: <problem> <advice>`.
    public var errorDescription: String? {
        let place = position.map { "\(file) \($0)" } ?? file
        return "\(place): \(problem) \(advice)"
    }
}
