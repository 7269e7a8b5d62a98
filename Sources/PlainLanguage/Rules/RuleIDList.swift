import Documents
import Yams

extension YAMLMap {
    /// The rule ids listed under `key`, such as `off: [long-sentence]`. An id Roundtable does not
    /// have, or one not among `allowed`, is an error at that id, naming the closest rule.
    public func ruleIDs(_ key: String, allowed: [RuleID], advice: String) throws(ReadError) -> [RuleID] {
        let nodes = value(key)?.sequence.map(Array.init) ?? []
        var result: [RuleID] = []
        for (offset, text) in try strings(key).enumerated() {
            if let id = RuleID(rawValue: text), allowed.contains(id) {
                result.append(id)
                continue
            }
            let place = offset < nodes.count ? nodes[offset] : value(key)
            let problem: String
            if RuleID(rawValue: text) != nil {
                problem = "'\(text)' is a rule Roundtable has, but it cannot be switched off under '\(key)'."
            } else {
                let hint = Suggestions.closest(to: text, among: allowed.map(\.rawValue)).map { " Did you mean '\($0)'?" } ?? ""
                problem = "'\(text)' under '\(key)' is not a rule Roundtable has.\(hint)"
            }
            guard let place else { throw ReadError(file: file, problem: problem, advice: advice) }
            throw self.problem(at: place, problem, advice: advice)
        }
        return result
    }
}
