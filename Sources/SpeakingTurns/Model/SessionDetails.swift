import Documents

/// The number that identifies a session in the session store.
public typealias SessionID = Int64

/// What a report needs to know about a session.
public struct SessionDetails: Sendable, Equatable {
    /// The store's number for the session.
    public var id: SessionID
    /// The session's title, such as "Language: saying what we mean".
    public var title: String
    /// What the session is about, such as "Language".
    public var theme: String?
    /// The day of the session, if known.
    public var date: CalendarDate?
    /// The agenda file the session follows, as the facilitator gave its path.
    public var agendaFile: String?

    /// Creates the details of a session.
    public init(id: SessionID, title: String, theme: String? = nil, date: CalendarDate? = nil, agendaFile: String? = nil) {
        self.id = id
        self.title = title
        self.theme = theme
        self.date = date
        self.agendaFile = agendaFile
    }
}
