import CLibZ

/// A sink that compresses what it takes as one ZIP entry does: raw deflate at zlib's level 3,
/// with the CRC-32 and sizes the entry records, so a long part of a DOCX file is held only
/// compressed (about a twelfth of its size).
///
/// The compressed bytes do not depend on how the input is cut into chunks: the same document
/// always gives the same file.
final class Deflater: ByteSink {
    /// The compressed bytes so far; all of them once `finish()` has run.
    private(set) var compressed: [UInt8] = []
    /// The CRC-32 of every byte taken.
    private(set) var checksum: UInt32 = 0
    /// How many bytes have been taken.
    private(set) var size = 0
    /// Why the part could not be compressed (zlib refused), if it could not.
    private(set) var failure: String?
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private var output = [UInt8](repeating: 0, count: 1 << 16)
    private var finished = false

    /// Starts an empty entry; zlib keeps state between chunks, which `deinit` gives back.
    init() {
        stream.initialize(to: z_stream())
        // Level 3, not zlib's default 6: deflating document.xml is the longest step of a DOCX
        // export, and level 3 takes about half as long for a file about a fifth larger (1 MB of
        // notes: 386 → 457 KB). Raw deflate (no zlib header) and memory level 9, as ZIPFoundation.
        let result = deflateInit2_(stream, 3, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        if result != Z_OK { fail("zlib could not start compressing (error \(result)).") }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// The compressed bytes of `bytes`, all in one.
    static func deflating(_ bytes: [UInt8]) -> Deflater {
        let deflater = Deflater()
        deflater.take(bytes)
        deflater.finish()
        return deflater
    }

    /// The CRC-32 of `bytes`, continuing from `checksum`.
    static func checksum(of bytes: UnsafeRawBufferPointer, continuing checksum: UInt32 = 0) -> UInt32 {
        var checksum = uLong(checksum)
        forEachPiece(of: bytes) { start, length in checksum = crc32(checksum, start, length) }
        return UInt32(checksum)
    }

    /// Calls `body` with each piece of `bytes` in order: zlib counts in 32 bits, so anything
    /// longer goes in pieces.
    private static func forEachPiece(of bytes: UnsafeRawBufferPointer, _ body: (UnsafeMutablePointer<Bytef>, uInt) -> Void) {
        guard let start = bytes.baseAddress else { return }
        let input = UnsafeMutablePointer(mutating: start.assumingMemoryBound(to: Bytef.self))
        var offset = 0
        while offset < bytes.count {
            let length = min(bytes.count - offset, Int(UInt32.max))
            body(input + offset, uInt(length))
            offset += length
        }
    }

    func take(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, !finished, !bytes.isEmpty else { return }
        checksum = Self.checksum(of: bytes, continuing: checksum)
        Self.forEachPiece(of: bytes) { start, length in
            stream.pointee.next_in = start
            stream.pointee.avail_in = length
            run(Z_NO_FLUSH)
        }
        size += bytes.count
    }

    /// Compresses what zlib still holds and ends the entry; nothing more may be taken.
    func finish() {
        guard failure == nil, !finished else { return }
        finished = true
        stream.pointee.next_in = nil
        stream.pointee.avail_in = 0
        run(Z_FINISH)
    }

    func fail(_ reason: String) {
        if failure == nil { failure = reason }
    }

    /// Runs deflate until it has taken all the input, or, with `Z_FINISH`, until the stream ends.
    private func run(_ flush: Int32) {
        while true {
            let result = output.withUnsafeMutableBufferPointer { buffer -> Int32 in
                stream.pointee.next_out = buffer.baseAddress
                stream.pointee.avail_out = uInt(buffer.count)
                let result = deflate(stream, flush)
                compressed.append(contentsOf: buffer[..<(buffer.count - Int(stream.pointee.avail_out))])
                return result
            }
            if result == Z_STREAM_END { return }
            guard result == Z_OK || result == Z_BUF_ERROR else {
                fail("zlib could not compress the document (error \(result)).")
                return
            }
            if flush == Z_NO_FLUSH, stream.pointee.avail_out != 0 { return }
        }
    }
}
