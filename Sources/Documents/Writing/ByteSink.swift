/// Where a writer's output goes, a chunk at a time, so a long document is never held whole.
///
/// Writing to a sink cannot fail part-way for the writer: a sink that cannot take more (a full
/// disk) keeps the reason, and whoever made the sink reports it when the writer is done.
package protocol ByteSink: AnyObject {
    /// Takes the next bytes of the output.
    func take(_ bytes: UnsafeRawBufferPointer)
    /// Records that the output cannot be made whole, and why, in words for the user.
    func fail(_ reason: String)
}

extension ByteSink {
    /// Takes the next bytes of the output.
    package func take(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { take($0) }
    }
}

/// A sink that keeps the whole output in memory, for callers that want it as one value.
package final class ByteCollector: ByteSink {
    /// Every byte taken so far.
    package private(set) var bytes: [UInt8] = []
    /// Why the output is not whole, if a writer said so.
    package private(set) var failure: String?

    /// Creates an empty collector.
    package init() {}

    package func take(_ bytes: UnsafeRawBufferPointer) {
        self.bytes.append(contentsOf: bytes)
    }

    package func fail(_ reason: String) {
        if failure == nil { failure = reason }
    }
}

/// A sink that keeps the output as the list of chunks it came in, so a part that must wait for
/// something written after it (the body of an FODT file, for its head) is held once, without
/// being copied into ever larger buffers.
final class ChunkList: ByteSink {
    private(set) var chunks: [[UInt8]] = []
    private(set) var failure: String?

    func take(_ bytes: UnsafeRawBufferPointer) {
        chunks.append(Array(bytes))
    }

    func fail(_ reason: String) {
        if failure == nil { failure = reason }
    }

    /// Hands every chunk on to `sink`, in order, and forgets each once handed on.
    func drain(into sink: any ByteSink) {
        if let failure { sink.fail(failure) }
        for index in chunks.indices {
            sink.take(chunks[index])
            chunks[index] = []
        }
        chunks = []
    }
}
