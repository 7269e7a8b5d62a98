import ArgumentParser
import Documents
import Foundation
import RoundtableResources

/// `roundtable demo`: the main job, shown on the bundled example session.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Show what Roundtable does, using an example session.",
        discussion: """
        Takes the notes of an example Community of Practice session (the October 'Language' \
        session) and writes them as a web page, a Word document and a LibreOffice document, \
        so you can open them and see the result.
        """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the example documents into.", valueName: "folder"))
    var output = "Exports"

    func run() throws {
        let notes = BundledResources.url("example/language-session-notes.md")
        let text = try TextFile.read(notes.path, kind: "notes")
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let files = try Exporter(formats: [.html, .docx, .fodt])
            .export(markdown: text, file: notes.lastPathComponent, baseName: Exporter.baseName(of: notes.path), into: folder)
        try OutputFiles.prepareFolder(folder)
        try OutputFiles.write(files)
        for file in files {
            print("Wrote \(Paths.display(file.url))")
        }
        print("Open these files to see the example notes as documents. To do the same with your own notes, run: roundtable export notes.md")
    }
}
