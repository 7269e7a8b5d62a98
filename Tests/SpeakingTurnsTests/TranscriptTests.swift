import Documents
import SpeakingTurns
import Testing

@Suite struct TranscriptTests {
    let sam = Participant(id: 1, displayName: "Sam Jones", role: .expertByExperience)
    let priya = Participant(id: 2, displayName: "Priya Patel", role: .professional)

    let zoom = """
    WEBVTT

    1
    00:00:01.000 --> 00:00:04.500
    Sam Jones: Hello everyone, thanks for coming.

    2
    00:00:04.500 --> 00:00:09.000
    Sam Jones: I wanted to start with the letters.

    3
    00:00:10.000 --> 00:01:02.250
    Priya Patel (she/her): Thank you Sam.
    """

    let teams = """
    WEBVTT

    a1b2c3d4-1/12-0
    00:00:01.000 --> 00:00:03.000
    <v Priya Patel>Good morning.</v>

    a1b2c3d4-1/15-0
    00:00:03.500 --> 00:00:08.000
    <v sam jones>Morning, Priya.</v>
    """

    @Test func zoomCuesMapToPeopleAndConsecutiveOnesMerge() throws {
        let cues = try WebVTT.cues(zoom, file: "zoom.vtt")
        #expect(cues.map(\.speaker) == ["Sam Jones", "Sam Jones", "Priya Patel (she/her)"])
        #expect(cues.map(\.line) == [4, 8, 12])
        let turns = try TranscriptTurns(cues: cues, people: [sam, priya], file: "zoom.vtt", skipUnknown: false)
        #expect(turns.turns == [.init(personID: 1, start: 1, end: 9), .init(personID: 2, start: 10, end: 62.25)])
    }

    @Test func teamsVoiceTagsNameTheSpeaker() throws {
        let cues = try WebVTT.cues(teams, file: "teams.vtt")
        let turns = try TranscriptTurns(cues: cues, people: [sam, priya], file: "teams.vtt", skipUnknown: false)
        #expect(turns.turns.map(\.personID) == [2, 1])
        #expect(turns.turns.map(\.start) == [1, 3.5])
    }

    @Test func unknownSpeakersAreReportedNotInvented() throws {
        let text = zoom + "\n\n4\n00:01:03.000 --> 00:01:05.000\nSam Jonse: typo\n\n5\n00:01:06.000 --> 00:01:07.000\nno speaker here\n"
        let cues = try WebVTT.cues(text, file: "t.vtt")
        let error = #expect(throws: UnmatchedSpeakers.self) {
            try TranscriptTurns(cues: cues, people: [sam, priya], file: "t.vtt", skipUnknown: false)
        }
        #expect(error?.speakers.map(\.name) == ["Sam Jonse"])
        let message = error?.errorDescription ?? ""
        #expect(message.contains("'Sam Jonse' (line 16, did you mean 'Sam Jones'?)"))
        #expect(message.contains("1 cue names no speaker (the first at line 20)"))
        #expect(message.contains("Nothing was imported"))
        #expect(!message.contains("--"), "the library names no command-line option")
    }

    @Test func skippingUnknownSpeakersNeverMergesAcrossThem() throws {
        let text = """
        WEBVTT

        00:00:01.000 --> 00:00:02.000
        Sam Jones: one

        00:00:02.000 --> 00:00:03.000
        Visitor: two

        00:00:03.000 --> 00:00:04.000
        Sam Jones: three
        """
        let turns = try TranscriptTurns(cues: try WebVTT.cues(text, file: "t.vtt"), people: [sam], file: "t.vtt", skipUnknown: true)
        #expect(turns.turns.count == 2)
        #expect(turns.skipped.map(\.name) == ["Visitor"])
    }

    @Test func overlappingCuesOfDifferentPeopleAreRefused() throws {
        let text = "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\nSam Jones: a\n\n00:00:04.000 --> 00:00:06.000\nPriya Patel: b\n"
        let error = #expect(throws: ReadError.self) {
            try TranscriptTurns(cues: try WebVTT.cues(text, file: "o.vtt"), people: [sam, priya], file: "o.vtt", skipUnknown: false)
        }
        #expect(error?.position?.line == 6)
        #expect(error?.problem.contains("starts (00:00:04.000) before the one above it ends (00:00:05.000, line 3)") == true)
    }

    @Test(arguments: [
        ("Hello\n", 1, "first line should say WEBVTT"),
        ("WEBVTT\n\n00:00:01.000 --> 00:00:xx\nSam: hi\n", 3, "cannot be read"),
        ("WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nSam: hi\n", 3, "ends before it starts"),
        ("WEBVTT\n\nid\nsomething\nelse\n", 3, "has no times"),
    ])
    func brokenTranscriptsNameTheLine(text: String, line: Int, problem: String) {
        let error = #expect(throws: ReadError.self) { try WebVTT.cues(text, file: "bad.vtt") }
        #expect(error?.position?.line == line)
        #expect(error?.problem.contains(problem) == true, "\(error?.problem ?? "")")
    }

    @Test(arguments: [
        ("00:00:01.000 --> 99999999999999999999:00:00.000", 18, "the hours can be at most 99"),
        ("00:00:01.000 --> 100:00:00.000", 18, "the hours can be at most 99"),
        ("99:99:99.999 --> 99:99:99.999", 1, "the minutes must be under 60"),
        ("00:00:60.000 --> 00:01:00.000", 1, "the seconds must be under 60"),
        ("00:00:01.000 --> 00:00:02.0000", 18, "hours:minutes:seconds.milliseconds"),
    ])
    func impossibleTimesAreRefusedAtTheirColumn(timing: String, column: Int, problem: String) {
        let error = #expect(throws: ReadError.self) { try WebVTT.cues("WEBVTT\n\n\(timing)\nSam: hi\n", file: "bad.vtt") }
        #expect(error?.position == SourcePosition(line: 3, column: column))
        #expect(error?.problem.contains(problem) == true, "\(error?.problem ?? "")")
    }

    @Test func theLargestTimesAreRead() throws {
        let cues = try WebVTT.cues("WEBVTT\n\n99:59:59.999-->99:59:59,999\nSam: hi\n\n01:02.5 --> 01:03\nSam: yes\n", file: "big.vtt")
        #expect(cues.map(\.end) == [359_999.999, 63])
        #expect(cues.map(\.start) == [359_999.999, 62.5])
    }
}

@Suite struct RegistrationListTests {
    @Test func rowsAreReadWithRolesAndConsent() throws {
        // A no-break space, as spreadsheets write it, is kept as an ordinary space.
        let text = "name,role,organisation,consent\n\"Sam\u{00A0}Jones \",Expert by experience,,yes\nPriya Patel,professional,\"Council, Housing\",no\n\nAlex,,,\n"
        let entries = try RegistrationList.read(text, file: "people.csv")
        #expect(entries.map(\.name) == ["Sam Jones", "Priya Patel", "Alex"])
        #expect(entries.map(\.role) == [.expertByExperience, .professional, nil])
        #expect(entries.map(\.organisation) == [nil, "Council, Housing", nil])
        #expect(entries.map(\.consent) == [true, false, nil])
        #expect(entries.map(\.line) == [2, 3, 5])
    }

    @Test(arguments: [
        ("name,rol\nSam,guest\n", 1, "The column 'rol' is not one Roundtable knows. Did you mean 'role'?"),
        ("role\nguest\n", 1, "There is no 'name' column"),
        ("name,role\nSam,guest\nAlex,profesional\n", 3, "Did you mean 'professional'?"),
        ("name,role\nSam,expret\n", 2, "The role 'expret' of 'Sam' is not one Roundtable knows. Did you mean 'expert by experience'?"),
        ("name,consent\nSam,maybe\n", 2, "is not yes or no"),
        ("name\nSam\nsam\n", 3, "already on line 2"),
        ("name,role\nSam,guest,extra\n", 2, "has 3 cells"),
        ("name,role\n,guest\n", 2, "has no name"),
        ("name\n\"Okafor, Dee\"\n", 2, "surname first, with a comma. Write it in the order people say it, for example 'Dee Okafor'"),
        ("name\n\"Amira\nKhan\"\n", 2, "hidden control character (U+000A)"),
        ("name\nEvil\u{1B}[2J\n", 2, "hidden control character (U+001B)"),
        ("name\nSam\u{202E}Jones\n", 2, "invisible character (U+202E)"),
    ])
    func mistakesNameTheirLine(text: String, line: Int, problem: String) {
        let error = #expect(throws: ReadError.self) { try RegistrationList.read(text, file: "people.csv") }
        #expect(error?.position?.line == line)
        #expect(error?.errorDescription?.contains(problem) == true, "\(error?.errorDescription ?? "")")
    }

    @Test func rolesAreReadAsPeopleWriteThem() {
        #expect(Role(text: "Expert-by-Experience") == .expertByExperience)
        #expect(Role(text: "EbE") == .expertByExperience)
        #expect(Role(text: "Lived  experience") == .expertByExperience)
        #expect(Role(text: "staff") == .professional)
        #expect(Role(text: "chair") == nil)
    }

    /// A slip of the keyboard in any way of writing a value suggests that value; a word far from all of them suggests nothing.
    @Test func mistypedRolesAndAnswersSuggestTheNearestOne() {
        #expect(Role.likely("expret") == .expertByExperience)
        #expect(Role.likely("Lived-experiance") == .expertByExperience)
        #expect(Role.likely("profesional") == .professional)
        #expect(Role.likely("gust") == .guest)
        #expect(Role.likely("chairperson") == nil)
        #expect(ConsentAnswer.likely("yse") == .given)
        #expect(ConsentAnswer.likely(" Withdrawm ") == .withdrawn)
        #expect(ConsentAnswer.likely("maybe") == nil)
    }
}
