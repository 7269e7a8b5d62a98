import Foundation
import PlainLanguage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal in full-screen, one-key-at-a-time mode: raw input through termios, the
/// alternate screen and a hidden cursor. `restore()` puts everything back, and is called on
/// quitting and, through `stopRequested`, after SIGINT, SIGTERM or SIGHUP.
///
/// Signals are turned into dispatch sources rather than C signal handlers, so nothing runs in
/// signal context and no global state is needed: the main loop sees `stopRequested` within one
/// poll and leaves through the same path as `q`.
final class Terminal {
    private var original = termios()
    private var restored = false
    private var signalSources: [any DispatchSourceSignal] = []
    private let stop = StopFlag()
    private var pendingBytes: [UInt8] = []

    /// Enters raw mode and the alternate screen.
    init() throws {
        guard tcgetattr(STDIN_FILENO, &original) == 0 else {
            throw CommandFailure(message: "The terminal's settings could not be read, so the live view cannot start. Use 'roundtable turns start' and 'roundtable turns stop' instead.")
        }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | BRKINT | INPCK | ISTRIP)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0 else {
            throw CommandFailure(message: "The terminal could not be switched to reading single keys, so the live view cannot start. Use 'roundtable turns start' and 'roundtable turns stop' instead.")
        }
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [stop] in stop.set() }
            source.resume()
            signalSources.append(source)
        }
        send("\u{1B}[?1049h\u{1B}[?25l\u{1B}[2J")
    }

    deinit { restore() }

    /// True once a signal has asked the program to stop.
    var stopRequested: Bool { stop.isSet }

    /// Leaves the alternate screen, shows the cursor and gives back the original settings. Safe to call twice.
    func restore() {
        guard !restored else { return }
        restored = true
        send("\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l")
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
        for source in signalSources { source.cancel() }
        for number in [SIGINT, SIGTERM, SIGHUP] { signal(number, SIG_DFL) }
    }

    /// The keys typed within `milliseconds`, in order; empty when none. Escape sequences (arrow
    /// keys and the like) are dropped.
    func keys(waiting milliseconds: Int32) -> [Character] {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = read(STDIN_FILENO, &buffer, buffer.count)
        guard count > 0 else {
            stop.set()  // end of input: the terminal has gone
            return []
        }
        var bytes = pendingBytes + buffer[0..<count]
        pendingBytes = []
        if let escape = bytes.firstIndex(of: 0x1B) { bytes.removeSubrange(escape...) }
        // Keep an incomplete UTF-8 character for the next read.
        var end = bytes.count
        while end > 0, bytes[end - 1] & 0xC0 == 0x80 { end -= 1 }
        if end > 0, bytes[end - 1] >= 0xC0 {
            let lead = bytes[end - 1]
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            if bytes.count - (end - 1) < length {
                pendingBytes = Array(bytes[(end - 1)...])
                bytes.removeSubrange((end - 1)...)
            }
        }
        return Array(String(decoding: bytes, as: UTF8.self))
    }

    /// The number of columns, or 80 when it cannot be read.
    var columns: Int {
        var size = winsize()
        return ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    }

    /// Replaces the screen with `lines`, with any control characters in them made visible.
    func draw(_ lines: [String]) {
        send("\u{1B}[H" + lines.map { TerminalText.visible($0) + "\u{1B}[K" }.joined(separator: "\r\n") + "\u{1B}[J")
    }

    private func send(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            guard written > 0 else { return }
            offset += written
        }
    }
}

/// A flag set from a signal's dispatch queue and read by the main loop.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
