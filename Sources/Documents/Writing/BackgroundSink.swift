import Dispatch

/// A sink that hands each chunk on to another sink on a second thread, so the work done on the
/// bytes (compressing them) goes on while the writer makes the next ones. At most `limit` chunks
/// wait, so memory stays bounded when the other thread is the slower.
///
/// `@unchecked Sendable`: `target` is used only on `queue`; `wait()` makes the caller wait until
/// the other thread is done with it.
final class BackgroundSink: ByteSink, @unchecked Sendable {
    private let target: any ByteSink
    private let queue = DispatchQueue(label: "roundtable.background-sink")
    private let room: DispatchSemaphore

    /// Hands chunks on to `target`, with at most `limit` of them waiting.
    init(_ target: any ByteSink, limit: Int = 8) {
        self.target = target
        room = DispatchSemaphore(value: limit)
    }

    func take(_ bytes: UnsafeRawBufferPointer) {
        let chunk = [UInt8](bytes)
        room.wait()
        queue.async {
            self.target.take(chunk)
            self.room.signal()
        }
    }

    func fail(_ reason: String) {
        queue.async { self.target.fail(reason) }
    }

    /// Returns once every chunk taken has been handed on.
    func wait() {
        queue.sync {}
    }
}
