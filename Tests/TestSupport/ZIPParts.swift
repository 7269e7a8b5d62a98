import Foundation
import ZIPFoundation

/// The entries of a ZIP archive (a .docx) held in memory.
public enum ZIPParts {
    /// Every entry with its bytes, in archive order; the CRC of each is checked.
    public static func entries(_ data: Data) throws -> [(entry: Entry, bytes: Data)] {
        let archive = try Archive(data: data, accessMode: .read)
        return try archive.map { entry in
            var bytes = Data()
            // ZIPFoundation works the CRC-32 out as it extracts, but leaves comparing it to us.
            let checksum = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            guard checksum == entry.checksum else { throw Archive.ArchiveError.invalidCRC32 }
            return (entry, bytes)
        }
    }

    /// Every entry's bytes, by path.
    public static func unzip(_ data: Data) throws -> [String: Data] {
        Dictionary(try entries(data).map { ($0.entry.path, $0.bytes) }, uniquingKeysWith: { $1 })
    }

    /// The text of a file, or of every part of it joined when it is a ZIP, for searching all of it.
    public static func visibleBytes(_ data: Data) throws -> String {
        guard data.starts(with: [0x50, 0x4B]) else { return String(decoding: data, as: UTF8.self) }
        return try entries(data).map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
    }
}
