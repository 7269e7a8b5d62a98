/// The names people have in published documents: their own name only with recorded consent,
/// otherwise "Participant A", "Participant B"… with their role beside it.
public struct PublicNames: Sendable {
    private let labels: [PersonID: String]

    /// Names `participants`; letters go to people without consent in the order given.
    public init(_ participants: [Participant]) {
        var labels: [PersonID: String] = [:]
        var letters = 0
        for participant in participants where labels[participant.id] == nil {
            if participant.consentsToBeNamed {
                labels[participant.id] = participant.displayName
            } else {
                labels[participant.id] = "Participant " + Self.letters(letters)
                letters += 1
            }
        }
        self.labels = labels
    }

    /// The published name of a person: "Sam Jones" with consent, "Participant A" without.
    public func name(of participant: Participant) -> String {
        labels[participant.id] ?? "Participant"
    }

    /// The published name with the role: "Participant A (expert by experience)".
    public func nameWithRole(of participant: Participant) -> String {
        "\(name(of: participant)) (\(participant.role.name))"
    }

    /// A, B, … Z, AA, AB, … as spreadsheets number their columns.
    static func letters(_ index: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var number = index + 1
        var result = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            result = String(alphabet[remainder]) + result
            number = (number - 1) / 26
        }
        return result
    }
}
