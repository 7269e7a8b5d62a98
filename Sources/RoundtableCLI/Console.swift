import Foundation

/// Where the CLI prints: results to standard output, problems to standard error.
enum Console {
    /// Prints a problem on standard error, prefixed with the command name.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("roundtable: " + message + "\n").utf8))
    }
}

/// A problem that ends the command with a given exit code and a message for the user.
struct CommandFailure: Error {
    let message: String
    var exitCode: Int32 = 2
}
