import Foundation

/// Writes a ZIP archive to a sink, entry after entry, byte for byte as ZIPFoundation 0.9.20 lays
/// it out: UTF-8 names, every entry dated 1980-01-01 00:00 with the permissions 0644, no
/// extra fields, then the central directory.
///
/// Why not ZIPFoundation itself: it needs each entry's size before its first byte, so a DOCX
/// part must be held whole, and on Linux its CRC-32 runs a byte at a time in Swift; this writer
/// takes parts compressed as they were written (`Deflater`). It writes only what DOCX needs; an
/// archive too big for ZIP without its 64-bit extension is refused. ZIPFoundation still reads
/// DOCX files, and reads these back in the tests.
struct ZIPWriter {
    /// The largest size or offset a ZIP archive without its 64-bit extension records.
    static let largestSize = Int(UInt32.max) - 1
    /// The most entries such an archive holds.
    static let mostEntries = Int(UInt16.max) - 1

    private let sink: any ByteSink
    private var offset = 0
    private var directory: [UInt8] = []
    private var entries = 0
    private var tooLarge = false

    /// Starts an archive written to `sink`.
    init(sink: any ByteSink) {
        self.sink = sink
    }

    /// Adds a compressed entry; `deflated` must be finished.
    mutating func add(_ path: String, deflated: Deflater) {
        if let failure = deflated.failure { sink.fail(failure) }
        add(path, method: 8, checksum: deflated.checksum, size: deflated.size, data: deflated.compressed)
    }

    /// Adds an entry stored as it is (pictures, which are compressed already).
    mutating func add(_ path: String, stored data: Data) {
        let checksum = data.withUnsafeBytes { Deflater.checksum(of: $0) }
        add(path, method: 0, checksum: checksum, size: data.count, data: [UInt8](data))
    }

    /// Writes the central directory and its end record; the archive is then whole.
    mutating func finish() {
        guard !tooLarge else { return }
        let start = offset
        guard start + directory.count <= Self.largestSize else { return refuse() }
        sink.take(directory)
        var end: [UInt8] = []
        end.append(littleEndian: UInt32(0x0605_4b50))
        end.append(littleEndian: UInt16(0))
        end.append(littleEndian: UInt16(0))
        end.append(littleEndian: UInt16(entries))
        end.append(littleEndian: UInt16(entries))
        end.append(littleEndian: UInt32(directory.count))
        end.append(littleEndian: UInt32(start))
        end.append(littleEndian: UInt16(0))
        sink.take(end)
    }

    private mutating func add(_ path: String, method: UInt16, checksum: UInt32, size: Int, data: [UInt8]) {
        guard !tooLarge else { return }
        let name = Array(path.utf8)
        guard size <= Self.largestSize, data.count <= Self.largestSize, offset <= Self.largestSize,
              entries < Self.mostEntries else { return refuse() }
        // The fields the local header and the central directory share, from "version needed" on.
        var shared: [UInt8] = []
        shared.append(littleEndian: UInt16(20))          // version needed to extract: 2.0
        shared.append(littleEndian: UInt16(0x0800))      // the name is UTF-8
        shared.append(littleEndian: method)
        shared.append(littleEndian: UInt16(0))           // 00:00
        shared.append(littleEndian: UInt16(0x0021))      // 1980-01-01
        shared.append(littleEndian: checksum)
        shared.append(littleEndian: UInt32(data.count))
        shared.append(littleEndian: UInt32(size))
        shared.append(littleEndian: UInt16(name.count))
        shared.append(littleEndian: UInt16(0))           // no extra field

        var header: [UInt8] = []
        header.append(littleEndian: UInt32(0x0403_4b50))
        header += shared
        header += name
        sink.take(header)
        sink.take(data)

        directory.append(littleEndian: UInt32(0x0201_4b50))
        directory.append(littleEndian: UInt16(0x0315))   // made by: Unix, version 2.1
        directory += shared
        directory.append(littleEndian: UInt16(0))        // no comment
        directory.append(littleEndian: UInt16(0))        // disk 0
        directory.append(littleEndian: UInt16(0))        // no internal attributes
        directory.append(littleEndian: UInt32(0o100644) << 16) // a regular file, rw-r--r--
        directory.append(littleEndian: UInt32(offset))
        directory += name
        offset += header.count + data.count
        entries += 1
    }

    private mutating func refuse() {
        tooLarge = true
        sink.fail("The Word file would be too big for a DOCX file, which holds at most 4 GB in at most \(Self.mostEntries) parts. Split the notes into several files and export each.")
    }
}

extension [UInt8] {
    /// Appends `value` least significant byte first, as ZIP records numbers.
    fileprivate mutating func append<Value: FixedWidthInteger>(littleEndian value: Value) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
