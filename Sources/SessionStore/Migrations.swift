import GRDB

/// The schema as named steps. Steps are only ever added at the end, never edited once shipped:
/// a database remembers which steps it has had, and a database with a step this list lacks was
/// made by a newer Roundtable and is left alone.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1-sessions-people-turns") { db in
            try db.execute(sql: """
                CREATE TABLE session (
                    id INTEGER PRIMARY KEY,
                    title TEXT NOT NULL,
                    theme TEXT,
                    date TEXT,
                    agendaFile TEXT,
                    createdAt REAL NOT NULL
                );
                CREATE TABLE person (
                    id INTEGER PRIMARY KEY,
                    displayName TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    role TEXT NOT NULL CHECK (role IN ('expert-by-experience', 'professional', 'facilitator', 'volunteer', 'guest')),
                    organisation TEXT
                );
                -- Consent to be named in published documents: every change is kept; the last one recorded counts.
                CREATE TABLE consent (
                    id INTEGER PRIMARY KEY,
                    personId INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    given INTEGER NOT NULL CHECK (given IN (0, 1)),
                    date TEXT NOT NULL,
                    recordedAt REAL NOT NULL
                );
                CREATE INDEX consent_person ON consent(personId, id);
                CREATE TABLE registration (
                    sessionId INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    personId INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    registeredAt REAL NOT NULL,
                    PRIMARY KEY (sessionId, personId)
                );
                -- Who came; the order of marking sets the order of the live view's keys.
                CREATE TABLE attendance (
                    id INTEGER PRIMARY KEY,
                    sessionId INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    personId INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    markedAt REAL NOT NULL,
                    UNIQUE (sessionId, personId)
                );
                -- Times are seconds since 1970 (UTC). endedAt is NULL while the person is speaking.
                CREATE TABLE turn (
                    id INTEGER PRIMARY KEY,
                    sessionId INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    personId INTEGER NOT NULL REFERENCES person(id),
                    startedAt REAL NOT NULL,
                    endedAt REAL,
                    source TEXT NOT NULL CHECK (source IN ('live', 'manual', 'imported')),
                    interrupted INTEGER NOT NULL DEFAULT 0 CHECK (interrupted IN (0, 1)),
                    CHECK (endedAt IS NULL OR endedAt >= startedAt)
                );
                CREATE INDEX turn_session ON turn(sessionId, startedAt);
                CREATE UNIQUE INDEX turn_running ON turn(sessionId) WHERE endedAt IS NULL;
                -- Every start and end, so that undo can take back the last one.
                CREATE TABLE turnAction (
                    id INTEGER PRIMARY KEY,
                    sessionId INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('start', 'stop')),
                    turnId INTEGER NOT NULL,
                    endedTurnId INTEGER,
                    at REAL NOT NULL,
                    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
                );
                CREATE INDEX turnAction_session ON turnAction(sessionId, undone, id);
                CREATE TABLE note (
                    id INTEGER PRIMARY KEY,
                    sessionId INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    text TEXT NOT NULL,
                    createdAt REAL NOT NULL
                );
                -- The live view's sign of life, written every second, so that a turn left running by a
                -- crash can be closed at the last moment it was known to be running.
                CREATE TABLE liveHeartbeat (
                    sessionId INTEGER PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
                    at REAL NOT NULL
                );
                """)
        }
        // A series of sessions, such as a year's Community of Practice, built from a programme file.
        migrator.registerMigration("2-programmes") { db in
            try db.execute(sql: """
                CREATE TABLE programme (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    createdAt REAL NOT NULL
                );
                ALTER TABLE session ADD COLUMN programmeId INTEGER REFERENCES programme(id) ON DELETE SET NULL;
                CREATE INDEX session_programme ON session(programmeId, date);
                """)
        }
        // Actions: what was raised at a session, what will be done, by whom and by when, and how it
        // ended ("you said, we did"). Every change of status or due date is kept in actionHistory.
        migrator.registerMigration("3-actions") { db in
            try db.execute(sql: """
                CREATE TABLE actions (
                    id INTEGER PRIMARY KEY,
                    sessionId INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    raisedByRole TEXT NOT NULL CHECK (raisedByRole IN ('expert-by-experience', 'professional', 'facilitator', 'volunteer', 'guest')),
                    raisedByPersonId INTEGER REFERENCES person(id) ON DELETE SET NULL,
                    raised TEXT NOT NULL,
                    "action" TEXT NOT NULL,
                    owner TEXT NOT NULL,
                    due TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('open', 'done', 'not-possible')),
                    reason TEXT,
                    weDid TEXT,
                    createdAt REAL NOT NULL,
                    updatedAt REAL NOT NULL,
                    CHECK ((status = 'not-possible') = (reason IS NOT NULL)),
                    CHECK ((status = 'done') = (weDid IS NOT NULL))
                );
                CREATE INDEX actions_session ON actions(sessionId, id);
                CREATE INDEX actions_status ON actions(status, sessionId);
                -- The action as it stood after each change, the first row being how it was added.
                CREATE TABLE actionHistory (
                    id INTEGER PRIMARY KEY,
                    actionId INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
                    status TEXT NOT NULL CHECK (status IN ('open', 'done', 'not-possible')),
                    reason TEXT,
                    weDid TEXT,
                    due TEXT NOT NULL,
                    changedAt REAL NOT NULL
                );
                CREATE INDEX actionHistory_action ON actionHistory(actionId, id);
                """)
        }
        // How to reach people, and their consent to be contacted (the mailing list), kept apart from
        // their consent to be named: every change is kept; the last one recorded counts.
        migrator.registerMigration("4-contact") { db in
            try db.execute(sql: """
                ALTER TABLE person ADD COLUMN email TEXT;
                ALTER TABLE person ADD COLUMN phone TEXT;
                CREATE TABLE contactConsent (
                    id INTEGER PRIMARY KEY,
                    personId INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    given INTEGER NOT NULL CHECK (given IN (0, 1)),
                    date TEXT NOT NULL,
                    recordedAt REAL NOT NULL
                );
                CREATE INDEX contactConsent_person ON contactConsent(personId, id);
                """)
        }
        // A colleague registered to come on behalf of a member who cannot.
        migrator.registerMigration("5-on-behalf-of") { db in
            try db.execute(sql: "ALTER TABLE registration ADD COLUMN onBehalfOf INTEGER REFERENCES person(id) ON DELETE SET NULL")
        }
        // What helps each person take part, kept only while they agree to it being kept: the needs
        // hang off the agreement, so forgetting the agreement removes them all.
        migrator.registerMigration("6-access-needs") { db in
            try db.execute(sql: """
                CREATE TABLE accessAgreement (
                    personId INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
                    agreedOn TEXT NOT NULL,
                    recordedAt REAL NOT NULL
                );
                CREATE TABLE accessNeed (
                    personId INTEGER NOT NULL REFERENCES accessAgreement(personId) ON DELETE CASCADE,
                    need TEXT NOT NULL CHECK (need IN ('captions', 'british-sign-language', 'breaks', 'easy-read', 'large-print', 'papers-early', 'join-by-phone', 'other')),
                    note TEXT CHECK (note IS NULL OR length(note) BETWEEN 1 AND 200),
                    CHECK (need <> 'other' OR note IS NOT NULL),
                    PRIMARY KEY (personId, need)
                );
                """)
        }
        // Recognition: what a series pays for an hour or a session of someone's time, and, for each
        // person and session, how they took part, the time they gave and what they chose (a
        // payment, a voucher or nothing, and any expenses). Amounts are whole pence. Nothing is
        // ever changed in place: a rate or a correction is a new row, and the last one counts.
        // Never part of a published document.
        migrator.registerMigration("7-involvement") { db in
            try db.execute(sql: """
                CREATE TABLE programmeRate (
                    id INTEGER PRIMARY KEY,
                    programmeId INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
                    unit TEXT NOT NULL CHECK (unit IN ('hour', 'session')),
                    pence INTEGER NOT NULL CHECK (pence > 0),
                    setAt REAL NOT NULL
                );
                CREATE INDEX programmeRate_programme ON programmeRate(programmeId, id);
                CREATE TABLE involvement (
                    id INTEGER PRIMARY KEY,
                    personId INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    sessionId INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    role TEXT NOT NULL CHECK (role IN ('attended', 'co-facilitated', 'presented')),
                    sessionMinutes INTEGER CHECK (sessionMinutes BETWEEN 0 AND 1440),
                    preparationMinutes INTEGER NOT NULL CHECK (preparationMinutes BETWEEN 0 AND 10080),
                    choice TEXT NOT NULL CHECK (choice IN ('payment', 'voucher', 'nothing')),
                    pence INTEGER NOT NULL CHECK (pence BETWEEN 0 AND 1000000),
                    voucherKind TEXT,
                    expensesPence INTEGER NOT NULL DEFAULT 0 CHECK (expensesPence BETWEEN 0 AND 1000000),
                    expensesFor TEXT,
                    paidOn TEXT,
                    recordedAt REAL NOT NULL,
                    CHECK ((choice = 'nothing') = (pence = 0)),
                    CHECK ((choice = 'voucher') = (voucherKind IS NOT NULL)),
                    CHECK ((expensesPence = 0) = (expensesFor IS NULL)),
                    CHECK ((choice = 'nothing' AND expensesPence = 0) OR paidOn IS NOT NULL)
                );
                CREATE INDEX involvement_person ON involvement(personId, sessionId, id);
                CREATE INDEX involvement_paidOn ON involvement(paidOn);
                """)
        }
        return migrator
    }
}
