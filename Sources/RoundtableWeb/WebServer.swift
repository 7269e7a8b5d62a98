import Documents
import Foundation
import Hummingbird
import Logging
import NIOCore
import PlainLanguage
import RoundtableResources
import SessionPlanning
import SessionStore
import SpeakingTurns
import Workflows

/// Roundtable in the browser: a server on this computer only (127.0.0.1) whose pages call the
/// same workflows as the command line.
public struct WebServer: Sendable {
    /// What the server is started with.
    public struct Configuration: Sendable {
        /// The port to listen on; 0 lets the system choose a free one.
        public var port: Int
        /// The largest form, file included, a page accepts, in bytes.
        public var uploadLimit: Int
        /// The folder the team glossary is looked for from, upwards, as the command line does.
        public var workingFolder: URL
        /// A glossary file to use as well as Roundtable's and the team's, as `--glossary` does.
        public var glossary: String?
        /// The user the server runs as: a team glossary is used only when this user owns it.
        public var userID: UInt32

        /// The usual set-up: port 4141, forms up to 20 MB.
        public init(port: Int = 4141, uploadLimit: Int = 20_000_000, workingFolder: URL, glossary: String? = nil, userID: UInt32) {
            self.port = port
            self.uploadLimit = uploadLimit
            self.workingFolder = workingFolder
            self.glossary = glossary
            self.userID = userID
        }
    }

    /// How the server was set up.
    public let configuration: Configuration
    private let address: ServerAddress
    private let checks = RecentResults<CheckReport>()
    private let packs = RecentResults<PublishPage.Pack>()
    private let store: SessionStore

    /// A server with `configuration` that keeps sessions and people in `store`; nothing listens
    /// until `run` is called.
    public init(configuration: Configuration, store: SessionStore) {
        self.configuration = configuration
        self.address = ServerAddress(port: configuration.port)
        self.store = store
    }

    /// Listens on 127.0.0.1 until the process is asked to stop (Ctrl-C or SIGTERM), finishing
    /// the requests under way. `started` is given the address to open once it listens.
    public func run(started: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "roundtable-serve")
        logger.logLevel = .warning
        let address = self.address
        let application = Application(
            router: router(),
            configuration: .init(address: .hostname("127.0.0.1", port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                await address.started(port: port)
                started("http://127.0.0.1:\(port)/")
            },
            logger: logger)
        do {
            try await application.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw StartError.portInUse(configuration.port)
        }
    }

    /// Why the server could not start.
    public enum StartError: Error, Equatable {
        /// Another program listens on this port already.
        case portInUse(Int)
    }

    /// Every page, behind the safety checks: the host, the form token, the security headers, and
    /// error pages for whatever goes wrong.
    package func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeaders())
        router.add(middleware: ErrorPages())
        router.add(middleware: HostGuard(address: address))
        router.add(middleware: FormToken())
        router.get("/") { _, _ in HomePage.page().response }
        router.get("/assets/:file") { _, context in try Self.asset(context.parameters.get("file") ?? "") }
        router.get("/check") { _, context in CheckPage.form(token: context.formToken).response }
        router.post("/check") { request, context in try await check(request, context: context) }
        router.get("/check/:id/:file") { _, context in
            try await checkReport(id: context.parameters.get("id") ?? "", file: context.parameters.get("file") ?? "")
        }
        router.get("/agenda") { _, context in AgendaPage.start(templates: try AgendaTemplates.names(), token: context.formToken).response }
        router.post("/agenda/start") { request, context in try await agendaFromTemplate(request, context: context) }
        router.post("/agenda/open") { request, context in try await agendaFromFile(request, context: context) }
        router.post("/agenda/edit") { request, context in try await editAgenda(request, context: context) }
        SessionRoutes(store: store, uploadLimit: configuration.uploadLimit).add(to: router)
        router.get("/sessions/:id/publish") { _, context in
            PublishPage.form(try session(context.parameters.get("id") ?? ""), token: context.formToken).response
        }
        router.post("/sessions/:id/publish") { request, context in try await publish(request, context: context) }
        router.get("/publish/:id/:file") { _, context in
            try await packDownload(id: context.parameters.get("id") ?? "", file: context.parameters.get("file") ?? "")
        }
        router.get("/glossary") { request, context in try glossaryPage(request, context: context) }
        router.get("/glossary/word/:id") { _, context in try glossaryEntry(id: context.parameters.get("id") ?? "") }
        router.get("/glossary/jargon-buster/:file") { _, context in try jargonBuster(file: context.parameters.get("file") ?? "") }
        router.post("/glossary/jargon-buster") { request, context in try await jargonBusterOfFile(request, context: context) }
        return router
    }

    /// Checks the pasted text, or the chosen file, and shows the findings.
    private func check(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await WebForm.read(request, context: context, limit: configuration.uploadLimit)
        let document: Document
        let name: String
        if let file = form.files["file"], !file.data.isEmpty {
            name = file.name.isEmpty ? "your file" : file.name
            document = try DocumentFile.read(data: file.data, name: name)
        } else if !form["text"].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            name = "your text"
            document = try MarkdownReader().read(form["text"], file: name)
        } else {
            return CheckPage.form(token: context.formToken, problem: "Paste some text, or choose a file, then check again.").response
        }
        let glossaries = try glossaries()
        let prose = ProseView(document, file: name)
        var report = PlainLanguageChecker(glossary: glossaries.glossary).check(prose)
        report.glossaryFiles = glossaries.files
        let id = await checks.add(report)
        return CheckPage.results(report, prose: prose, downloads: id).response
    }

    /// The report of a recent check as a document to download.
    private func checkReport(id: String, file: String) async throws -> Response {
        guard let format = Self.documentFormat(file, baseName: "report"), let report = await checks.result(id) else {
            throw WebError.notFound
        }
        let baseName = Exporter.baseName(of: report.file).replacingOccurrences(of: " ", with: "-") + "-check"
        return try Download(CheckReportDocument().document(report), format: format, baseName: baseName).response
    }

    /// The glossary pages: search, a field of work, or the fields.
    private func glossaryPage(_ request: Request, context: WebContext) throws -> Response {
        let query = request.uri.queryParameters.get("q") ?? ""
        let field = request.uri.queryParameters.get("field")
        return GlossaryPage.page(try glossaries().glossary, query: query, field: field, token: context.formToken).response
    }

    /// One glossary entry, or a page that suggests the nearest.
    private func glossaryEntry(id: String) throws -> Response {
        let glossary = try glossaries().glossary
        guard let entry = glossary.entry(id: id) else { throw WebError.notFound }
        return GlossaryPage.entry(entry, glossary: glossary).response
    }

    /// The jargon buster of every word.
    private func jargonBuster(file: String) throws -> Response {
        guard let format = Self.documentFormat(file, baseName: "jargon-buster") else { throw WebError.notFound }
        let buster = JargonBusterExport(glossary: try glossaries().glossary)
        return try Download(buster.document, format: format, baseName: buster.baseName).response
    }

    /// The jargon buster of the words in an uploaded file.
    private func jargonBusterOfFile(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await WebForm.read(request, context: context, limit: configuration.uploadLimit)
        guard let file = form.files["buster-file"], !file.data.isEmpty else {
            throw WebError(status: .unprocessableContent, title: "Choose a file first",
                           message: "The form came without a file, so there is nothing to make a jargon buster from.",
                           advice: "Go back, choose a file, and send the form again.")
        }
        let format = Download.documentFormats.map(\.0).first { $0.rawValue == form["buster-format"] } ?? .docx
        let name = file.name.isEmpty ? "your file" : file.name
        let buster = JargonBusterExport(glossary: try glossaries().glossary,
                                        usedIn: (try DocumentFile.read(data: file.data, name: name), name))
        return try Download(buster.document, format: format, baseName: buster.baseName).response
    }

    /// The editor, on the template the person chose.
    private func agendaFromTemplate(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await WebForm.read(request, context: context, limit: configuration.uploadLimit)
        let name = form["template"]
        guard try AgendaTemplates.names().contains(name) else {
            throw WebError(status: .unprocessableContent, title: "Choose a template",
                           message: "The form did not say which template to start from.",
                           advice: "Go back, choose one of the templates, and press the button again.")
        }
        let agenda = try AgendaReader.read(try AgendaTemplates.text(name), file: name + ".yaml")
        return try agendaEditor(AgendaForm(agenda: agenda), token: context.formToken)
    }

    /// The editor, on an agenda file the person chose; a file that cannot be read is shown with
    /// its line and column on the first page.
    private func agendaFromFile(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await WebForm.read(request, context: context, limit: configuration.uploadLimit)
        let templates = try AgendaTemplates.names()
        guard let file = form.files["agenda-file"], !file.data.isEmpty else {
            return AgendaPage.start(templates: templates, token: context.formToken, problem: "Choose an agenda file first.").response
        }
        let name = file.name.isEmpty ? "your agenda" : file.name
        do {
            let text = try TextFile.decode(file.data, file: name, kind: "agenda")
            return try agendaEditor(AgendaForm(agenda: try AgendaReader.read(text, file: name)), token: context.formToken)
        } catch let error as ReadError {
            return AgendaPage.start(templates: templates, token: context.formToken, problem: error.pageText).response
        }
    }

    /// The editor after a change, or the agenda as a file to download.
    private func editAgenda(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await WebForm.read(request, context: context, limit: configuration.uploadLimit)
        var agendaForm: AgendaForm
        do {
            agendaForm = try AgendaForm(form)
        } catch is ReadError {
            throw WebError(status: .badRequest, title: "Roundtable could not read this agenda",
                           message: "The form came back without the agenda it was showing.",
                           advice: "Start again from the agenda page.")
        }
        if agendaForm.problems.isEmpty { agendaForm.perform() }
        if case .download(let format) = agendaForm.action, agendaForm.problems.isEmpty {
            if let download = try agendaDownload(agendaForm, format: format) { return download.response }
            agendaForm.general.append("This agenda has errors to fix before it can be published. They are listed under “What to look at”. You can still download the agenda file.")
        }
        return try agendaEditor(agendaForm, token: context.formToken)
    }

    /// The editor for `form`: the agenda timed and checked, with every problem found.
    private func agendaEditor(_ form: AgendaForm, token: String) throws -> Response {
        var general = form.general
        var check: AgendaCheck?
        do {
            let agenda = try AgendaReader.read(AgendaYAMLWriter().write(form.agenda), file: form.agenda.file)
            check = try AgendaCheck(agenda: agenda, glossary: try glossaries().glossary)
        } catch let error as ReadError {
            general.append(error.problem + " " + error.advice)
        }
        return AgendaPage.editor(form.agenda, check: check, problems: form.problems, general: general, token: token).response
    }

    /// The agenda in `format` (`yaml`, or a format the publisher writes), or nil when it has
    /// errors that stop it being published.
    private func agendaDownload(_ form: AgendaForm, format: String) throws -> Download? {
        let baseName = Self.fileName(form.agenda.title)
        if format == "yaml" {
            return Download(data: Data(AgendaYAMLWriter().write(form.agenda).utf8), fileName: baseName + ".yaml",
                            mediaType: "application/yaml; charset=utf-8")
        }
        guard let chosen = try? AgendaFormat.list(format), chosen.count == 1 else { throw WebError.notFound }
        let check = try AgendaCheck(agenda: try AgendaReader.read(AgendaYAMLWriter().write(form.agenda), file: form.agenda.file),
                                    glossary: try glossaries().glossary)
        // The files are made in memory only; the folder just names them.
        guard check.errors.isEmpty, let file = try check.publish(chosen, baseName: baseName, into: FileManager.default.temporaryDirectory).first else {
            return nil
        }
        let mediaType: String
        switch chosen[0] {
        case .document(let format): mediaType = format.mediaType
        case .calendar: mediaType = "text/calendar; charset=utf-8"
        }
        return Download(data: file.data, fileName: file.url.lastPathComponent, mediaType: mediaType)
    }

    /// "Community of Practice: Language" → `community-of-practice-language`, for file names.
    private static func fileName(_ title: String) -> String {
        let words = title.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let name = words.joined(separator: "-")
        return name.isEmpty ? "agenda" : String(name.prefix(60))
    }

    /// The session numbered `id`; only numbers name sessions in addresses.
    private func session(_ id: String) throws -> SessionDetails {
        guard Int64(id) != nil else { throw WebError.notFound }
        return try store.session(id)
    }

    /// Builds the session's pack from the chosen notes and agenda, and shows what it changed.
    private func publish(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await WebForm.read(request, context: context, limit: configuration.uploadLimit)
        let details = try session(context.parameters.get("id") ?? "")
        guard let notes = form.files["notes"], !notes.data.isEmpty else {
            return PublishPage.form(details, token: context.formToken, problems: ["notes": "Choose the session notes first."]).response
        }
        var problems: [String: String] = [:]
        var notesDocument: Document?
        var agenda: Agenda?
        let notesName = notes.name.isEmpty ? "notes.md" : notes.name
        do {
            notesDocument = try DocumentFile.read(data: notes.data, name: notesName)
        } catch {
            problems["notes"] = error.pageText
        }
        if let file = form.files["agenda"], !file.data.isEmpty {
            let name = file.name.isEmpty ? "agenda.yaml" : file.name
            do {
                agenda = try AgendaReader.read(try TextFile.decode(file.data, file: name, kind: "agenda"), file: name)
            } catch {
                problems["agenda"] = error.pageText
            }
        }
        guard problems.isEmpty, let notesDocument else {
            return PublishPage.form(details, token: context.formToken, problems: problems).response
        }
        let input = try PackInput.load(store: store, session: details, notes: notesDocument,
                                       notesName: Exporter.baseName(of: notesName), agenda: agenda)
        let look = try DocumentLook.resolve(workingFolder: configuration.workingFolder, named: nil, pageSize: nil)
        let pack = ResourcePack(glossary: try glossaries().glossary, easyRead: form["easy-read"] == "yes", look: look.options)
        let (document, report) = pack.build(input)
        let id = await packs.add(PublishPage.Pack(document: document, options: pack.writerOptions, fileName: report.fileName))
        return PublishPage.review(details, report: report, downloads: id).response
    }

    /// A file of a pack built on the publish page.
    private func packDownload(id: String, file: String) async throws -> Response {
        guard let format = Self.documentFormat(file, baseName: "pack"), let pack = await packs.result(id) else {
            throw WebError.notFound
        }
        let writer = format.writer
        return Download(data: try writer.write(pack.document, options: pack.options), fileName: pack.fileName + "." + writer.fileExtension,
                        mediaType: format.mediaType).response
    }

    /// The glossaries, chosen by the rule every command follows.
    private func glossaries() throws -> GlossaryChoice {
        try GlossaryChoice.resolve(workingFolder: configuration.workingFolder, named: configuration.glossary,
                                   userID: configuration.userID)
    }

    /// The format of a download called `baseName.<format>`, when pages offer it.
    private static func documentFormat(_ file: String, baseName: String) -> OutputFormat? {
        let parts = file.split(separator: ".")
        guard parts.count == 2, parts[0] == baseName else { return nil }
        return Download.documentFormats.map(\.0).first { $0.rawValue == parts[1] }
    }

    /// A stylesheet or script served from the files shipped with Roundtable.
    private static func asset(_ name: String) throws -> Response {
        let assets = ["roundtable.css": ("style/roundtable.css", "text/css; charset=utf-8"),
                      "web.css": ("web/web.css", "text/css; charset=utf-8"),
                      "glossary.js": ("web/glossary.js", "text/javascript; charset=utf-8"),
                      "live.js": ("web/live.js", "text/javascript; charset=utf-8")]
        guard let (path, type) = assets[name], let data = try? Data(contentsOf: BundledResources.url(path)) else {
            throw WebError.notFound
        }
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
