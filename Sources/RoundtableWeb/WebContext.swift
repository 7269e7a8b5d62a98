import Hummingbird

/// What a request carries through the middleware to its page: the browser's form token.
package struct WebContext: RequestContext {
    package var coreContext: CoreRequestContextStorage
    /// The token every form on the page carries, the same as the browser's `roundtable_form`
    /// cookie; empty until `FormToken` has run.
    var formToken = ""

    package init(source: Source) {
        coreContext = .init(source: source)
    }
}
