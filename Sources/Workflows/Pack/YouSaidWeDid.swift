import Documents
import SessionStore

/// The pack's "What you told us and what we did" section (often called "you said, we did", a
/// phrase the glossary counts as jargon): every action raised at the session or at an earlier
/// one, open or closed, with what was said, what was done and where it stands. The pack's
/// redaction runs over it like every other part, so nobody is named who has not agreed to be.
struct YouSaidWeDid {
    /// The section's heading.
    static let title = "What you told us and what we did"

    /// The actions, oldest session first.
    let actions: [SessionAction]

    /// The section's blocks under its heading: a sentence, then the table.
    var blocks: [Block] {
        let intro = "What people raised at this session and earlier ones, and what was done about it."
        let rows = actions.map { action -> [[Inline]] in
            let row = ActionWords(action).packRow
            return [[.text(row.said)], [.text(row.did)], [.text(row.status)]]
        }
        return [.paragraph(Paragraph([.text(intro)])),
                .table(Table(alignments: [.left, .left, .left],
                             header: [[.text("What you said")], [.text("What we did")], [.text("Status")]], rows: rows))]
    }
}
