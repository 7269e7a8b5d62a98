import ArgumentParser
import Documents
import Foundation
import SessionStore
import SpeakingTurns
import Workflows

/// `roundtable recognition`: thanking people for their time, and the records that go with it.
struct RecognitionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognition",
        abstract: "Record what people chose for their time, and write each person a statement of it.",
        discussion: """
        Record how each person took part in a session, and the time they spent getting ready. \
        Then record what they chose: a payment, a voucher, or nothing. You can also pay back what \
        it cost them to come, such as a bus fare. A statement lists what a person got in a tax \
        year. They can show it to a benefits adviser. These records are never in anything you \
        publish.

        Examples:

            roundtable recognition rate --programme "Our group" --per-hour 25
            roundtable recognition add "Rosa Lind" 1 --role presented --payment 25
            roundtable recognition add "Sam Jones" 1 --role attended --nothing
            roundtable recognition list "Rosa Lind"
            roundtable recognition statement "Rosa Lind" --tax-year 2026
        """,
        subcommands: [Add.self, List.self, Statement.self, Rate.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", 
            abstract: "Record how a person took part in a session and what they chose.",
            discussion: """
            The person must be registered for the session or marked present. Choose one of \
            --payment, --voucher or --nothing. With --payment rate, the payment is worked out from \
            the rate of the session's series. A rate for each hour counts the time in the session \
            and the time getting ready, so give --session-time too. Each person has one record for \
            each session. To change it, run the command again with --correct. The old record is kept.

            Examples:

                roundtable recognition add "Rosa Lind" 1 --role presented --preparation 1h --session-time 2h --payment rate
                roundtable recognition add "Sam Jones" 1 --role attended --payment 25 --expenses 3.20 --expenses-for "bus fare"
                roundtable recognition add "Kim Lee" 1 --role attended --nothing
                roundtable recognition add "Sam Jones" 1 --role attended --payment 30 --correct
            """
        )

        @Argument(help: ArgumentHelp("The person's name.", valueName: "person"))
        var person: String

        @Argument(help: ArgumentHelp("The number or title of the session.", valueName: "session"))
        var session: String

        @Option(help: ArgumentHelp("How they took part: attended, co-facilitated or presented.", valueName: "role"))
        var role: InvolvementRole

        @Option(help: ArgumentHelp("The time they spent getting ready, for example 30m or 1h. If you leave it out: none.", valueName: "time"))
        var preparation: String?

        @Option(name: .customLong("session-time"),
                help: ArgumentHelp("How long they were in the session, for example 2h. Needed for a rate for each hour.", valueName: "time"))
        var sessionTime: String?

        @Option(help: ArgumentHelp("A payment: the amount, such as 25 or 25.50, or 'rate' for the rate of the session's series.", valueName: "amount"))
        var payment: String?

        @Option(help: ArgumentHelp("A voucher: its value, such as 20.", valueName: "amount"))
        var voucher: String?

        @Option(name: .customLong("voucher-kind"), help: ArgumentHelp("What kind of voucher, for example \"supermarket voucher\".", valueName: "text"))
        var voucherKind: String?

        @Flag(help: "They chose nothing: they were offered something and said no.")
        var nothing = false

        @Option(help: ArgumentHelp("Money paid back for what taking part cost them, such as 3.20.", valueName: "amount"))
        var expenses: String?

        @Option(name: .customLong("expenses-for"), help: ArgumentHelp("What the money paid back was for, for example \"bus fare\".", valueName: "text"))
        var expensesFor: String?

        @Option(name: .customLong("paid-on"),
                help: ArgumentHelp("The day it was paid or given, as year-month-day. If you leave it out: the day of the session.", valueName: "date"))
        var paidOn: String?

        @Flag(help: "Replace this person's record for this session. The old record is kept in the history.")
        var correct = false

        @OptionGroup var store: StoreOptions

        /// The record asked for, without the person and session, or advice on what to type.
        private func details() throws -> (offer: RecognitionOffer, expenses: Expenses?, preparation: Int, sessionMinutes: Int?, paidOn: CalendarDate?) {
            let chosen = [payment != nil, voucher != nil, nothing].filter { $0 }.count
            guard chosen == 1 else {
                throw ValidationError(chosen == 0
                    ? "Say what they chose: --payment with an amount (or 'rate'), --voucher with its value, or --nothing."
                    : "Choose one of --payment, --voucher and --nothing, not more.")
            }
            if (voucher == nil) != (voucherKind == nil) {
                throw ValidationError(voucher == nil ? "--voucher-kind goes with --voucher. Add --voucher with its value, for example --voucher 20."
                                                     : "Say what kind of voucher it is, for example --voucher-kind \"supermarket voucher\".")
            }
            if (expenses == nil) != (expensesFor == nil) {
                throw ValidationError(expenses == nil ? "--expenses-for goes with --expenses. Add --expenses with the amount, for example --expenses 3.20."
                                                      : "Say what the expenses were for, for example --expenses-for \"bus fare\".")
            }
            let offer: RecognitionOffer
            if let payment {
                offer = .payment(payment.trimmingCharacters(in: .whitespaces).lowercased() == "rate" ? nil : try RecognitionOptions.amount(payment, option: "--payment"))
            } else if let voucher, let voucherKind {
                offer = .voucher(try RecognitionOptions.amount(voucher, option: "--voucher"), kind: voucherKind)
            } else {
                offer = .nothing
            }
            let paid = try expenses.map { Expenses(amount: try RecognitionOptions.amount($0, option: "--expenses"), what: expensesFor ?? "") }
            return (offer, paid, try preparation.map { try RecognitionOptions.minutes($0, option: "--preparation") } ?? 0,
                    try sessionTime.map { try RecognitionOptions.minutes($0, option: "--session-time") },
                    try paidOn.map(ActionOptions.day))
        }

        func validate() throws {
            _ = try details()
        }

        func run() throws {
            let given = try details()
            let (database, session) = try store.open(session: self.session)
            let person = try database.person(self.person)
            let record = try database.recordInvolvement(
                NewInvolvement(person: person.id, session: session.id, role: role, sessionMinutes: given.sessionMinutes,
                               preparationMinutes: given.preparation, offer: given.offer, expenses: given.expenses, paidOn: given.paidOn),
                correcting: correct, now: Date())
            let words = InvolvementWords(record)
            print("\(correct ? "Corrected" : "Recorded") for \(person.displayName) at session \(session.id) ('\(session.title)'): "
                  + "\(role.words), getting ready: \(words.preparation); chose \(words.choice)\(given.offer == .payment(nil) ? " at the series' rate" : ""); "
                  + "expenses: \(words.expenses)\(record.paidOn.map { "; paid on \($0.long)" } ?? "").")
            print("Next: see their records with 'roundtable recognition list \"\(person.displayName)\"'.")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", 
            abstract: "List the records, as a table: everyone's, or one person's.",
            discussion: """
            Each row has the record's number, the day paid, the person, the session, how they took \
            part, the time getting ready, what they chose and the money paid back. The list is for \
            your own screen.

            Examples:

                roundtable recognition list
                roundtable recognition list "Rosa Lind" --history
            """
        )

        @Argument(help: ArgumentHelp("A person's name, to list only their records.", valueName: "person"))
        var person: String?

        @Flag(help: "Show the records that a correction replaced too.")
        var history = false

        @OptionGroup var store: StoreOptions

        func run() throws {
            let database = try store.open()
            let person = try self.person.map { try database.person($0) }
            let records = try database.involvements(of: person?.id, history: history)
            guard !records.isEmpty else {
                print("There are no records\(person.map { " for \($0.displayName)" } ?? "") yet. Add one with: "
                      + "roundtable recognition add \"\(person?.displayName ?? "Name")\" 1 --role attended --payment 25")
                return
            }
            let rows = records.map { record -> [String] in
                let words = InvolvementWords(record)
                return ["\(record.id)", record.paidOn?.iso ?? "-", record.person.displayName, "\(record.session.id) \(record.session.title)",
                        record.role.words, words.preparation, words.choice, words.expenses] + (history ? [record.isReplaced ? "replaced" : "current"] : [])
            }
            let header = ["No.", "Paid on", "Name", "Session", "Role", "Getting ready", "Chose", "Expenses"] + (history ? ["Record"] : [])
            print(PlainTable(header: header, rows: rows).text)
        }
    }

    struct Statement: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "statement", 
            abstract: "Write what a person got in a tax year, or a spreadsheet for the finance team.",
            discussion: """
            The statement is for the person, to show a benefits adviser or work coach. It lists \
            every payment and voucher with its date, then the money paid back to them, then the \
            totals. A tax year runs from 6 April to 5 April: 2026 means 6 April 2026 to 5 April \
            2027. A record counts in the tax year of the day it was paid. With --csv you get a \
            spreadsheet instead, with one row for each payment, voucher and money paid back. Leave \
            out the name for a spreadsheet of all people.

            Examples:

                roundtable recognition statement "Rosa Lind" --tax-year 2026
                roundtable recognition statement "Rosa Lind" --tax-year 2026 --to docx -o ~/Documents
                roundtable recognition statement --tax-year 2026 --csv
            """
        )

        @Argument(help: ArgumentHelp("The person's name. With --csv you may leave it out, to list everyone.", valueName: "person"))
        var person: String?

        @Option(name: .customLong("tax-year"), help: ArgumentHelp("The year the tax year starts in, for example 2026.", valueName: "year"))
        var taxYear: String

        @OptionGroup var files: DocumentFileOptions

        @Flag(help: "Write a spreadsheet (a .csv file) for the finance team instead of the statement.")
        var csv = false

        @OptionGroup var look: LookOptions
        @OptionGroup var store: StoreOptions

        private func year() throws -> TaxYear {
            do {
                return try TaxYear(text: taxYear)
            } catch {
                throw ValidationError(error.message)
            }
        }

        func validate() throws {
            _ = try year()
            if person == nil && !csv {
                throw ValidationError("Give the name of the person the statement is for, or add --csv for a spreadsheet of everyone.")
            }
        }

        func run() throws {
            let year = try year()
            let database = try store.open()
            let person = try self.person.map { try database.person($0) }
            let records = try database.involvements(of: person?.id)
            let written: [OutputFiles.File]
            if csv {
                let spreadsheet = RecognitionSpreadsheet(taxYear: year, records: records)
                let baseName = person.map { RecognitionStatement(person: $0, taxYear: year, records: []).baseName }
                    ?? "recognition-\(year.startYear)-to-\(year.startYear + 1)"
                written = [spreadsheet.file(baseName: baseName, into: files.folder)]
                try OutputWriting.write(written, inputs: [store.resolvedPath])
                Console.wrote(written)
                print("\(spreadsheet.rows.count) \(spreadsheet.rows.count == 1 ? "row" : "rows") for the tax year \(year.words). Keep this file safe: it holds names and payments.")
                return
            }
            guard let person else { return }
            let statement = RecognitionStatement(person: person, taxYear: year, records: records)
            let options = try look.look().options
            written = try files.files(statement.document, options: options, baseName: statement.baseName)
            try OutputWriting.write(written, inputs: [store.resolvedPath])
            Console.wrote(written)
            print("\(person.displayName) received \(statement.total.pounds) in payments and vouchers, and \(statement.expensesTotal.pounds) in expenses paid back, in the tax year \(year.words).")
            print("This statement is for \(person.displayName). Give it to them, and do not publish it.")
        }
    }

    struct Rate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rate", 
            abstract: "Set what a series of sessions pays for an hour or a session, or show it.",
            discussion: """
            A series is a programme built with 'roundtable programme build'. Its rate is for each \
            hour or for each session. A payment given as --payment rate is worked out from the rate \
            when it is recorded. Changing the rate later leaves those payments as they are. Every \
            rate is kept. Leave out --per-hour and --per-session to see them.

            Examples:

                roundtable recognition rate --programme "Community of Practice" --per-hour 25
                roundtable recognition rate --programme "Community of Practice" --per-session 40
                roundtable recognition rate --programme "Community of Practice"
            """
        )

        @Option(help: ArgumentHelp("The name of the series, as in its programme file.", valueName: "name"))
        var programme: String

        @Option(name: .customLong("per-hour"), help: ArgumentHelp("The amount for each hour, such as 25 or 25.50.", valueName: "amount"))
        var perHour: String?

        @Option(name: .customLong("per-session"), help: ArgumentHelp("The amount for each session.", valueName: "amount"))
        var perSession: String?

        @OptionGroup var store: StoreOptions

        private func rate() throws -> RecognitionRate? {
            switch (perHour, perSession) {
            case (nil, nil): return nil
            case (let amount?, nil): return RecognitionRate(amount: try RecognitionOptions.amount(amount, option: "--per-hour"), per: .hour)
            case (nil, let amount?): return RecognitionRate(amount: try RecognitionOptions.amount(amount, option: "--per-session"), per: .session)
            case (_?, _?): throw ValidationError("Give --per-hour or --per-session, not both.")
            }
        }

        func validate() throws {
            _ = try rate()
        }

        func run() throws {
            let database = try store.open()
            guard let rate = try rate() else {
                let (name, rates) = try database.rates(programme: programme)
                guard let current = rates.last else {
                    print("The series '\(name)' has no rate yet. Set one with: roundtable recognition rate --programme \"\(name)\" --per-hour 25")
                    return
                }
                print("The series '\(name)' pays \(current.rate.words).")
                if rates.count > 1 {
                    print("Earlier rates: \(rates.dropLast().map(\.rate.words).joined(separator: ", ")).")
                }
                return
            }
            let name = try database.setRate(programme: programme, rate, now: Date())
            print("The series '\(name)' now pays \(rate.words). Payments recorded before keep their amounts.")
        }
    }
}

extension InvolvementRole: ExpressibleByArgument {
    /// A role as people write it: attended, co-facilitated (or "co facilitated"), presented.
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: "-"))
    }
}

/// Reading the amounts and times of the recognition commands.
enum RecognitionOptions {
    /// The amount in `text`, or advice naming `option` and what was typed.
    static func amount(_ text: String, option: String) throws -> Money {
        do {
            return try Money(text: text)
        } catch {
            throw ValidationError("\(option): \(error.message)")
        }
    }

    /// The minutes in `text`, or advice naming `option` and what was typed.
    static func minutes(_ text: String, option: String) throws -> Int {
        do {
            return try TimeGiven.minutes(text)
        } catch {
            throw ValidationError("\(option): \(error.message)")
        }
    }
}
