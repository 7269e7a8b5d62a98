import Foundation

/// A colour on screen and paper, written as `#RRGGBB` (`#0b5394`), with the contrast measure of
/// the Web Content Accessibility Guidelines (WCAG 2.2, "contrast ratio").
public struct Colour: Sendable, Equatable, CustomStringConvertible {
    /// The red part, 0 to 255.
    public let red: UInt8
    /// The green part, 0 to 255.
    public let green: UInt8
    /// The blue part, 0 to 255.
    public let blue: UInt8

    /// White: the page every format is printed or shown on.
    public static let white = Colour(red: 255, green: 255, blue: 255)

    /// A colour from its three parts.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// The colour written as `#RRGGBB` or `#RGB` (the `#` may be left out), or nil.
    public init?(hex text: String) {
        var digits = Substring(text.trimmingCharacters(in: .whitespaces))
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        if digits.count == 3 { digits = Substring(digits.map { "\($0)\($0)" }.joined()) }
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// `#0b5394`: as web pages and LibreOffice write it.
    public var description: String { "#" + hexDigits.lowercased() }

    /// `0B5394`: as Word writes it.
    var hexDigits: String {
        [red, green, blue].map { part in
            let digits = String(part, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    /// The relative luminance WCAG defines: 0 for black, 1 for white.
    var luminance: Double {
        func linear(_ part: UInt8) -> Double {
            let value = Double(part) / 255
            return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055).pow(2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG contrast ratio between this colour and `other`: from 1 (the same) to 21 (black on white).
    public func contrast(with other: Colour) -> Double {
        let (lighter, darker) = (max(luminance, other.luminance), min(luminance, other.luminance))
        return (lighter + 0.05) / (darker + 0.05)
    }

    /// The colour closest to this one, of the same hue, that reaches `ratio` against `background`:
    /// mixed with black (on a light background) or white (on a dark one) one step at a time.
    public func nearest(reaching ratio: Double, against background: Colour) -> Colour {
        let towards: Double = background.luminance > 0.18 ? 0 : 255
        for step in 0...100 {
            let share = Double(step) / 100
            func mix(_ part: UInt8) -> UInt8 { UInt8((Double(part) * (1 - share) + towards * share).rounded()) }
            let candidate = Colour(red: mix(red), green: mix(green), blue: mix(blue))
            if candidate.contrast(with: background) >= ratio { return candidate }
        }
        return towards == 0 ? Colour(red: 0, green: 0, blue: 0) : .white
    }
}

private extension Double {
    func pow(_ exponent: Double) -> Double { Foundation.pow(self, exponent) }
}
