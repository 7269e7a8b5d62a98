import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way Roundtable opens a file it was given to read: only an ordinary saved file is
/// read, and its size is judged on the bytes really read, not on what the file system reports.
///
/// A named pipe (FIFO), socket or device is refused at once: it is opened without waiting and
/// checked before any byte is read, so a pipe with no writer can never make Roundtable hang.
package enum InputFile {
    /// Checks that `path` is an ordinary file that can be read, without reading it; `kind` names
    /// what the file should hold and `file` names the file, for messages (the path when nil).
    package static func checkReadable(_ path: String, kind: String, file: String? = nil) throws(ReadError) {
        let descriptor = try openOrdinaryFile(path, kind: kind, file: file ?? path)
        _ = close(descriptor)
    }

    /// The bytes of the ordinary file at `path`, at most `limit` of them; `tooLarge` makes the
    /// error for a bigger file, given the size the file system reports (nil when it reported less
    /// than was really there, as a pipe or a growing file may).
    package static func read(_ path: String, kind: String, file: String? = nil, limit: Int,
                            tooLarge: (_ reportedSize: Int?) -> ReadError) throws(ReadError) -> Data {
        let descriptor = try openOrdinaryFile(path, kind: kind, file: file ?? path)
        defer { _ = close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, Int(info.st_size) > limit { throw tooLarge(Int(info.st_size)) }
        // The file is ordinary, so reading it never waits; blocking reads are simpler to loop over.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        // Read into one buffer of the size the system reports (and one byte more, to see a file
        // that grew), growing it only for a file that is bigger than reported.
        var data = Data(count: min(max(Int(info.st_size), 0), limit) + 1)
        var filled = 0
        while filled <= limit {
            if filled == data.count { data.count = min(2 * data.count, limit + 1) }
            let count = data.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(file: file ?? path, problem: "This file could not be read (\(String(cString: strerror(errno)))).",
                                advice: "Check that the disk is working and that you have permission to read it.")
            }
            filled += count
        }
        data.count = filled
        guard data.count <= limit else { throw tooLarge(nil) }
        return data
    }

    /// Opens `path` for reading without waiting, and checks that it is an ordinary file.
    private static func openOrdinaryFile(_ path: String, kind: String, file: String) throws(ReadError) -> Int32 {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw openError(file, code: errno, kind: kind) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            _ = close(descriptor)
            throw openError(file, code: errno, kind: kind)
        }
        let what: String
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            return descriptor
        case S_IFDIR:
            _ = close(descriptor)
            throw ReadError(file: file, problem: "This is a folder, not a file.",
                            advice: "Give the name of a \(kind) file inside it.")
        case S_IFIFO: what = "a pipe"
        case S_IFSOCK: what = "a socket"
        case S_IFCHR, S_IFBLK: what = "a device"
        default: what = "a special file"
        }
        _ = close(descriptor)
        throw ReadError(file: file, problem: "This is \(what), not a saved file, so Roundtable does not read it.",
                        advice: "Save the \(kind) in a file first and give the name of that file, or send the text to Roundtable's standard input.")
    }

    private static func openError(_ file: String, code: Int32, kind: String) -> ReadError {
        switch code {
        case ENOENT, ENOTDIR:
            ReadError(file: file, problem: "There is no file with this name.",
                      advice: "Check the spelling and the folder, or use 'ls' to see the files here.")
        case EACCES, EPERM:
            ReadError(file: file, problem: "This file cannot be opened.",
                      advice: "Check that you have permission to read it.")
        case ENXIO:
            ReadError(file: file, problem: "This is a socket or device, not a saved file, so Roundtable does not read it.",
                      advice: "Save the \(kind) in a file first and give the name of that file.")
        default:
            ReadError(file: file, problem: "This file cannot be opened (\(String(cString: strerror(code)))).",
                      advice: "Check that the disk is working and that you have permission to read it.")
        }
    }
}

/// The system's `read`, under a name that `InputFile.read` does not hide.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
