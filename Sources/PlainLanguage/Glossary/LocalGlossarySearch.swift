import Foundation

/// What looking upwards for a team glossary (`.roundtable/glossary.yaml`) found.
package enum LocalGlossarySearch: Sendable, Equatable {
    /// No folder on the way up has one.
    case none
    /// The glossary at this path, which can be used.
    case found(String)
    /// The glossary at this path, which must not be used without being asked for by name.
    case skipped(String, UntrustedGlossary)
}

/// Why a glossary found in a folder above was not used. A shared folder could hold a glossary
/// planted by someone else, which could silence every rule; ownership is the practical test.
public enum UntrustedGlossary: Sendable, Equatable {
    /// The file belongs to someone other than the user (or root).
    case fileOwnedByAnotherUser
    /// Its folder belongs to someone other than the user (or root).
    case folderOwnedByAnotherUser
    /// Everyone on the computer may change the file.
    case fileWritableByEveryone
    /// Everyone on the computer may change its folder, so anyone could replace the file.
    case folderWritableByEveryone
    /// Its owner and permissions could not be read.
    case unknownOwner

    /// The reason in words, after "… was not used, because".
    public var words: String {
        switch self {
        case .fileOwnedByAnotherUser: return "it belongs to another user"
        case .folderOwnedByAnotherUser: return "its folder belongs to another user"
        case .fileWritableByEveryone: return "it can be changed by everyone on this computer"
        case .folderWritableByEveryone: return "its folder can be changed by everyone on this computer"
        case .unknownOwner: return "Roundtable could not tell who owns it"
        }
    }

    /// Why the glossary at `path` should not be trusted by `userID`, or nil when it can be. The
    /// file and its folder are checked after following any symbolic links.
    static func reason(for path: String, userID: UInt32) -> UntrustedGlossary? {
        let file = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let checks: [(URL, owner: UntrustedGlossary, writable: UntrustedGlossary)] = [
            (file, .fileOwnedByAnotherUser, .fileWritableByEveryone),
            (file.deletingLastPathComponent(), .folderOwnedByAnotherUser, .folderWritableByEveryone),
        ]
        for (url, owner, writable) in checks {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                  let ownerID = (attributes[.ownerAccountID] as? NSNumber)?.uint32Value,
                  let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue else { return .unknownOwner }
            if ownerID != userID && ownerID != 0 { return owner }
            if permissions & 0o002 != 0 { return writable }
        }
        return nil
    }
}
