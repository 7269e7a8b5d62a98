import Dispatch

/// A value worked out on a second thread while the caller does other work, for two passes over
/// a long document that do not depend on each other.
///
/// `@unchecked Sendable`: `result` is written once on the other thread before `done` is
/// signalled, and read only after waiting for it.
final class ValueAside<Value: Sendable>: @unchecked Sendable {
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    /// Starts working out `make()` on a second thread.
    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async { [self] in
            result = make()
            done.signal()
        }
    }

    /// The value, once the other thread has worked it out.
    var value: Value {
        done.wait()
        // Signalled only after `result` is set; a second read finds it set, without waiting.
        done.signal()
        guard let result else { preconditionFailure("ValueAside signalled before its value was set") }
        return result
    }
}
