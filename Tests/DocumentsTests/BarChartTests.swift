import Documents
import Foundation
import Testing
import TestSupport

@Suite struct BarChartTests {
    let document = Document(metadata: Metadata(title: "Balance"), blocks: [
        .barChart(BarChart(caption: "Share of speaking time by person", labelHeading: "Person", valueHeading: "Share",
                           bars: [BarChart.Bar(label: "Participant A", share: 0.75, value: "75 %"),
                                  BarChart.Bar(label: "Participant B", share: 0.25, value: "25 %")])),
    ])

    @Test func webPageDrawsSVGWithTextForEveryBar() throws {
        let probe = try #require(XMLProbe(try HTMLWriter().write(document)))
        #expect(probe.string("//figure/figcaption") == "Share of speaking time by person")
        #expect(probe.string("//figure/*[local-name()='svg']/@role") == "img")
        #expect(probe.strings("//*[local-name()='rect'][@class='chart-bar']/@width") == ["225", "75"])
        #expect(probe.string("//*[local-name()='desc']") == "Participant A: 75 %; Participant B: 25 %")
    }

    @Test func wordShowsAShadedTable() throws {
        let parts = try ZIPParts.unzip(try DOCXWriter().write(document))
        let xml = try #require(parts["word/document.xml"])
        let probe = try #require(XMLProbe(xml))
        #expect(probe.strings("//w:tbl/w:tr[2]/w:tc[1]//w:t") == ["Participant A"])
        #expect(probe.strings("//w:tbl/w:tr/w:tc[3]//w:shd/@w:fill") == ["0B5394", "0B5394"])
        #expect(probe.strings("//w:tbl/w:tr/w:tc[3]//w:t").map(\.count) == ["Chart".count, 18, 6])
    }

    @Test func libreOfficeShowsAShadedTable() throws {
        let probe = try #require(XMLProbe(try FODTWriter().write(document)))
        #expect(probe.strings("//table:table-row/table:table-cell[3]//text:span[@text:style-name='ChartBar']").map(\.count) == [18, 6])
        #expect(probe.count("//style:style[@style:name='ChartBar']/style:text-properties[@fo:background-color]") == 1)
    }

    @Test func textFormatsShowBlockBars() throws {
        let text = String(decoding: try PlainTextWriter().write(document), as: UTF8.self)
        #expect(text.contains("Participant A | 75 %  | " + String(repeating: "█", count: 15) + String(repeating: "░", count: 5)))
        let markdown = String(decoding: try MarkdownWriter().write(document), as: UTF8.self)
        #expect(markdown.contains("| Participant B | 25 % | `█████░░░░░░░░░░░░░░░` |"))
    }
}
