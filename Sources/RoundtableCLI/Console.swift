import Documents
import Foundation
import PlainLanguage

/// Prints `items` on standard output with control and direction characters made visible.
///
/// This hides the standard library's `print` in the command line on purpose: every line the CLI
/// prints goes through here, so a name, title or file content can never move the cursor, clear
/// the screen, change the window title or reverse a line. Reports with colour use `Console.report`.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Swift.print(TerminalText.visible(items.map { "\($0)" }.joined(separator: separator) + terminator), terminator: "")
}

/// Where the CLI prints: results to standard output, problems to standard error. Everything is
/// shown through `TerminalText`, so control characters are seen, never obeyed.
enum Console {
    /// Prints a problem on standard error, prefixed with the command name.
    static func error(_ message: String) {
        standardError("roundtable: " + message)
    }

    /// Prints a warning on standard error: something was left out, and the command went on.
    static func warning(_ message: String) {
        error("warning: " + message)
    }

    /// Prints a report built by a renderer (`DiagnosticRenderer`), which has
    /// already made its text visible, keeping only the colour and bold it added.
    static func report(_ text: String) {
        Swift.print(TerminalText.visibleKeepingStyle(text))
    }

    /// Writes one line on standard output at once, unbuffered, for a person or a program that
    /// waits for it while the command goes on running.
    static func announce(_ line: String) {
        FileHandle.standardOutput.write(Data(TerminalText.visible(line + "\n").utf8))
    }

    /// Writes bytes that are already safe for a terminal (such as `CheckReportJSON`'s) on standard
    /// output as they are, in order; stops quietly when the reader has gone (a closed pipe).
    static func writeStandardOutput(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes(writeStandardOutput)
    }

    /// Writes bytes as `writeStandardOutput(_:)` does, from memory the caller holds.
    static func writeStandardOutput(_ buffer: UnsafeRawBufferPointer) {
        // After what `print` may still hold, never before it.
        fflush(nil)
        var offset = 0
        while offset < buffer.count, let base = buffer.baseAddress {
            let written = write(STDOUT_FILENO, base + offset, buffer.count - offset)
            if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else { return }
        }
    }

    /// Writes one line on standard error.
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data(TerminalText.visible(line + "\n").utf8))
    }
}

extension Console {
    /// "Wrote Exports/notes.docx", one line per file, on standard output or, when standard output
    /// carries something else (a report), on standard error.
    static func wrote(_ files: [OutputFiles.File], onStandardError: Bool = false) {
        for file in files {
            let line = "Wrote \(Paths.display(file.url))"
            if onStandardError { standardError(line) } else { print(line) }
        }
    }
}

/// A problem that ends the command with a given exit code and a message for the user.
struct CommandFailure: Error {
    let message: String
    var exitCode: Int32 = 2
}

extension Console {
    /// All of standard input as text, with the same checks as a file.
    static func standardInput(kind: String) throws(ReadError) -> String {
        try TextFile.received(FileHandle.standardInput.readData(ofLength: TextFile.maximumSize + 1), from: "standard input", kind: kind)
    }
}
