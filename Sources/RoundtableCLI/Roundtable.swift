import ArgumentParser
import Foundation
import SessionStore

/// The `roundtable` command: plan, check and publish co-production sessions.
struct Roundtable: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roundtable",
        abstract: "Plan, check and publish sessions where people work together as equals.",
        discussion: """
        Roundtable turns session notes into documents that open in Word, LibreOffice and a web browser.

        To see what it does, run 'roundtable demo'. To turn your own notes into documents, run \
        'roundtable export notes.md'. To check wording, run 'roundtable check notes.md'. To plan a \
        session, run 'roundtable agenda new agenda.yaml'. To track who speaks, start with \
        'roundtable session add', 'roundtable register' and 'roundtable attend'. Then run \
        'roundtable turns live'. To share what a session learned, run 'roundtable publish'. \
        To keep track of what people raised and what was done, run 'roundtable actions'. \
        To see how a series of sessions is going, run 'roundtable series report'. \
        To record what people chose for their time, run 'roundtable recognition'. \
        To use Roundtable in your web browser, run 'roundtable serve'. \
        Add --help after any command to see how to use it.
        """,
        subcommands: [ExportCommand.self, CheckCommand.self, GlossaryCommand.self, AgendaCommand.self, ProgrammeCommand.self, PublishCommand.self, SessionCommand.self, ActionsCommand.self,
                      PeopleCommand.self, RegisterCommand.self, AttendCommand.self, TurnsCommand.self, SeriesCommand.self, RecognitionCommand.self,
                      DemoCommand.self, ServeCommand.self]
    )
}

/// Runs the command line, printing every problem as one plain sentence and exiting with
/// 0 on success, 1 when a check found problems and 2 on bad usage or unreadable input.
@main
enum Main {
    static func main() async {
        do {
            var command = try Roundtable.parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            // A check that has already printed its findings and only sets the exit code.
            exit(code.rawValue)
        } catch let failure as CommandFailure {
            Console.error(failure.message)
            exit(failure.exitCode)
        } catch let error as StoreError {
            Console.error(Advice.message(for: error))
            exit(2)
        } catch let error as LocalizedError where error.errorDescription != nil {
            Console.error(error.errorDescription ?? "")
            exit(2)
        } catch {
            let code = Roundtable.exitCode(for: error)
            let message = Roundtable.fullMessage(for: error)
            if code == .success {
                print(message)
                exit(0)
            }
            Console.error(message)
            if !message.contains("--help") && !message.contains("Usage:") {
                Console.error("Run 'roundtable --help' to see the commands.")
            }
            exit(code == .failure ? 1 : 2)
        }
    }
}
