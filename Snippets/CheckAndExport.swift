// Checks the wording of a file and writes it as a web page and a Word document.
//
// Run it from the project folder:
//     swift run CheckAndExport notes.docx Exports
// It prints each finding, then writes notes.html and notes.docx into the folder Exports.

import Documents
import Foundation
import PlainLanguage
import Workflows
// snippet.hide

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    print("Give a file to check, and a folder for the documents: CheckAndExport notes.md Exports")
    exit(2)
}
let folder = URL(fileURLWithPath: arguments.dropFirst().first ?? "Exports", isDirectory: true)

do {
    // snippet.show
    // Read the file: Markdown, text, a web page, Word or LibreOffice.
    let document = try DocumentFile.read(path)

    // Use Roundtable's glossary, with the team's own words found from this folder upwards.
    let workingFolder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let glossaries = try GlossaryChoice.resolve(workingFolder: workingFolder, named: nil, userID: getuid())

    // Check the wording and print each finding with where it is.
    let report = PlainLanguageChecker(glossary: glossaries.glossary).check(document, file: path)
    for finding in report.diagnostics {
        print("\(finding.location): \(finding.message)")
    }
    if let readability = report.readability {
        print("Reading age: about \(Int(readability.readingAge.rounded())) years")
    }

    // Write the document as a web page and a Word file, all or nothing.
    let files = try OutputFiles.documents(document, formats: [.html, .docx],
                                          baseName: Exporter.baseName(of: path), folder: folder)
    try OutputFiles.write(files, inputs: [URL(fileURLWithPath: path)])
    // snippet.hide
    for file in files { print("Wrote \(file.url.path)") }
} catch {
    print(error.localizedDescription)
    exit(1)
}
