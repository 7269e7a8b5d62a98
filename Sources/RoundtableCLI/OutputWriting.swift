import Documents
import Foundation

/// Writes a command's files through `OutputFiles` and words any problem for the terminal, with
/// the option to change.
enum OutputWriting {
    /// Advice for commands that write into a folder chosen with -o.
    static let otherFolder = "Write to another folder with -o."

    /// Writes `files` all or nothing, refusing to replace any of `inputs` (paths as given; `-`,
    /// standard input, is skipped). `elsewhere` says how to choose another place.
    /// A file that could not be made (a PDF without LibreOffice) is left out: the others are
    /// written and listed, then the command ends with the reason and exit code 1.
    static func write(_ files: [OutputFiles.File], inputs: [String], elsewhere: String = otherFolder) throws {
        do {
            try OutputFiles.write(files, inputs: inputs.filter { $0 != "-" }.map { URL(fileURLWithPath: $0) })
        } catch {
            throw CommandFailure(message: message(for: error, elsewhere: elsewhere))
        }
        let notMade = files.compactMap(\.notMade)
        guard let reason = notMade.first else { return }
        Console.wrote(files.filter { $0.notMade == nil })
        throw CommandFailure(message: reason.localizedDescription, exitCode: 1)
    }

    /// The problem as a sentence with file names as the user sees them.
    static func message(for error: OutputFiles.WriteError, elsewhere: String) -> String {
        func shown(_ path: String) -> String { Paths.display(URL(fileURLWithPath: path)) }
        switch error {
        case .wouldReplaceInput(let output, let input):
            return "\(shown(output)) would replace \(shown(input)), which this command reads, so nothing was written. \(elsewhere)"
        case .sameNameTwice(let path):
            return "\(shown(path)) would be written twice, so nothing was written. Give the input files different names, or write them one at a time. \(elsewhere)"
        case .nameTooLong(let path, let bytes):
            return "\(shown(path)): This file name is \(bytes) bytes long; a file name can be at most \(OutputFiles.maximumNameLength) bytes, so nothing was written. Give the input file a shorter name."
        case .folderIsAFile(let path):
            return "\(shown(path)): This is a file, not a folder, so nothing was written. \(elsewhere)"
        case .folderNotCreated(let path, let reason):
            return "\(shown(path)): This folder could not be created (\(reason)), so nothing was written. Check that you may write there. \(elsewhere)"
        case .notWritten(let path, let reason):
            return "\(shown(path)): This file could not be written (\(reason)). Nothing was changed. Check that you may write to the folder and that the disk is not full. \(elsewhere)"
        case .notPutInPlace(let path, let reason):
            return "\(shown(path)): This file could not be put in place (\(reason)). Nothing was changed: every file is as it was. Move what is in the way and try again. \(elsewhere)"
        case .notRestored(let path, let reason, let original, let keptAs):
            return "\(shown(path)): This file could not be put in place (\(reason)), and the old \(shown(original)) could not be put back: it is kept as \(shown(keptAs)). Rename it back to \(shown(original)) before you try again."
        }
    }
}
