import Documents
import Foundation
import Testing

/// Every example of the GitHub Flavored Markdown spec goes through the reader and every writer
/// without a crash, into well-formed output that keeps all of the example's visible text.
@Suite struct CorpusConformanceTests {
    static let files = ["gfm-spec.txt", "gfm-extensions.txt"]

    @Test func corpusHasAllExamples() throws {
        let counts = try Self.files.map { try SpecExample.load(Fixtures.corpus.appendingPathComponent($0)).count }
        #expect(counts == [673, 28])
    }

    @Test(arguments: OutputFormat.allCases)
    func everyExampleIsWellFormedAndKeepsItsText(format: OutputFormat) throws {
        var failures: [String] = []
        var passed = 0
        let examples = try Self.files.flatMap { try SpecExample.load(Fixtures.corpus.appendingPathComponent($0)) }
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
