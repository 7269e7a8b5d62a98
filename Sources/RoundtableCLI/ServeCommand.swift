import ArgumentParser
import Foundation
import RoundtableWeb

/// `roundtable serve`: Roundtable in the web browser, on this computer only.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Use Roundtable in your web browser.",
        discussion: """
        Starts Roundtable on this computer and shows the address to open in your browser. Only \
        this computer can open it. Nothing is sent anywhere else. Press Ctrl-C to stop it.

        Examples:

            roundtable serve
            roundtable serve --port 8080 --db ~/roundtable/team.sqlite
        """
    )

    @Option(help: ArgumentHelp("The port to use, from 1024 to 65535.", valueName: "number"))
    var port = 4141

    @Option(name: .customLong("upload-limit"),
            help: ArgumentHelp("The largest file a page takes, in megabytes.", valueName: "megabytes"))
    var uploadLimit = 20

    @OptionGroup var glossaryOptions: GlossaryOptions

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (1024...65535).contains(port) else {
            throw ValidationError("The port must be a number from 1024 to 65535. Leave out --port to use 4141.")
        }
        guard (1...500).contains(uploadLimit) else {
            throw ValidationError("The upload limit must be from 1 to 500 megabytes. Leave out --upload-limit to use 20.")
        }
    }

    func run() async throws {
        _ = try glossaryOptions.choose()
        let server = WebServer(configuration: .init(
            port: port, uploadLimit: uploadLimit * 1_000_000,
            workingFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            glossary: glossaryOptions.file, userID: getuid()), store: try store.open())
        do {
            try await server.run { address in
                Console.announce("Roundtable is ready. Open \(address) in your web browser.")
                Console.announce("Press Ctrl-C to stop it.")
            }
        } catch WebServer.StartError.portInUse(let port) {
            throw CommandFailure(message: "Port \(port) is already in use, perhaps by another Roundtable. Stop that one, or use another port, for example --port \(port + 1).")
        }
        print("Roundtable has stopped.")
    }
}
