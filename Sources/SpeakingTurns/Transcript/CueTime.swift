/// A time in a transcript, `hh:mm:ss.ttt` or `mm:ss.ttt`, read strictly: the digits are counted
/// before any number is made, so no time can overflow, and minutes and seconds must be under 60.
enum CueTime {
    /// The largest number of hours a transcript time may have. A recording of a session is a few
    /// hours long; 99 hours leaves room for any real recording and keeps every time small.
    static let maximumHours = 99

    /// Why a time could not be read.
    enum Problem: Error, Equatable {
        /// The time is not written as hours:minutes:seconds.milliseconds.
        case shape
        /// The hours are more than `maximumHours`.
        case tooManyHours
        /// The minutes are 60 or more.
        case minutesTooLarge
        /// The seconds are 60 or more.
        case secondsTooLarge

        /// The problem in words, after "The time '…' cannot be read:".
        var words: String {
            switch self {
            case .shape: return "it is not written as hours:minutes:seconds.milliseconds"
            case .tooManyHours: return "the hours can be at most \(CueTime.maximumHours)"
            case .minutesTooLarge: return "the minutes must be under 60"
            case .secondsTooLarge: return "the seconds must be under 60"
            }
        }
    }

    /// `text` as seconds from the start of the recording. A comma is accepted for the dot, as
    /// some programs write it; the milliseconds may have one to three digits or be left out.
    static func seconds(_ text: String) -> Result<Double, Problem> {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count) else { return .failure(.shape) }
        let hoursText = fields.count == 3 ? fields[0] : "0"
        let minutesText = fields[fields.count - 2]
        let secondsParts = fields[fields.count - 1].split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard secondsParts.count <= 2 else { return .failure(.shape) }
        let fractionText = secondsParts.count == 2 ? secondsParts[1] : "0"
        guard isDigits(hoursText, count: 1...2), isDigits(minutesText, count: 2...2),
              isDigits(secondsParts[0], count: 2...2), isDigits(fractionText, count: 1...3),
              let hours = Int(hoursText), let minutes = Int(minutesText), let wholeSeconds = Int(secondsParts[0]),
              let fraction = Int(fractionText) else {
            return .failure(hoursText.allSatisfy(\.isASCIIDigitCharacter) && hoursText.count > 2 ? .tooManyHours : .shape)
        }
        guard hours <= maximumHours else { return .failure(.tooManyHours) }
        guard minutes < 60 else { return .failure(.minutesTooLarge) }
        guard wholeSeconds < 60 else { return .failure(.secondsTooLarge) }
        var scale = 1
        for _ in fractionText { scale *= 10 }
        return .success(Double(hours * 3600 + minutes * 60 + wholeSeconds) + Double(fraction) / Double(scale))
    }

    private static func isDigits(_ text: Substring, count: ClosedRange<Int>) -> Bool {
        count.contains(text.count) && text.allSatisfy(\.isASCIIDigitCharacter)
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
