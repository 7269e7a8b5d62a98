import ArgumentParser
import Documents
import Foundation
import SessionStore
import SpeakingTurns
import Workflows

/// `roundtable people`: the people who take part in sessions.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Add and list people, and record what they agree to.",
        discussion: """
        Roles: `\(Role.choices)`. Nobody is named in a document you publish until their consent \
        is on record. Until then they appear as "Participant A", "Participant B" and so on.

        Consent to be sent news is kept apart. Only people who said yes to it are on the \
        mailing list.

        Access needs (what helps someone take part) are kept only if the person agrees. They \
        are shown only to the people who run a session, never in what you publish.

        Examples:

            roundtable people add "Sam Jones" --role professional --consent yes
            roundtable people add "Ann Lee" --role guest --email ann@example.org --contact yes
            roundtable people list
            roundtable people consent "Sam Jones" withdrawn --date 2026-11-02
            roundtable people consent "Sam Jones"          (shows the history)
            roundtable people contact "Ann Lee" no
            roundtable people export --mailing-list
            roundtable people needs "Ann Lee" captions papers-early --agreed
        """,
        subcommands: [Add.self, List.self, Consent.self, Contact.self, Needs.self, Export.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a person.")

        @Argument(help: ArgumentHelp("The name the person wants to be called.", valueName: "name"))
        var name: String

        @Option(help: Role.help("Their role.", valueName: "role"), completion: .list(Role.allValueStrings), transform: Role.parse)
        var role: Role

        @Option(help: ArgumentHelp("The organisation they come from.", valueName: "organisation"))
        var organisation: String?

        @Option(help: ConsentAnswer.help("Yes if they agree to have their name in what you share. No if not.", valueName: "answer"),
                completion: .list(ConsentAnswer.allValueStrings), transform: ConsentAnswer.parse)
        var consent: ConsentAnswer?

        @Option(help: ArgumentHelp("The day they said yes or no, as year-month-day. If you leave it out: today.", valueName: "date"))
        var date: String?

        @OptionGroup var reach: ContactOptions

        @Option(help: ConsentAnswer.help("Yes if they agree to be sent news of the group. No if not.", valueName: "answer"),
                completion: .list(ConsentAnswer.allValueStrings), transform: ConsentAnswer.parse)
        var contact: ConsentAnswer?

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("The name is empty. Give the name the person wants to be called.") }
        }

        func run() throws {
            let day = try CommandInput.day(date)
            let details = try reach.details(otherwise: "Nobody was added.")
            let person = try store.open().addPerson(name: name.trimmingCharacters(in: .whitespaces), role: role, organisation: organisation,
                                                    consent: consent.map { ConsentChange(given: $0.isGiven, date: day) },
                                                    contact: details, contactConsent: contact.map { ConsentChange(given: $0.isGiven, date: day) },
                                                    now: Date())
            print("Added \(person.nameWithRole). \(person.consentsToBeNamed ? "They may be named in published documents." : "They will not be named in published documents unless you record their consent.")")
            if contact?.isGiven == true && details.isEmpty {
                print("They agreed to be contacted, but you gave no e-mail address or phone number, so they are not on the mailing list yet.")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List everyone.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let people = try store.open().people()
            guard !people.isEmpty else {
                print("Nobody has been added yet. Add someone with 'roundtable people add \"Name\" --role professional'.")
                return
            }
            for person in people {
                let organisation = person.organisation.map { ", \($0)" } ?? ""
                print("\(person.nameWithRole)\(organisation) — \(person.consentsToBeNamed ? "may be named" : "not to be named")")
            }
        }
    }

    struct Consent: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "consent", 
            abstract: "Record that someone gave or withdrew consent to be named, or show their consent history.")

        @Argument(help: ArgumentHelp("The person's name.", valueName: "name"))
        var name: String

        @Argument(help: ConsentAnswer.help("given (or yes) or withdrawn (or no). Leave out to see the history.", valueName: "answer"),
                  completion: .list(ConsentAnswer.allValueStrings), transform: ConsentAnswer.parse)
        var answer: ConsentAnswer?

        @Option(help: ArgumentHelp("The day it was given or withdrawn (year-month-day). If you leave it out: today.", valueName: "date"))
        var date: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let database = try store.open()
            let person = try database.person(name)
            guard let given = answer?.isGiven else {
                let history = try database.consentHistory(person: person.id)
                if history.isEmpty {
                    print("No consent is recorded for \(person.displayName), so they are not named in published documents.")
                }
                for record in history {
                    print("\(record.change.date.long): consent \(record.change.given ? "given" : "withdrawn")")
                }
                return
            }
            let change = ConsentChange(given: given, date: try CommandInput.day(date))
            try database.recordConsent(person: person.id, change: change, now: Date())
            print(given
                  ? "Recorded: \(person.displayName) agreed on \(change.date.long) to be named in published documents."
                  : "Recorded: \(person.displayName) withdrew consent on \(change.date.long). Documents you make from now on show them as a participant letter; make again any you have already shared.")
        }
    }
}

extension PeopleCommand {
    struct Contact: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "contact", 
            abstract: "Record if someone wants news of the group, or show the history.",
            discussion: "This is apart from consent to be named. Only people who agreed are on the mailing list.")

        @Argument(help: ArgumentHelp("The person's name.", valueName: "name"))
        var name: String

        @Argument(help: ConsentAnswer.help("given (or yes) or withdrawn (or no). Leave out to see the history.", valueName: "answer"),
                  completion: .list(ConsentAnswer.allValueStrings), transform: ConsentAnswer.parse)
        var answer: ConsentAnswer?

        @Option(help: ArgumentHelp("The day they said yes or no (year-month-day). If you leave it out: today.", valueName: "date"))
        var date: String?

        @OptionGroup var reach: ContactOptions

        @OptionGroup var store: StoreOptions

        func run() throws {
            let details = try reach.details(otherwise: "Nothing was changed.")
            let database = try store.open()
            let person = try database.person(name)
            if !details.isEmpty { try database.setContact(person: person.id, details) }
            guard let given = answer?.isGiven else {
                let history = try database.contactConsentHistory(person: person.id)
                if history.isEmpty {
                    print("\(person.displayName) has not agreed to be contacted, so they are not on the mailing list.")
                }
                for record in history {
                    print("\(record.change.date.long): \(record.change.given ? "agreed to be contacted" : "no longer to be contacted")")
                }
                return
            }
            let change = ConsentChange(given: given, date: try CommandInput.day(date))
            try database.recordContactConsent(person: person.id, change: change, now: Date())
            print(given
                  ? "Recorded: \(person.displayName) agreed on \(change.date.long) to be sent news of the group."
                  : "Recorded: \(person.displayName) asked on \(change.date.long) not to be contacted. They are left off every mailing list you export from now on; delete any copy you made before.")
        }
    }

    struct Needs: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "needs", 
            abstract: "Record what helps someone take part, or show what is kept.",
            discussion: """
            Needs: `\(AccessNeed.choices)`. Add your own words after an equals sign, in \
            quotes, like papers-early="two weeks before" or other="a quiet room". Ask the person \
            first: needs are kept only with --agreed. What you give replaces what was kept. The \
            needs are shown only to the people who run a session, and never published.

            Examples:

                roundtable people needs "Ann Lee" captions papers-early --agreed
                roundtable people needs "Ann Lee" other="a quiet room" --agreed
                roundtable people needs "Ann Lee"              (shows what is kept)
                roundtable people needs "Ann Lee" --forget
            """)

        @Argument(help: ArgumentHelp("The person's name.", valueName: "name"))
        var name: String

        @Argument(help: ArgumentHelp("What helps them take part. Leave out to see what is kept.", valueName: "need"))
        var needs: [String] = []

        @Flag(help: "The person agreed that Roundtable keeps their access needs.")
        var agreed = false

        @Option(help: ArgumentHelp("The day they agreed (year-month-day). If you leave it out: today.", valueName: "date"))
        var date: String?

        @Flag(help: "Remove everything kept about their access needs, when they ask you to.")
        var forget = false

        @OptionGroup var store: StoreOptions

        func run() throws {
            let typed: [PersonAccessNeed]
            do {
                typed = try needs.map { text throws(PersonAccessNeed.Problem) in try PersonAccessNeed(typed: text) }.sorted { $0.need < $1.need }
            } catch {
                throw CommandFailure(message: error.message + " Nothing was changed.", exitCode: 2)
            }
            if forget && (agreed || !typed.isEmpty) {
                throw CommandFailure(message: "--forget removes what is kept, so it cannot go with needs or --agreed. Nothing was changed.", exitCode: 2)
            }
            if !typed.isEmpty && !agreed {
                throw CommandFailure(message: "Roundtable keeps access needs only when the person agrees. Ask \(name) first, then run this again with --agreed. Nothing was kept.", exitCode: 2)
            }
            let database = try store.open()
            let person = try database.person(name)
            if forget {
                let removed = try database.forgetAccessNeeds(person: person.id)
                print(removed ? "Removed the access needs kept for \(person.displayName)." : "No access needs were kept for \(person.displayName), so nothing was removed.")
                return
            }
            if agreed {
                let day = try CommandInput.day(date)
                try database.setAccessNeeds(person: person.id, typed, agreedOn: day, now: Date())
                print(typed.isEmpty
                      ? "Recorded: \(person.displayName) agreed on \(day.long) to tell us their access needs, and needs nothing extra for now."
                      : "Recorded for \(person.displayName), who agreed on \(day.long): \(typed.map(\PersonAccessNeed.words).joined(separator: "; ")).")
                print("Next: check an agenda against the needs of the people registered with 'roundtable agenda lint FILE --access-needs'.")
                return
            }
            guard let record = try database.accessNeeds(person: person.id) else {
                print("No access needs are kept for \(person.displayName). Ask them what would help them take part, then record it, for example: roundtable people needs \"\(person.displayName)\" captions --agreed")
                return
            }
            print(record.needs.isEmpty
                  ? "\(person.displayName) agreed on \(record.agreedOn.long) to tell us their access needs, and needs nothing extra for now."
                  : "\(person.displayName) agreed on \(record.agreedOn.long) that we keep: \(record.needs.map(\PersonAccessNeed.words).joined(separator: "; ")).")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", 
            abstract: "Write the mailing list of people who want news of the group.",
            discussion: """
            Writes mailing-list.csv (for a spreadsheet) and mailing-list.vcf (for a phone or an \
            e-mail program). They hold only people who agreed to be contacted, and only their name, \
            organisation, e-mail address and phone number. Keep these files safe, and delete them \
            when you have sent your message.

            Example:

                roundtable people export --mailing-list -o ~/Documents
            """)

        @Flag(name: .customLong("mailing-list"), help: "Write the mailing list.")
        var mailingList = false

        @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into. It is created if it does not exist.", valueName: "folder"))
        var output = "Exports"

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if !mailingList { throw ValidationError("Say what to export: add --mailing-list.") }
        }

        func run() throws {
            let list = try store.open().mailingList()
            let files = MailingListExport(list).files(into: URL(fileURLWithPath: output, isDirectory: true))
            try OutputWriting.write(files, inputs: [store.resolvedPath])
            Console.wrote(files)
            print(MailingListExport.summary(list, addDetails: "add one with 'roundtable people contact NAME --email ADDRESS'"))
        }
    }
}

/// The `--email` and `--phone` options: how to reach a person.
struct ContactOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Their e-mail address.", valueName: "address"))
    var email: String?

    @Option(help: ArgumentHelp("Their phone number.", valueName: "number"))
    var phone: String?

    /// The details given, or a failure (exit code 2) saying what is wrong, then `otherwise`.
    func details(otherwise: String) throws -> ContactDetails {
        do {
            return try ContactDetails(email: email, phone: phone)
        } catch {
            throw CommandFailure(message: error.message + " " + otherwise, exitCode: 2)
        }
    }
}

/// `roundtable register`: who is coming to a session.
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Register people for a session, by name or from a spreadsheet.",
        discussion: """
        The spreadsheet is a file of comma-separated values (CSV). Its first row names the \
        columns, from: name, role, organisation, consent, email, phone, contact, on behalf of. \
        Only name is needed for people Roundtable knows. Consent (to be named) and contact (to be \
        sent news) are yes or no. "On behalf of" is the name of a registered member who cannot \
        come: the person on that row comes in their place. New people need a role. In Excel or LibreOffice Calc, save it as CSV with the text \
        as Unicode. The whole list is registered, or nothing if a row has a problem.

        Examples:

            roundtable register 1 "Sam Jones" "Priya Patel"
            roundtable register 1 --csv people.csv
            roundtable register 1 "Kim Lee" --on-behalf-of "Sam Jones"
        """
    )

    @Argument(help: ArgumentHelp("The session's number or title.", valueName: "session"))
    var session: String

    @Argument(help: ArgumentHelp("The names of people Roundtable knows.", valueName: "name"))
    var names: [String] = []

    @Option(help: ArgumentHelp("A registration list: a .csv file with the columns name, role, organisation, consent, email, phone, contact, on behalf of.", valueName: "file"))
    var csv: String?

    @Option(name: .customLong("on-behalf-of"),
            help: ArgumentHelp("A registered member who cannot come. The person named comes in their place.", valueName: "member"))
    var onBehalfOf: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if names.isEmpty && csv == nil {
            throw ValidationError("Give the names of the people to register, or a list with --csv people.csv.")
        }
        if onBehalfOf != nil && (names.count != 1 || csv != nil) {
            throw ValidationError("With --on-behalf-of, give the name of one person: the colleague who comes instead.")
        }
    }

    func run() throws {
        let (database, session) = try store.open(session: self.session)
        if let csv {
            let entries = try RegistrationList.read(try TextFile.read(csv, kind: "registration list"), file: csv)
            let result = try database.importRegistrations(session: session.id, entries: entries, file: csv,
                                                          today: try CommandInput.day(nil), now: Date())
            print("Registered \(result.registered.count) \(result.registered.count == 1 ? "person" : "people") for session \(session.id) from \(csv)\(result.alreadyRegistered.isEmpty ? "" : "; \(result.alreadyRegistered.count) already registered").")
            if !result.added.isEmpty { print("New to Roundtable: \(result.added.joined(separator: ", ")).") }
            if !result.consentChanged.isEmpty { print("Consent changed for: \(result.consentChanged.joined(separator: ", ")).") }
            for nomination in result.onBehalf { print("\(nomination.colleague) comes on behalf of \(nomination.member).") }
        }
        if let onBehalfOf {
            let (colleague, member) = (try database.person(names[0]), try database.person(onBehalfOf))
            try database.nominate(session: session.id, colleague: colleague.id, onBehalfOf: member.id, now: Date())
            print("Registered \(colleague.displayName) for session \(session.id), coming on behalf of \(member.displayName).")
        } else if !names.isEmpty {
            let people = try names.map { try database.person($0) }
            let added = try database.register(session: session.id, people: people.map(\.id), now: Date())
            print("Registered \(added.count) \(added.count == 1 ? "person" : "people") for session \(session.id)\(added.count < people.count ? " (the others were registered already)" : "").")
        }
        print("On the day, mark who came with 'roundtable attend \(session.id) \"Name\"'.")
    }
}

/// `roundtable attend`: who came.
struct AttendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attend",
        abstract: "Mark who came to a session.",
        discussion: """
        People marked present get a key in the live view, in the order they are marked. Marking \
        someone present also registers them.

        Examples:

            roundtable attend 1 "Sam Jones" "Priya Patel"
            roundtable attend 1 "Priya Patel" --absent     (marked by mistake)
        """
    )

    @Argument(help: ArgumentHelp("The session's number or title.", valueName: "session"))
    var session: String

    @Argument(help: ArgumentHelp("The names of the people who came.", valueName: "name"))
    var names: [String]

    @Flag(help: "Mark these people as not present after all.")
    var absent = false

    @OptionGroup var store: StoreOptions

    func run() throws {
        let (database, session) = try store.open(session: self.session)
        let people = try names.map { try database.person($0) }
        let changed = try database.markAttendance(session: session.id, people: people.map(\.id), present: !absent, now: Date())
        let list = changed.map(\.displayName).joined(separator: ", ")
        if changed.isEmpty {
            print(absent ? "Nobody changed: they were not marked present." : "Nobody changed: they were already marked present.")
        } else {
            print(absent ? "Marked as not present: \(list)." : "Marked present at session \(session.id): \(list).")
        }
        if !absent { print("Track who speaks with 'roundtable turns live \(session.id)'.") }
    }
}
