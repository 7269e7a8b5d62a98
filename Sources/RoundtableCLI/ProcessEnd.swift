/// Leaves memory for the system to take back when the process ends.
///
/// A command that ends the process has no use for freeing a large document node by node: the
/// system takes the whole of the process's memory back at once. For a long export, freeing the
/// model took 5 to 10% of the time (as `clang -disable-free` skips the same work).
enum ProcessEnd {
    /// Keeps `value` until the process ends, so it is never freed piece by piece.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Kept(value))
    }

    private final class Kept<Value> {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }
}
