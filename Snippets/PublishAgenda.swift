// Checks an agenda against good practice for inclusive meetings, then publishes it as a web page
// and a calendar invite.
//
// Run it from the project folder:
//     swift run PublishAgenda Resources/example/language-session-agenda.yaml Exports
// It prints the time of each item and each finding, then writes the files into Exports.

import Documents
import Foundation
import PlainLanguage
import SessionPlanning
import Workflows
// snippet.hide

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    print("Give an agenda file, and a folder for the documents: PublishAgenda agenda.yaml Exports")
    exit(2)
}
let folder = URL(fileURLWithPath: arguments.dropFirst().first ?? "Exports", isDirectory: true)

do {
    // snippet.show
    // Read, time and check the agenda, with Roundtable's own glossary.
    let check = try AgendaCheck(path: path, glossary: try GlossaryLoader.curated())
    for (item, slot) in zip(check.agenda.items, check.schedule.slots) {
        print("\(slot.start)–\(slot.end)  \(item.title)")
    }
    for finding in check.findings {
        print("\(finding.location): \(finding.message)")
    }

    // Publish it as a web page and an invite for people's calendars, all or nothing.
    let publisher = AgendaPublisher(formats: [.document(.html), .calendar])
    let files = try publisher.files(for: check.agenda, schedule: check.schedule,
                                    baseName: Exporter.baseName(of: path), into: folder)
    try OutputFiles.write(files, inputs: [URL(fileURLWithPath: path)])
    // snippet.hide
    for file in files { print("Wrote \(file.url.path)") }
} catch {
    print(error.localizedDescription)
    exit(1)
}
