import Foundation

/// Writes a set of output files so that each one appears whole or not at all.
///
/// Every file is first written to a hidden temporary file in the output folder and renamed into
/// place only when all of them are written, so a failure (a full disk, a folder that cannot be
/// written) never leaves a half-written document behind.
public struct OutputFiles: Sendable {
    /// A file to write: its final place and its bytes.
    public struct File: Sendable {
        public let url: URL
        public let data: Data

        public init(url: URL, data: Data) {
            self.url = url
            self.data = data
        }
    }

    /// Why output could not be written.
    public struct WriteError: Error, LocalizedError, Sendable {
        public let path: String
        public let problem: String

        public var errorDescription: String? {
            "\(path): \(problem) Check that the folder exists, that you may write to it and that the disk is not full, or choose another folder with -o."
        }
    }

    /// Creates the folder `directory` (and its parents) if needed.
    public static func prepareFolder(_ directory: URL) throws(WriteError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw WriteError(path: directory.path, problem: "This is a file, not a folder, so documents cannot be written into it.")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: directory.path, problem: "This folder could not be created.")
        }
    }

    /// One file per format for `document` in `folder`, named `baseName.<extension>`.
    public static func documents(_ document: Document, formats: [OutputFormat], baseName: String, folder: URL) throws -> [File] {
        try formats.map { format in
            let writer = format.writer
            return File(url: folder.appendingPathComponent(baseName + "." + writer.fileExtension), data: try writer.write(document))
        }
    }

    /// Writes every file, all or nothing, creating the folders they go in.
    public static func write(_ files: [File]) throws(WriteError) {
        var folders: [URL] = []
        for file in files {
            let folder = file.url.deletingLastPathComponent()
            if !folders.contains(folder) { folders.append(folder) }
        }
        for folder in folders { try prepareFolder(folder) }
        var written: [(temporary: URL, final: URL)] = []
        func removeTemporaries() {
            for pair in written { try? FileManager.default.removeItem(at: pair.temporary) }
        }
        for (index, file) in files.enumerated() {
            let folder = file.url.deletingLastPathComponent()
            let temporary = folder.appendingPathComponent(".\(file.url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-\(index).partial")
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                removeTemporaries()
                throw WriteError(path: file.url.path, problem: "This file could not be written.")
            }
            written.append((temporary, file.url))
            do {
                let handle = try FileHandle(forWritingTo: temporary)
                defer { try? handle.close() }
                try handle.write(contentsOf: file.data)
                try handle.synchronize()
            } catch {
                removeTemporaries()
                throw WriteError(path: file.url.path, problem: "This file could not be written (\(error.localizedDescription)).")
            }
        }
        for (index, pair) in written.enumerated() where rename(pair.temporary.path, pair.final.path) != 0 {
            for rest in written[index...] { try? FileManager.default.removeItem(at: rest.temporary) }
            throw WriteError(path: pair.final.path, problem: "This file could not be put in place.")
        }
    }
}
