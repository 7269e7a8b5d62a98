import Documents
import Foundation

/// Checks time zone names against the IANA names Foundation knows, and suggests the closest one.
enum TimeZoneNames {
    /// Names accepted besides the IANA list.
    private static let extra = ["UTC", "GMT"]

    /// The IANA name as Foundation spells it, or nil when it is not a known time zone name.
    static func canonical(_ name: String) -> String? {
        let known = TimeZone.knownTimeZoneIdentifiers + extra
        if known.contains(name) { return name }
        return known.first { $0.lowercased() == name.lowercased() }
    }

    /// The known name most likely meant by `name`: the same city ("London" → "Europe/London"), or the nearest spelling.
    static func suggestion(for name: String) -> String? {
        let known = TimeZone.knownTimeZoneIdentifiers
        let typed = name.replacingOccurrences(of: " ", with: "_")
        func city(_ id: String) -> String { String(id.split(separator: "/").last ?? Substring(id)) }
        if let sameCity = known.first(where: { city($0).lowercased() == city(typed).lowercased() }) { return sameCity }
        if let near = Suggestions.closest(to: typed, among: known) { return near }
        let cities = known.map(city)
        guard let nearCity = Suggestions.closest(to: city(typed), among: cities) else { return nil }
        return known.first { city($0) == nearCity }
    }
}
