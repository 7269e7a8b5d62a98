import PropertyBased
@testable import SessionPlanning
import Testing

/// Folding long iCalendar lines (RFC 5545 section 3.1) loses and changes nothing.
@Suite struct ICalendarFoldingPropertyTests {
    /// A content line of any length with any characters a line may hold: ASCII, accents,
    /// combining marks (which a fold may separate from their letter), CJK and emoji.
    static let line = zip(Gen.int(in: 0...4), Gen<UInt32>.value(in: 0x20...0x7E), Gen<UInt32>.value(in: 0...0xFFFF))
        .map { kind, ascii, any -> Unicode.Scalar in
            let value: UInt32
            switch kind {
            case 0: value = [0x0301, 0x0308, 0x200D, 0xFE0F][Int(any) % 4]
            case 1: value = 0x1F300 + any % 0x300
            case 2: value = 0xA0 + any % 0x1F00
            case 3: value = 0x4E00 + any % 0x5000
            default: value = ascii
            }
            return Unicode.Scalar(value) ?? "?"
        }
        .array(of: 0...400)
        .map { "DESCRIPTION:" + String(String.UnicodeScalarView($0)) }

    /// Undoes folding as a calendar program does: on the octets, each CRLF followed by a space goes.
    static func unfold(_ octets: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < octets.count {
            if index + 2 < octets.count, octets[index] == 13, octets[index + 1] == 10, octets[index + 2] == 32 {
                index += 3
            } else {
                result.append(octets[index])
                index += 1
            }
        }
        return result
    }

    @Test func foldingThenUnfoldingGivesTheOriginalLine() async {
        await propertyCheck(count: 400, input: Self.line) { line in
            let serialised = Array(ICalendarText.serialise([line]).utf8)
            #expect(serialised.suffix(2) == [13, 10])
            for physical in serialised.split(separator: 10) {
                #expect(physical.count - 1 <= ICalendarText.lineLimit, "a folded line of \(physical.count - 1) octets")
                #expect(String(validating: physical, as: UTF8.self) != nil, "a fold split a UTF-8 character")
            }
            #expect(Self.unfold(Array(serialised.dropLast(2))) == Array(line.utf8), "\(line.debugDescription) changed")
        }
    }
}
