import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a set of output files all or nothing, and never over a file the command reads.
///
/// Every file is first written to a temporary file in its own folder. Only when all of them are
/// written is each moved into place; an old file of the same name is kept aside until every move
/// has succeeded. If any step fails, the temporary files are removed and every old file is put
/// back, so the folder is as it was.
public struct OutputFiles: Sendable {
    /// The longest file name most file systems allow, in bytes (UTF-8).
    public static let maximumNameLength = 255

    /// Temporary files start with this, followed by a few random letters: short, so an output
    /// name up to `maximumNameLength` still works, and hidden, so a half-done write is not
    /// mistaken for a document.
    static let temporaryPrefix = ".rt-"

    /// A file to write: its final place and its bytes, or why it could not be made.
    public struct File: Sendable {
        /// Where the file goes: its folder and final name.
        public let url: URL
        /// Why the file could not be made (only a PDF, when LibreOffice cannot make it); such a
        /// file is left out when the others are written.
        public let notMade: PDFError?
        private let content: Content

        /// The content: bytes already made, or a writer that makes them as they are written, so
        /// a long document goes to the disk a chunk at a time and is never held whole.
        private enum Content: Sendable {
            case data(Data)
            case streamed(@Sendable (any ByteSink) -> Void)
        }

        /// The whole content of the file; empty when it could not be made.
        public var data: Data {
            switch content {
            case .data(let data):
                return data
            case .streamed(let write):
                let collector = ByteCollector()
                write(collector)
                return collector.failure == nil ? Data(collector.bytes) : Data()
            }
        }

        /// Creates a file to write; nothing is written until `write(_:inputs:)`.
        public init(url: URL, data: Data) {
            self.url = url
            content = .data(data)
            notMade = nil
        }

        /// Creates a file whose bytes `write` makes into a sink while the file is written.
        package init(url: URL, writing write: @escaping @Sendable (any ByteSink) -> Void) {
            self.url = url
            content = .streamed(write)
            notMade = nil
        }

        /// A file that could not be made, and why.
        public init(url: URL, notMade: PDFError) {
            self.url = url
            content = .data(Data())
            self.notMade = notMade
        }

        /// Writes the content to `sink`.
        fileprivate func write(to sink: any ByteSink) {
            switch content {
            case .data(let data): data.withUnsafeBytes { sink.take($0) }
            case .streamed(let write): write(sink)
            }
        }
    }

    /// Why output could not be written. Each case carries the facts; `errorDescription` words them.
    public enum WriteError: Error, LocalizedError, Sendable, Equatable {
        /// Writing `output` would replace `input`, a file the command reads.
        case wouldReplaceInput(output: String, input: String)
        /// Two outputs have the same name, so one would replace the other.
        case sameNameTwice(path: String)
        /// The name of `path` is longer than `maximumNameLength` bytes.
        case nameTooLong(path: String, bytes: Int)
        /// `path` should be a folder but is a file.
        case folderIsAFile(path: String)
        /// The folder `path` could not be created.
        case folderNotCreated(path: String, reason: String)
        /// The file could not be written in its folder; nothing was changed.
        case notWritten(path: String, reason: String)
        /// The file could not be put in place; every other file was put back, so nothing was changed.
        case notPutInPlace(path: String, reason: String)
        /// The file could not be put in place and an old file could not be put back: it is kept
        /// under the name `keptAs`.
        case notRestored(path: String, reason: String, original: String, keptAs: String)

        public var errorDescription: String? {
            switch self {
            case .wouldReplaceInput(let output, let input):
                return "\(output) would replace \(input), which is being read, so nothing was written. Write the output to another folder or under another name."
            case .sameNameTwice(let path):
                return "\(path) would be written twice, so nothing was written. Give the inputs different names, or write them one at a time."
            case .nameTooLong(let path, let bytes):
                return "\(path): This file name is \(bytes) bytes long; a file name can be at most \(OutputFiles.maximumNameLength) bytes, so nothing was written. Use a shorter name."
            case .folderIsAFile(let path):
                return "\(path): This is a file, not a folder, so documents cannot be written into it. Nothing was changed."
            case .folderNotCreated(let path, let reason):
                return "\(path): This folder could not be created (\(reason)). Nothing was changed. Check that you may write to the folder it goes in."
            case .notWritten(let path, let reason):
                return "\(path): This file could not be written (\(reason)). Nothing was changed. Check that you may write to the folder and that the disk is not full."
            case .notPutInPlace(let path, let reason):
                return "\(path): This file could not be put in place (\(reason)). Nothing was changed: every file is as it was."
            case .notRestored(let path, let reason, let original, let keptAs):
                return "\(path): This file could not be put in place (\(reason)), and the old \(original) could not be put back: it is kept as \(keptAs). Rename it back to \(original)."
            }
        }
    }

    /// Creates the folder `directory` (and its parents) if needed.
    public static func prepareFolder(_ directory: URL) throws(WriteError) {
        _ = try createFolder(directory)
    }

    /// One file per format for `document` in `folder`, named `baseName.<extension>`, written with
    /// `options`. A PDF that LibreOffice cannot make is returned as not made (see `File.notMade`),
    /// so the other formats can still be written.
    public static func documents(_ document: Document, formats: [OutputFormat], options: WriterOptions = .standard,
                                 baseName: String, folder: URL) throws -> [File] {
        try formats.map { format in
            let writer = format.writer
            let url = folder.appendingPathComponent(baseName + "." + writer.fileExtension)
            do {
                if let writer = format.byteWriter {
                    return File(url: url, writing: try writer.writing(document, options: options))
                }
                return File(url: url, data: try writer.write(document, options: options))
            } catch let error as PDFError {
                return File(url: url, notMade: error)
            }
        }
    }

    /// Writes every file that was made, all or nothing, creating the folders they go in. Refuses,
    /// before writing anything, an output that is one of `inputs` (the same file, however it is
    /// named). Files not made (`File.notMade`) are left out: the caller reports them.
    public static func write(_ files: [File], inputs: [URL]) throws(WriteError) {
        let files = files.filter { $0.notMade == nil }
        try check(files, inputs: inputs)
        var createdFolders: [URL] = []
        var staged: [(temporary: URL, file: File)] = []
        func undoStaging() {
            for pair in staged { unlink(pair.temporary.path) }
            for folder in createdFolders.reversed() { rmdir(folder.path) }
        }
        do {
            for file in files {
                createdFolders += try createFolder(file.url.deletingLastPathComponent())
            }
            for file in files {
                staged.append((try stage(file), file))
            }
        } catch {
            undoStaging()
            throw error
        }
        var placed: [(final: URL, aside: URL?)] = []
        for (index, pair) in staged.enumerated() {
            let final = pair.file.url
            var aside: URL?
            var failure: String?
            var status = stat()
            if lstat(final.path, &status) == 0 {
                if status.st_mode & S_IFMT == S_IFDIR {
                    failure = "there is a folder with this name"
                } else {
                    let candidate = final.deletingLastPathComponent().appendingPathComponent(temporaryName())
                    if rename(final.path, candidate.path) == 0 { aside = candidate } else { failure = reason(errno) }
                }
            }
            if failure == nil, rename(pair.temporary.path, final.path) != 0 {
                failure = reason(errno)
                if let aside { rename(aside.path, final.path) }
            }
            if let failure {
                for rest in staged[index...] { unlink(rest.temporary.path) }
                for done in placed.reversed() {
                    if let kept = done.aside {
                        if rename(kept.path, done.final.path) != 0 {
                            throw .notRestored(path: final.path, reason: failure, original: done.final.path, keptAs: kept.path)
                        }
                    } else {
                        unlink(done.final.path)
                    }
                }
                for folder in createdFolders.reversed() { rmdir(folder.path) }
                throw .notPutInPlace(path: final.path, reason: failure)
            }
            placed.append((final, aside))
        }
        for done in placed { if let aside = done.aside { unlink(aside.path) } }
        for folder in Set(files.map { $0.url.deletingLastPathComponent().path }) { synchronizeFolder(folder) }
    }

    /// Refuses outputs that are inputs, outputs named twice and names that are too long.
    static func check(_ files: [File], inputs: [URL]) throws(WriteError) {
        let identities = inputs.map { FileIdentity($0) }
        var seen: Set<String> = []
        for file in files {
            let bytes = file.url.lastPathComponent.utf8.count
            guard bytes <= maximumNameLength else { throw .nameTooLong(path: file.url.path, bytes: bytes) }
            let output = FileIdentity(file.url)
            guard seen.insert(output.path).inserted else { throw .sameNameTwice(path: file.url.path) }
            for (input, identity) in zip(inputs, identities) where identity.isSameFile(as: output) {
                throw .wouldReplaceInput(output: file.url.path, input: input.path)
            }
        }
    }

    /// Creates `directory` and any missing parents; returns the folders it created, outermost first.
    private static func createFolder(_ directory: URL) throws(WriteError) -> [URL] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .folderIsAFile(path: directory.path) }
            return []
        }
        var missing: [URL] = []
        var current = directory.standardizedFileURL
        while !FileManager.default.fileExists(atPath: current.path) {
            missing.insert(current, at: 0)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            for folder in missing.reversed() { rmdir(folder.path) }
            if FileManager.default.fileExists(atPath: current.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                throw .folderIsAFile(path: current.path)
            }
            throw .folderNotCreated(path: directory.path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
        return missing
    }

    /// Writes `file` to a new temporary file in its folder, flushed to the disk.
    private static func stage(_ file: File) throws(WriteError) -> URL {
        let folder = file.url.deletingLastPathComponent()
        var template = Array(folder.appendingPathComponent(temporaryPrefix + "XXXXXX").path.utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw .notWritten(path: file.url.path, reason: reason(errno)) }
        let temporary = URL(fileURLWithPath: String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
        fchmod(descriptor, 0o644 & ~currentUmask())
        let sink = FileSink(descriptor: descriptor)
        file.write(to: sink)
        if sink.failure == nil, fsync(descriptor) != 0 { sink.fail(reason(errno)) }
        if close(descriptor) != 0, sink.failure == nil { sink.fail(reason(errno)) }
        if let failure = sink.failure {
            unlink(temporary.path)
            throw .notWritten(path: file.url.path, reason: failure)
        }
        return temporary
    }

    /// A short hidden name in the same folder: the prefix and eight random letters or digits.
    private static func temporaryName() -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return temporaryPrefix + String((0..<8).map { _ in letters[Int(generator.next(upperBound: UInt(letters.count)))] })
    }

    /// The process's file-creation mask, so new files get the permissions the user expects.
    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    /// Asks the disk to record the new names in `folder`.
    private static func synchronizeFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// The system's reason for `code`, in its own words, or plain words for the common ones.
    fileprivate static func reason(_ code: Int32) -> String {
        switch code {
        case EISDIR: return "there is a folder with this name"
        case ENOSPC: return "the disk is full"
        case EACCES, EPERM: return "you may not write to this folder"
        case ENAMETOOLONG: return "the name is too long"
        default: return String(cString: strerror(code))
        }
    }
}

/// Writes to an open file as bytes come; after the first failure it keeps the reason and
/// writes nothing more.
private final class FileSink: ByteSink {
    let descriptor: Int32
    private(set) var failure: String?

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    func take(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, var start = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = write(descriptor, start, left)
            if written < 0 {
                if errno == EINTR { continue }
                fail(OutputFiles.reason(errno))
                return
            }
            start += written
            left -= written
        }
    }

    func fail(_ reason: String) {
        if failure == nil { failure = reason }
    }
}

/// Which file a path names: its device and inode where it exists, and its path with every
/// symbolic link resolved, so two names for one file are recognised.
struct FileIdentity {
    let path: String
    let device: UInt64?
    let inode: UInt64?

    init(_ url: URL) {
        let absolute = url.standardizedFileURL
        let folder = absolute.deletingLastPathComponent().resolvingSymlinksInPath()
        path = folder.appendingPathComponent(absolute.lastPathComponent).resolvingSymlinksInPath().path
        var status = stat()
        if stat(absolute.path, &status) == 0 {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        } else {
            device = nil
            inode = nil
        }
    }

    /// Whether both name the same file.
    func isSameFile(as other: FileIdentity) -> Bool {
        if path == other.path { return true }
        guard let device, let inode, let otherDevice = other.device, let otherInode = other.inode else { return false }
        return device == otherDevice && inode == otherInode
    }
}
