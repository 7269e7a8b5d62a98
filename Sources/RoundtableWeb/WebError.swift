import Documents
import Hummingbird

/// Why a page could not do what was asked, as a person should read it: what went wrong, what to
/// do next, and the HTTP status that fits.
struct WebError: Error, Sendable {
    /// The status of the response.
    var status: HTTPResponse.Status
    /// The page's heading: what happened, in a few words.
    var title: String
    /// What went wrong, in a sentence or two.
    var message: String
    /// What to do next.
    var advice: String

    /// A form that has no valid security token: it is old, or it came from another site.
    static let formExpired = WebError(
        status: .forbidden, title: "This form has expired",
        message: "Roundtable could not be sure this form came from one of its own pages, so nothing was changed.",
        advice: "Go back, reload the page, and send the form again.")

    /// The computer's clock gives no date Roundtable can use.
    static let clockUnreadable = WebError(
        status: .internalServerError, title: "Today's date could not be read",
        message: "This computer's clock gives a date Roundtable cannot use, so nothing was saved.",
        advice: "Check the computer's date and time, then try again.")

    /// A request for a page that is not here.
    static let notFound = WebError(
        status: .notFound, title: "There is no page here",
        message: "The address may be mistyped, or the page may have been for a check that has been cleared.",
        advice: "Go to the home page and choose what you want to do.")
}

extension ReadError {
    /// Where the problem is, for a page: "notes.docx, line 3, column 7: " or "notes.docx: ".
    var place: String {
        position.map { "\(file), \($0): " } ?? "\(file): "
    }

    /// The whole message for a page: the place, the problem and the advice.
    var pageText: String {
        place + problem + " " + advice
    }
}
