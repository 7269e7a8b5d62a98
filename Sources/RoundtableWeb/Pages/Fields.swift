import Documents

/// The form fields every page uses, each with its label, its hint and its problem tied to it
/// (`aria-describedby`, `aria-invalid`), and the summary of problems at the top of a page.
enum Fields {
    /// "There is a problem", with a link to each field a problem is about; a problem with an
    /// empty field id is about the whole form and has no link.
    static func summary(_ problems: [(field: String, text: String)], into out: inout MarkupBuffer) {
        out.raw("<div class=\"problem-summary\" role=\"alert\">")
        out.element("h2", problems.count == 1 ? "There is a problem" : "There are \(problems.count) problems")
        out.raw("<ul>")
        for problem in problems {
            out.raw("<li>")
            if problem.field.isEmpty {
                out.text(problem.text)
            } else {
                out.element("a", problem.text, attributes: ["href": "#" + problem.field])
            }
            out.raw("</li>")
        }
        out.raw("</ul></div>\n")
    }

    /// The summary of `problems` by field id, in the order of the ids, when there are any.
    static func summary(_ problems: [String: String], into out: inout MarkupBuffer) {
        guard !problems.isEmpty else { return }
        summary(problems.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, into: &out)
    }

    /// A labelled one-line field.
    static func input(_ id: String, _ label: String, value: String, type: String = "text", hint: String? = nil,
                      problems: [String: String], into out: inout MarkupBuffer) {
        let described = start(id, label, hint: hint, problems: problems, into: &out)
        out.raw("<input")
        var attributes = [("type", type), ("id", id), ("name", id), ("value", value)]
        if type == "number" { attributes += [("min", "1"), ("max", "1440"), ("inputmode", "numeric")] }
        if !described.isEmpty { attributes.append(("aria-describedby", described.joined(separator: " "))) }
        if problems[id] != nil { attributes.append(("aria-invalid", "true")) }
        for (key, text) in attributes {
            out.raw(" \(key)=\"")
            out.attribute(text)
            out.raw("\"")
        }
        out.raw("></div>\n")
    }

    /// A labelled box for longer text.
    static func area(_ id: String, _ label: String, value: String, rows: Int = 3, hint: String? = nil,
                     problems: [String: String] = [:], into out: inout MarkupBuffer) {
        let described = start(id, label, hint: hint, problems: problems, into: &out)
        switch (described.isEmpty, problems[id] != nil) {
        case (true, _):
            out.element("textarea", value, attributes: ["id": id, "name": id, "rows": String(rows)])
        case (false, false):
            out.element("textarea", value, attributes: ["id": id, "name": id, "rows": String(rows), "aria-describedby": described.joined(separator: " ")])
        case (false, true):
            out.element("textarea", value, attributes: ["id": id, "name": id, "rows": String(rows), "aria-describedby": described.joined(separator: " "),
                                                        "aria-invalid": "true"])
        }
        out.raw("</div>\n")
    }

    /// A labelled choice from a list of (value, words).
    static func select(_ id: String, _ label: String, options: [(String, String)], selected: String?, into out: inout MarkupBuffer) {
        out.raw("<div class=\"field\">")
        out.element("label", label, attributes: ["for": id])
        out.open("select", attributes: ["id": id, "name": id])
        for (value, words) in options {
            if value == selected {
                out.element("option", words, attributes: ["value": value, "selected": ""])
            } else {
                out.element("option", words, attributes: ["value": value])
            }
        }
        out.raw("</select></div>\n")
    }

    /// A tick box with its label after it; `name` may be shared by several boxes, each with its own `value`.
    static func checkbox(_ id: String, name: String, value: String = "yes", _ label: String, checked: Bool, into out: inout MarkupBuffer) {
        out.raw("<div class=\"choice\">")
        if checked {
            out.open("input", attributes: ["type": "checkbox", "id": id, "name": name, "value": value, "checked": ""])
        } else {
            out.open("input", attributes: ["type": "checkbox", "id": id, "name": name, "value": value])
        }
        out.element("label", label, attributes: ["for": id])
        out.raw("</div>\n")
    }

    /// A labelled file chooser.
    static func file(_ id: String, _ label: String, hint: String, accept: String, problems: [String: String],
                     into out: inout MarkupBuffer) {
        let described = start(id, label, hint: hint, problems: problems, into: &out)
        if problems[id] != nil {
            out.open("input", attributes: ["type": "file", "id": id, "name": id, "accept": accept,
                                           "aria-describedby": described.joined(separator: " "), "aria-invalid": "true"])
        } else {
            out.open("input", attributes: ["type": "file", "id": id, "name": id, "accept": accept, "aria-describedby": described.joined(separator: " ")])
        }
        out.raw("</div>\n")
    }

    /// Opens the field's box with its label, hint and problem; returns the ids that describe it.
    private static func start(_ id: String, _ label: String, hint: String?, problems: [String: String],
                              into out: inout MarkupBuffer) -> [String] {
        out.raw("<div class=\"field\">")
        out.element("label", label, attributes: ["for": id])
        var described: [String] = []
        if let hint {
            out.element("p", hint, attributes: ["class": "hint", "id": id + "-hint"])
            described.append(id + "-hint")
        }
        if let problem = problems[id] {
            out.element("p", problem, attributes: ["class": "field-problem", "id": id + "-problem"])
            described.append(id + "-problem")
        }
        return described
    }
}
