import Documents
import Foundation
import Testing
import TestSupport

/// Every example of the GitHub Flavored Markdown spec goes through the reader and every writer
/// without a crash, into well-formed output that keeps all of the example's visible text.
///
/// The examples are read from `../shared/corpus`, beside the project. A fresh clone has nothing
/// beside it, so there these tests are skipped, by name; in CI (`CI=true`) the corpus must be
/// there and its absence fails them.
@Suite struct CorpusConformanceTests {
    static let files = ["gfm-spec.txt", "gfm-extensions.txt"]

    /// The examples of every spec file; fails the test when the corpus is missing in CI.
    static func examples(_ file: String) throws -> [SpecExample] {
        try #require(ProjectFiles.sharedCorpusIsPresent, "CI=true, so \(ProjectFiles.sharedCorpus.path) must be there")
        return try SpecExample.load(ProjectFiles.sharedCorpus.appendingPathComponent(file))
    }

    @Test(.enabled(if: ProjectFiles.sharedCorpusIsPresent || ProjectFiles.isCI, "needs ../shared/corpus beside the project"))
    func corpusHasAllExamples() throws {
        let counts = try Self.files.map { try Self.examples($0).count }
        #expect(counts == [673, 28])
    }

    /// PDF is left out: it is LibreOffice's printing of the FODT file checked here, and 701
    /// LibreOffice runs would take half an hour (PDFWriterTests checks the PDF itself).
    @Test(.tags(.slow), .enabled(if: ProjectFiles.sharedCorpusIsPresent || ProjectFiles.isCI, "needs ../shared/corpus beside the project"),
          arguments: OutputFormat.allCases.filter { $0 != .pdf })
    func everyExampleIsWellFormedAndKeepsItsText(format: OutputFormat) throws {
        var failures: [String] = []
        var passed = 0
        let examples = try Self.files.flatMap { try Self.examples($0) }
        for example in examples {
            do {
                let document = try MarkdownReader().read(example.markdown, file: example.description)
                let output = try format.writer.write(document)
                let ours = try VisibleText.of(output, format: format)
                let expected = VisibleText.words(VisibleText.ofReferenceHTML(example.html))
                let missing = format == .txt
                    ? VisibleText.wordsNotFound(expected, inPlainText: ours)
                    : VisibleText.missingWords(expected, from: VisibleText.words(ours))
                if missing.isEmpty {
                    passed += 1
                } else {
                    failures.append("\(example): lost \(missing.prefix(5))")
                }
            } catch {
                failures.append("\(example): \(error)")
            }
        }
        print("\(format.rawValue): \(passed) of \(examples.count) corpus examples well-formed with all their text")
        #expect(failures.isEmpty, "\(failures.count) examples failed, for example:\n\(failures.prefix(15).joined(separator: "\n"))")
        #expect(passed == 701)
    }
}
