import HTTPTypes
import Hummingbird

/// Refuses a request whose host is not this computer. A web page on another site can point its
/// own name at 127.0.0.1 (DNS rebinding); its requests then carry that name as their host, and are
/// refused here before any page runs.
struct HostGuard<Context: RequestContext>: RouterMiddleware {
    /// Where the server listens, for the address the error page gives.
    let address: ServerAddress

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let hosts = [request.head.authority ?? ""] + request.headers[values: .hostHeader]
        guard hosts.allSatisfy(Self.isThisComputer) else {
            let port = await address.port
            throw WebError(status: .misdirectedRequest, title: "This address is not Roundtable's",
                           message: "Roundtable answers only on this computer, at the address it showed when it started.",
                           advice: "Open http://127.0.0.1:\(port)/ in your browser.")
        }
        return try await next(request, context)
    }

    /// Whether `host` (with or without a port) names this computer: 127.0.0.1, localhost or [::1].
    static func isThisComputer(_ host: String) -> Bool {
        var name = Substring(host.lowercased())
        if name.hasPrefix("[") {
            guard let end = name.firstIndex(of: "]") else { return false }
            let rest = name[name.index(after: end)...]
            guard rest.isEmpty || (rest.first == ":" && rest.dropFirst().allSatisfy(\.isNumber)) else { return false }
            return name[...end] == "[::1]"
        }
        if let colon = name.firstIndex(of: ":") {
            guard name[name.index(after: colon)...].allSatisfy(\.isNumber) else { return false }
            name = name[..<colon]
        }
        return name == "127.0.0.1" || name == "localhost"
    }
}

/// Where the server listens, set once it has started (the port may be chosen by the system).
actor ServerAddress {
    /// The port the server listens on.
    private(set) var port: Int

    init(port: Int) {
        self.port = port
    }

    /// Records the port the system gave the server.
    func started(port: Int) {
        self.port = port
    }
}

extension HTTPField.Name {
    /// `Host`, which HTTP/1.1 requests carry; HTTPTypes keeps it as the request's authority.
    static let hostHeader = Self("Host")!
}
