import Foundation
import HTTPTypes
import Hummingbird

/// Protects every form that changes something from being sent by another site (CSRF): each
/// browser gets a random token in a cookie only this site can read, and each form carries the same
/// token in a hidden field; `WebForm` refuses a form whose token does not match. A request that
/// says it comes from another site (`Sec-Fetch-Site: cross-site`) is refused before any page runs.
struct FormToken: RouterMiddleware {
    typealias Context = WebContext

    static let cookieName = "roundtable_form"
    static let fieldName = "form-token"

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        let existing = request.cookies[Self.cookieName]?.value
        let isNew = existing.map { !Self.isWellFormed($0) } ?? true
        context.formToken = isNew ? Self.make() : existing ?? ""
        if request.method == .post {
            if request.headers[.secFetchSite] == "cross-site" || isNew {
                throw WebError.formExpired
            }
        }
        var response = try await next(request, context)
        if isNew {
            response.setCookie(Cookie(name: Self.cookieName, value: context.formToken, path: "/", httpOnly: true, sameSite: .strict))
        }
        return response
    }

    /// A new token: 32 random bytes as 64 hexadecimal digits.
    static func make() -> String {
        RandomToken.hex(bytes: 32)
    }

    static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 64 && token.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }
    }
}
