import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `roundtable` in a pseudo-terminal, as a facilitator's terminal window would:
/// keys are typed into it and the screen is read back.
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let process = Process()
    private let master: Int32
    private(set) var output = ""

    /// Starts `roundtable` with `arguments` in `cli`'s folder and with its environment.
    init(arguments: [String], in cli: CLIRunner, columns: UInt16 = 120, rows: UInt16 = 40, environment: [String: String] = [:]) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw Failure(description: "no pseudo-terminal") }
        self.master = master
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = cli.folder
        process.environment = cli.environment.merging(["TERM": "xterm-256color"]) { $1 }.merging(environment) { $1 }
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        try handle.close()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        close(master)
    }

    /// Types `text`.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads whatever the program has written within `milliseconds`.
    func pump(_ milliseconds: Int32 = 50) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while poll(&descriptor, 1, milliseconds) > 0 {
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { return }
            output += String(decoding: buffer[0..<count], as: UTF8.self)
        }
    }

    /// The last full screen drawn, without escape codes.
    var screen: String {
        let frames = output.components(separatedBy: "\u{1B}[H")
        return Self.plain(frames.last ?? "")
    }

    /// Waits until the screen contains every one of `texts`.
    func waitForScreen(_ texts: String..., timeout: TimeInterval = 15) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            pump()
            if texts.allSatisfy({ screen.contains($0) }) { return }
            if !process.isRunning { pump(); break }
        }
        throw Failure(description: "the screen never showed \(texts); it shows:\n\(screen)\nall output: \(Self.plain(output).suffix(600))")
    }

    /// Waits for the program to end, reading what it writes, and returns its exit status.
    func waitForExit(timeout: TimeInterval = 15) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { pump() }
        guard !process.isRunning else { throw Failure(description: "the program did not end") }
        pump(10)
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// `text` without ANSI escape sequences and carriage returns.
    static func plain(_ text: String) -> String {
        var result = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            if character == "\u{1B}" {
                guard let next = iterator.next() else { break }
                if next == "[" {
                    while let code = iterator.next(), !(code.isLetter || code == "~") {}
                }
                continue
            }
            // "\r\n" is one Character in Swift.
            if character == "\r\n" { result.append("\n") } else if character != "\r" { result.append(character) }
        }
        return result
    }
}
