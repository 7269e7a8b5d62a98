// Shows how balanced the voices were in one session of a Roundtable database, and writes the
// report as a web page.
//
// Run it from the project folder on the database the `roundtable` command keeps:
//     swift run SessionBalance ~/.local/share/roundtable/roundtable.sqlite "Language" Exports
// The session is found by its number or its title.

import Documents
import Foundation
import SessionStore
import SpeakingTurns
import Workflows
// snippet.hide

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    print("Give a database and a session: SessionBalance sessions.db \"Language\" Exports")
    exit(2)
}
let folder = URL(fileURLWithPath: arguments.count > 2 ? arguments[2] : "Exports", isDirectory: true)

do {
    // snippet.show
    // Open the database and find the session by its number or its title.
    let store = try SessionStore(path: arguments[0])
    let session = try store.session(arguments[1])

    // Read who was present and every turn, then measure the balance as of the last turn.
    let turns = try store.turns(session: session.id, now: Date())
    guard let report = turns.balanceReport(now: nil) else {
        print("Nobody has spoken in \(session.title) yet.")
        exit(0)
    }
    for sentence in report.reading { print(sentence) }

    // The report is a Document, so every writer can write it.
    let files = try OutputFiles.documents(report.document(), formats: [.html],
                                          baseName: "balance", folder: folder)
    try OutputFiles.write(files, inputs: [URL(fileURLWithPath: arguments[0])])
    // snippet.hide
    for file in files { print("Wrote \(file.url.path)") }
} catch {
    print(error.localizedDescription)
    exit(1)
}
