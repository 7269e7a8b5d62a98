// Turns a file someone sent you (Markdown, text, a web page, Word or LibreOffice) into an
// accessible web page, a Word document and a LibreOffice document, in easy read.
//
// Run it from the project folder:
//     swift run ExportDocument letter.docx Exports

import Documents
import Foundation
// snippet.hide

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    print("Give a file, and a folder for the documents: ExportDocument letter.docx Exports")
    exit(2)
}
let folder = URL(fileURLWithPath: arguments.dropFirst().first ?? "Exports", isDirectory: true)

do {
    // snippet.show
    // Every reader gives the same Document: headings, lists, tables, links and footnotes.
    var document = try DocumentFile.read(path)
    print("Read \(document.blocks.count) blocks from \(path).")

    // The title shown on the first page and in the file's properties.
    document.metadata.title = document.metadata.title ?? "A letter for the group"

    // How it looks is an option for the writers, not part of the document.
    let options = WriterOptions(layout: .easyRead)
    let files = try OutputFiles.documents(document, formats: [.html, .docx, .fodt], options: options,
                                          baseName: Exporter.baseName(of: path), folder: folder)
    try OutputFiles.write(files, inputs: [URL(fileURLWithPath: path)])
    // snippet.hide
    for file in files { print("Wrote \(file.url.path)") }
} catch {
    print(error.localizedDescription)
    exit(1)
}
