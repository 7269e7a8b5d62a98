import Documents
import Foundation

/// Where the CLI prints: results to standard output, problems to standard error.
enum Console {
    /// Prints a problem on standard error, prefixed with the command name.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("roundtable: " + message + "\n").utf8))
    }
}

extension Console {
    /// "Wrote Exports/notes.docx", one line per file, on standard output or, when standard output
    /// carries something else (a report), on standard error.
    static func wrote(_ files: [OutputFiles.File], onStandardError: Bool = false) {
        for file in files {
            let line = "Wrote \(Paths.display(file.url))"
            if onStandardError { FileHandle.standardError.write(Data((line + "\n").utf8)) } else { print(line) }
        }
    }
}

/// A problem that ends the command with a given exit code and a message for the user.
struct CommandFailure: Error {
    let message: String
    var exitCode: Int32 = 2
}
