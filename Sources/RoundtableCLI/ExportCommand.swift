import ArgumentParser
import Documents
import Foundation

/// `roundtable export`: notes, letters and papers to finished documents.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Turn notes, letters and papers into documents to share.",
        discussion: """
        Reads Markdown (.md), text (.txt), web pages (.html), Word (.docx) and LibreOffice (.odt, \
        .fodt) files, and keeps their headings, lists and tables. Each file is named after its \
        input: notes.md becomes notes.html, notes.docx and notes.fodt. Write the title, date and \
        other details at the top of Markdown notes, between two lines of three dashes ('---'). Or \
        give them here with --title and --date.

        Pictures saved next to the notes as .png, .jpg or .gif files go inside the Word, LibreOffice and \
        web page files. A picture that cannot go in is reported with its line, its description \
        stands in its place, and the exit code is 1.

        Examples:

            roundtable export notes.md
            roundtable export october.md --to docx -o ~/Documents
            roundtable export letter.docx --to html,fodt
            roundtable export notes.md --toc
            cat notes.md | roundtable export - --title "Holding effective meetings"
        """
    )

    @Argument(help: ArgumentHelp("The files to turn into documents. Use - to read Markdown from standard input.",
                                 valueName: "file"))
    var files: [String]

    @Option(name: .customLong("to"), help: FormatList<OutputFormat>.help("The formats to write, with commas between.", leftOut: .usual),
            transform: FormatList.parse)
    var formats = FormatList<OutputFormat>.usual

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the documents into. It is created if it does not exist.",
                                                   valueName: "folder"))
    var output = "Exports"

    @Option(help: ArgumentHelp("A title to use instead of the one in the notes.", valueName: "title"))
    var title: String?

    @Option(help: ArgumentHelp("A date to use instead of the one in the notes. Write it as year-month-day, for example 2026-10-14.",
                               valueName: "date"))
    var date: String?

    @OptionGroup var page: LookOptions
    @OptionGroup var contentsList: ContentsOption

    func validate() throws {
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("The date '\(date)' is not one Roundtable can read. Write it as year-month-day, for example 2026-10-14.")
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("Standard input (-) can be read only once. Give it once, or save the text to a file.")
        }
    }

    func run() throws {
        let exporter = Exporter(formats: formats.formats, title: title, date: date.flatMap { CalendarDate(iso: $0) },
                                options: try page.look(contents: contentsList.contents).options)
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        var files: [OutputFiles.File] = []
        var problems: [PictureProblem] = []
        var sources: [String: String] = [:]
        for path in self.files {
            let baseName = path == "-" ? "notes" : Exporter.baseName(of: path)
            if let earlier = sources[baseName] {
                throw CommandFailure(message: "\(earlier) and \(path) would both be written as '\(baseName)'. Export them one at a time into different folders with -o, or rename one of them.")
            }
            sources[baseName] = path
            let result = try exporter.export(file: path, standardInput: path == "-" ? try Console.standardInput(kind: "notes") : nil,
                                             into: folder)
            files += result.files
            problems += result.pictureProblems
        }
        for problem in problems { Console.standardError(problem.description) }
        try OutputWriting.write(files, inputs: self.files)
        Console.wrote(files)
        ProcessEnd.keep(files)
        if problems.contains(where: { $0.severity == .error }) {
            throw CommandFailure(message: "The documents were written, with a description in place of each picture that could not be put in. Fix the pictures above and export again.", exitCode: 1)
        }
    }
}

/// Shows paths the way the user typed them: relative to the current folder where possible.
enum Paths {
    static func display(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}
