/// Random tokens nobody can guess, for form tokens and the addresses of downloads.
enum RandomToken {
    /// `bytes` random bytes from the system's secure generator, as hexadecimal digits.
    static func hex(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef")
        var text = ""
        for _ in 0..<bytes {
            let byte = UInt8.random(in: 0...255, using: &generator)
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return text
    }
}
