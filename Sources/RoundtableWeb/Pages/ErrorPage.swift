import Documents
import Hummingbird
import SessionStore

/// The page a person sees when something went wrong: what happened and what to do next, never a
/// stack trace or a blank page.
enum ErrorPage {
    static func page(_ error: WebError) -> Page {
        var page = Page(heading: error.title, status: error.status)
        page.content.element("p", error.message)
        page.content.element("p", error.advice)
        page.content.open("p")
        page.content.element("a", "Go to the home page", attributes: ["href": "/"])
        page.content.raw("</p>\n")
        return page
    }
}

/// Turns every error a page throws into an error page with the status that fits, so the browser
/// never shows Hummingbird's plain text or an empty answer.
struct ErrorPages<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as WebError {
            return ErrorPage.page(error).response
        } catch let error as ReadError {
            return ErrorPage.page(WebError(status: .unprocessableContent, title: "Roundtable could not read this file",
                                           message: error.place + error.problem, advice: error.advice)).response
        } catch let error as StoreError {
            return ErrorPage.page(Self.words(for: error)).response
        } catch let error as HTTPError {
            return ErrorPage.page(Self.words(for: error)).response
        } catch {
            context.logger.error("A page failed: \(String(describing: error))")
            return ErrorPage.page(WebError(status: .internalServerError, title: "Something went wrong",
                                           message: "Roundtable could not finish this. Nothing you had saved was changed.",
                                           advice: "Go back and try again. If it happens again, restart Roundtable.")).response
        }
    }

    /// The page for a session store error: its own words, the status that fits, and a next step.
    private static func words(for error: StoreError) -> WebError {
        let message = error.errorDescription ?? ""
        switch error {
        case .unknownSession, .unknownPerson, .unknownAction:
            return WebError(status: .notFound, title: "Roundtable could not find this", message: message,
                            advice: "Go to the list of sessions or people and choose from there.")
        case .ambiguousSession, .personExists, .alreadyImported, .trackedElsewhere:
            return WebError(status: .conflict, title: "This clashes with what is already there", message: message,
                            advice: "Go back and change what you asked for.")
        case .badName, .notPresent, .noTurnRunning, .nothingToUndo, .input, .emptyActionText, .notRegistered, .nominatedInACircle:
            return WebError(status: .unprocessableContent, title: "Roundtable could not do this", message: message,
                            advice: "Go back and change what you asked for.")
        case .recognition(let problem):
            switch problem {
            case .unknownProgramme:
                return WebError(status: .notFound, title: "Roundtable could not find this", message: message,
                                advice: "Go to the list of sessions and choose from there.")
            case .alreadyRecorded:
                return WebError(status: .conflict, title: "This clashes with what is already there", message: message,
                                advice: "Go back and change what you asked for.")
            case .notTakingPart, .nothingToCorrect, .noRate, .needsSessionTime, .noDate, .emptyText, .tooLong, .zeroAmount, .badTime:
                return WebError(status: .unprocessableContent, title: "Roundtable could not do this", message: message,
                                advice: "Go back and change what you asked for.")
            }
        case .busy:
            return WebError(status: .serviceUnavailable, title: "The database is busy", message: message,
                            advice: "Wait a moment, then go back and try again.")
        case .damaged, .notRoundtable, .newerVersion, .cannotOpen, .diskFull:
            return WebError(status: .internalServerError, title: "Roundtable cannot use its database", message: message,
                            advice: "Stop Roundtable with Ctrl-C, do what the message says, then start it again.")
        }
    }

    /// The words for an error Hummingbird raised itself (no such page, a body too large).
    private static func words(for error: HTTPError) -> WebError {
        switch error.status {
        case .notFound:
            return .notFound
        case .contentTooLarge:
            return WebError(status: .contentTooLarge, title: "This is too big",
                            message: "What was sent is larger than Roundtable takes.",
                            advice: "Go back and choose a smaller file.")
        case .methodNotAllowed:
            return WebError(status: .methodNotAllowed, title: "This page cannot do that",
                            message: "The page was asked for in a way it does not answer.",
                            advice: "Go to the home page and start again from there.")
        default:
            return WebError(status: error.status, title: "Roundtable could not do this",
                            message: "The request could not be answered (\(error.status.code) \(error.status.reasonPhrase)).",
                            advice: "Go back and try again.")
        }
    }
}
