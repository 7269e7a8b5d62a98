import Documents
import Foundation
import Testing
import TestSupport

@Suite struct HTMLWriterTests {
    func page(_ markdown: String) throws -> XMLProbe {
        let data = try HTMLWriter().write(try MarkdownReader().read(markdown))
        return try #require(XMLProbe(data), "the page is not well-formed")
    }

    @Test func pageHasLanguageTitleMainAndOneHeadingOne() throws {
        let probe = try page("---\ntitle: Engagement\nlanguage: en-GB\n---\n# Engagement\n\n# Part one\n\n#### Deep\n\ntext\n")
        #expect(probe.string("/html/@lang") == "en-GB")
        #expect(probe.string("/html/head/title") == "Engagement")
        #expect(probe.count("//main") == 1)
        #expect(probe.count("//h1") == 1)
        #expect(probe.string("//main/h1") == "Engagement")
        // Headings move under the title and never skip a level.
        #expect(probe.strings("//main/h2") == ["Part one"])
        #expect(probe.strings("//main/h3") == ["Deep"])
        #expect(probe.count("//h4") == 0)
    }

    @Test func tablesHaveColumnHeadersWithScope() throws {
        let probe = try page("| Time | Item |\n|---|--:|\n| 10:00 | Welcome |\n")
        #expect(probe.strings("//table/thead/tr/th/@scope") == ["col", "col"])
        #expect(probe.string("//table/tbody/tr/td[2]/@class") == "align-right")
    }

    @Test func footnotesAreLinkedEndnotesBothWays() throws {
        let probe = try page("One[^a] and two[^b] and one again[^a].\n\n[^a]: First.\n[^b]: Second.\n")
        #expect(probe.strings("//sup/a/@href") == ["#fn-1", "#fn-2", "#fn-1"])
        #expect(probe.strings("//sup/a/@id") == ["fnref-1", "fnref-2", "fnref-1-2"])
        #expect(probe.strings("//section[@class='footnotes']/ol/li/@id") == ["fn-1", "fn-2"])
        #expect(probe.strings("//li[@id='fn-1']//a[@class='footnote-back']/@href") == ["#fnref-1", "#fnref-1-2"])
        #expect(probe.string("//li[@id='fn-2']/p") == "Second.")
    }

    /// A picture not put inside the page (see PictureTests) would be a broken link once the page
    /// is shared on its own: its description stands in its place.
    @Test func picturesKeepTheirTextAlternativeAndRemoteOnesAreNotFetched() throws {
        let probe = try page("![Group photo](photo.png) ![Logo](https://example.org/logo.png)\n")
        #expect(probe.count("//img") == 0)
        #expect(probe.string("//span[@class='picture']") == "[Picture: Group photo]")
        #expect(probe.string("//a[@class='picture']") == "[Picture: Logo]")
    }

    @Test func textIsEscapedAndScriptsNeverReachThePage() throws {
        let probe = try page("5 < 6 & \"quotes\" <script>alert(1)</script> [click](javascript:alert(1))\n")
        #expect(probe.count("//script") == 0)
        #expect(probe.count("//a[starts-with(@href, 'javascript')]") == 0)
        #expect(probe.string("//main/p")?.contains("5 < 6 & \"quotes\"") == true)
        #expect(probe.string("//main/p")?.contains("click") == true)
    }

    @Test func pageIsSelfContained() throws {
        let data = try HTMLWriter().write(try MarkdownReader().read("# T\n\n[a link](https://example.org)\n"))
        let probe = try #require(XMLProbe(data))
        #expect(probe.count("//link") == 0)
        #expect(probe.count("//*[@src and contains(@src, '://')]") == 0)
        #expect(probe.string("//style")?.contains("@media print") == true)
    }

    @Test func taskItemsSayTheirStateToScreenReaders() throws {
        let probe = try page("- [x] Agenda sent\n- [ ] Papers read\n")
        #expect(probe.strings("//ul[@class='tasks']/li/span[@class='visually-hidden']") == ["Done: ", "To do: "])
    }

    @Test func printedPagesAskForLetterPaperOnlyWhenItIsChosen() throws {
        let document = try MarkdownReader().read("# Notes\n\nText.\n")
        func style(_ size: WriterOptions.PageSize) throws -> String {
            let data = try HTMLWriter().write(document, options: WriterOptions(pageSize: size))
            return try #require(XMLProbe(data)?.string("/html/head/style"), "the page has no style element")
        }
        #expect(try style(.letter).contains("@page { size: letter; }"))
        // A4 is left to the browser, as it was before the paper could be chosen.
        #expect(try !style(.a4).contains("@page"))
    }

    @Test func sameInputGivesIdenticalBytes() throws {
        let document = try MarkdownReader().read(String(repeating: "Para *x*[^1]\n\n", count: 20) + "[^1]: n\n")
        #expect(try HTMLWriter().write(document) == HTMLWriter().write(document))
    }
}
