import Foundation
import ZIPFoundation

/// A .docx or .odt file (a ZIP archive) opened to read one part at a time, with every size
/// checked from the archive's central directory before anything is unpacked.
///
/// A "zip bomb" is a small file that unpacks to gigabytes; these limits refuse one before it can
/// fill the memory, and unpacking stops as soon as a part proves bigger than it declared.
struct SafeZip {
    /// The most parts an archive may hold; real documents hold dozens.
    static let maximumEntries = 10_000
    /// The most a part that is read may unpack to.
    static let maximumPartSize: UInt64 = 100 * 1024 * 1024
    /// The most all parts together may declare they unpack to.
    static let maximumTotalSize: UInt64 = 500 * 1024 * 1024
    /// The highest ratio of unpacked to packed size allowed for a large part.
    static let maximumRatio: UInt64 = 200
    /// Parts up to this size may have any ratio: small runs of repeated bytes pack very well.
    static let ratioCheckedAbove: UInt64 = 1024 * 1024

    private let archive: Archive
    private let entries: [String: Entry]
    private let file: String
    private let format: DocumentFile.Format

    /// Opens the archive at `url`; `file` names it in messages.
    init(url: URL, file: String, format: DocumentFile.Format) throws(ReadError) {
        try self.init(archive: Self.open(file: file, format: format) { try Archive(url: url, accessMode: .read) },
                      file: file, format: format)
    }

    /// Opens the archive held in `data`; `file` names it in messages.
    init(data: Data, file: String, format: DocumentFile.Format) throws(ReadError) {
        try self.init(archive: Self.open(file: file, format: format) { try Archive(data: data, accessMode: .read) },
                      file: file, format: format)
    }

    /// The archive `opening` makes, or the message that the file is not a package of `format`.
    private static func open(file: String, format: DocumentFile.Format, _ opening: () throws -> Archive) throws(ReadError) -> Archive {
        do {
            return try opening()
        } catch {
            throw format.notThisFormat(file: file, reason: "it is not the ZIP package a \(format.fileExtension) file is made of")
        }
    }

    private init(archive: Archive, file: String, format: DocumentFile.Format) throws(ReadError) {
        var entries: [String: Entry] = [:]
        var count = 0
        var total: UInt64 = 0
        for entry in archive {
            count += 1
            guard count <= Self.maximumEntries else {
                throw ReadError(file: file,
                                problem: "This file holds more than \(Self.grouped(Self.maximumEntries)) parts, far more than any \(format.name) does, so Roundtable does not open it.",
                                advice: "Check that it is the right file, or save it again from \(format.applications) as \(format.fileExtension).")
            }
            let size = entry.uncompressedSize
            let (ratioLimit, huge) = max(entry.compressedSize, 1).multipliedReportingOverflow(by: Self.maximumRatio)
            if size > Self.ratioCheckedAbove && !huge && size > ratioLimit {
                throw Self.zipBomb(file: file, format: format,
                                   why: "one of its parts would unpack to more than \(Self.maximumRatio) times its packed size")
            }
            let (sum, overflow) = total.addingReportingOverflow(size)
            total = overflow ? .max : sum
            guard total <= Self.maximumTotalSize else {
                throw Self.zipBomb(file: file, format: format,
                                   why: "its parts would unpack to more than \(Self.megabytes(Self.maximumTotalSize)) in all")
            }
            if entries[entry.path] == nil { entries[entry.path] = entry }
        }
        self.archive = archive
        self.entries = entries
        self.file = file
        self.format = format
    }

    /// Whether the archive holds a part at `path`.
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The bytes of the part at `path`, or nil when there is no such part.
    func read(_ path: String) throws(ReadError) -> Data? {
        guard let entry = entries[path] else { return nil }
        guard entry.type == .file else { throw damaged() }
        let declared = entry.uncompressedSize
        guard declared <= Self.maximumPartSize else {
            throw ReadError(file: file,
                            problem: "The text of this \(format.name) unpacks to \(Self.megabytes(declared)); Roundtable reads at most \(Self.megabytes(Self.maximumPartSize)).",
                            advice: "Split it into smaller documents, or save it as plain text (.txt) and check that.")
        }
        var bytes = Data()
        var tooBig = false
        do {
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                guard UInt64(bytes.count + chunk.count) <= declared else {
                    tooBig = true
                    throw ArchiveStop()
                }
                bytes.append(chunk)
            }
            guard checksum == entry.checksum, UInt64(bytes.count) == declared else { throw damaged() }
        } catch let error as ReadError {
            throw error
        } catch {
            if tooBig {
                throw Self.zipBomb(file: file, format: format, why: "one of its parts unpacks to more than it says it holds")
            }
            throw damaged()
        }
        return bytes
    }

    /// The error for an archive whose text cannot be unpacked.
    private func damaged() -> ReadError {
        ReadError(file: file, problem: "This \(format.name) is damaged: its text could not be unpacked.",
                  advice: "Open it in \(format.applications) and save it again as \(format.fileExtension).")
    }

    private static func zipBomb(file: String, format: DocumentFile.Format, why: String) -> ReadError {
        ReadError(file: file,
                  problem: "This file is too large to open safely: \(why). It may be a \"zip bomb\", a file made to fill the memory.",
                  advice: "Check where the file came from. If you trust it, open it in \(format.applications) and save it again as \(format.fileExtension).")
    }

    /// `10000` as `10,000`.
    private static func grouped(_ number: Int) -> String {
        var digits = String(number)
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: digits.index(digits.startIndex, offsetBy: index))
            index -= 3
        }
        return digits
    }

    private static func megabytes(_ bytes: UInt64) -> String {
        "\((bytes + 1024 * 1024 - 1) / (1024 * 1024)) MB"
    }

    /// Thrown from the unpacking closure to stop it.
    private struct ArchiveStop: Error {}
}
