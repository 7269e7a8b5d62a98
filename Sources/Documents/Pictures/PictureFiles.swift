import Foundation

/// Finds the picture files a document refers to, next to the notes, and puts them inside it, so
/// Word, LibreOffice and web page files carry their pictures with them.
///
/// Only files on this computer are read: a picture on the web is never fetched (the writers turn
/// it into a link with its text alternative). Every problem is reported with where the picture
/// is written, and the document keeps the picture's text alternative in its place.
public struct PictureFiles: Sendable {
    /// The largest picture file put in a document: 10 MB.
    public static let maximumFileSize = 10 * 1024 * 1024
    /// The most picture data one document holds: 50 MB, all pictures together.
    public static let maximumTotalSize = 50 * 1024 * 1024
    /// The most pixels one picture may have: 50 million (a 10,000 by 5,000 picture), beyond what
    /// any page shows and past which Word and browsers slow down badly.
    public static let maximumPixels = 50_000_000

    /// The folder picture paths are relative to: the one the notes are in.
    public let folder: URL
    /// The notes file, as the person named it, for messages.
    public let file: String

    /// Pictures for the notes at `notesPath`: paths are read relative to its folder.
    public init(notesPath: String) {
        self.init(folder: URL(fileURLWithPath: notesPath).deletingLastPathComponent(), file: notesPath)
    }

    /// Pictures for notes called `file` in messages, with paths read relative to `folder` (the
    /// current folder for notes read from standard input).
    public init(folder: URL, file: String) {
        self.folder = folder
        self.file = file
    }

    /// The document with every picture file it refers to put inside, and what went wrong on the way.
    public func embed(in document: Document) -> (document: Document, problems: [PictureProblem]) {
        var problems: [PictureProblem] = []
        var total = 0
        var read: [String: Picture] = [:]
        let result = document.mappingPictures { image in
            var image = image
            let place = PictureProblem.Place(file: file, position: image.position, source: image.source)
            if image.alternative.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append(PictureProblem(place: place, kind: .noDescription))
            }
            guard image.picture == nil, let path = Self.localPath(image.source) else { return image }
            if let known = read[path] {
                image.picture = known
                return image
            }
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
            switch Self.load(url) {
            case .success(let (picture, turned)):
                if turned { problems.append(PictureProblem(place: place, kind: .turned)) }
                guard total + picture.data.count <= Self.maximumTotalSize else {
                    problems.append(PictureProblem(place: place, kind: .tooMuchAltogether))
                    return image
                }
                total += picture.data.count
                read[path] = picture
                image.picture = picture
            case .failure(let kind):
                problems.append(PictureProblem(place: place, kind: kind))
            }
            return image
        }
        return (result, problems)
    }

    /// The file path a picture address names, percent-escapes undone, or nil for an address on
    /// the web, a `data:` address, or anything else that is not a plain path.
    static func localPath(_ source: String) -> String? {
        let trimmed = source.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("//"), !trimmed.hasPrefix("#") else { return nil }
        // A colon before any slash starts a scheme (https:, data:, file:): not a path next to the notes.
        if let colon = trimmed.firstIndex(of: ":"), !trimmed[..<colon].contains("/") { return nil }
        let withoutQuery = trimmed.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? trimmed
        return withoutQuery.removingPercentEncoding ?? withoutQuery
    }

    /// Reads and checks one picture file, within the limits above: the picture without what the
    /// file says about itself, and whether it is a photograph its camera stored turned or mirrored,
    /// with a note to turn it when shown (a note taken out with the file's other details).
    static func load(_ url: URL) -> Result<(picture: Picture, turned: Bool), PictureProblem.Kind> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return .failure(.notFound(url.path)) }
        guard !isFolder.boolValue else { return .failure(.notAFile(url.path)) }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= Self.maximumFileSize else { return .failure(.tooLarge(bytes: size)) }
        guard let handle = try? FileHandle(forReadingFrom: url),
              let data = try? handle.read(upToCount: Self.maximumFileSize + 1) else { return .failure(.unreadable(url.path)) }
        try? handle.close()
        guard data.count <= Self.maximumFileSize else { return .failure(.tooLarge(bytes: data.count)) }
        let picture: Picture
        let format: Picture.Format
        do {
            format = try Picture(data: data).format
            // What the file says about itself (camera, place, names) is taken out before anything is written.
            picture = try Picture(data: PictureDetails.removed(from: data, format: format))
        } catch {
            return .failure(.notEmbeddable(error))
        }
        guard picture.pixelWidth * picture.pixelHeight <= Self.maximumPixels else {
            return .failure(.tooManyPixels(width: picture.pixelWidth, height: picture.pixelHeight))
        }
        let turned = format == .jpeg && (PictureDetails.orientation(ofJPEG: data) ?? 1) != 1
        return .success((picture, turned))
    }
}

/// Something wrong with a picture in the notes. The document is still written, with the
/// picture's text alternative where the picture would be.
public struct PictureProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the picture is written.
    public struct Place: Sendable, Equatable {
        /// The notes file, as the person named it.
        public var file: String
        /// The line and column of the picture in a Markdown file, when known.
        public var position: SourcePosition?
        /// The picture's address, as written.
        public var source: String
    }

    /// What is wrong.
    public enum Kind: Error, Sendable, Equatable {
        /// The picture has no text alternative, so people who cannot see it are not told what it shows.
        case noDescription
        /// No file at this path.
        case notFound(String)
        /// The path names a folder.
        case notAFile(String)
        /// The file could not be read (no permission, say).
        case unreadable(String)
        /// The file is bigger than `PictureFiles.maximumFileSize`.
        case tooLarge(bytes: Int)
        /// The pictures before this one already hold `PictureFiles.maximumTotalSize`.
        case tooMuchAltogether
        /// The picture has more than `PictureFiles.maximumPixels` pixels.
        case tooManyPixels(width: Int, height: Int)
        /// The file is not a PNG, JPEG or GIF picture, or is damaged.
        case notEmbeddable(PictureHeaderError)
        /// A photograph stored on its side or mirrored, with a note (taken out) to turn it when shown.
        case turned
    }

    /// How much a problem matters.
    public enum Severity: String, Sendable, Equatable {
        /// The picture is in the document, but something about it should be fixed.
        case warning
        /// The picture could not be put in the document: only its text alternative is there.
        case error
    }

    /// Where the picture is written.
    public var place: Place
    /// What is wrong.
    public var kind: Kind

    /// A missing description is a warning (the picture is still shown); anything that keeps the
    /// picture out of the document is an error.
    public var severity: Severity {
        switch kind {
        case .noDescription, .turned: return .warning
        case .notFound, .notAFile, .unreadable, .tooLarge, .tooMuchAltogether, .tooManyPixels, .notEmbeddable: return .error
        }
    }

    /// `notes.md line 12, column 1: warning: …`, with what to do about it.
    public var description: String {
        let where_ = place.position.map { "\(place.file) \($0)" } ?? place.file
        return "\(where_): \(severity.rawValue): \(message)"
    }

    /// What is wrong and what to do, without the place.
    public var message: String {
        let problem = kind.message(naming: "The picture '\(place.source)'", source: place.source)
        guard case .notFound = kind else { return problem }
        return problem + " Put the picture file next to the notes, or correct its name. Its description is used in its place for now."
    }
}

extension PictureProblem.Kind {
    /// What is wrong, about the picture called `name` ("The picture 'steps.png'", "The logo
    /// 'logo.png'") written as `source`; where a missing file belongs is for the caller to say.
    func message(naming name: String, source: String) -> String {
        let megabytes = { (bytes: Int) in String(format: "%.1f MB", Double(bytes) / 1_048_576) }
        switch self {
        case .noDescription:
            return "\(name) has no description, so people who cannot see it will not know what it shows. Write what it shows between the square brackets: ![what it shows](\(source))."
        case .notFound(let path):
            return "\(name) was not found (Roundtable looked for \(path))."
        case .notAFile(let path):
            return "\(name) names a folder (\(path)), not a picture file. Give the name of the picture file itself."
        case .unreadable(let path):
            return "\(name) could not be read (\(path)). Check that you may open the file."
        case .tooLarge(let bytes):
            return "\(name) is \(megabytes(bytes)); a picture can be at most \(megabytes(PictureFiles.maximumFileSize)). Save a smaller copy (fewer pixels, or JPEG for photographs) and use that."
        case .tooMuchAltogether:
            return "\(name) was left out: the pictures before it already come to \(megabytes(PictureFiles.maximumTotalSize)), the most one document can hold. Use smaller copies of the pictures."
        case .tooManyPixels(let width, let height):
            return "\(name) is \(width) by \(height) pixels; a picture can have at most \(PictureFiles.maximumPixels / 1_000_000) million pixels. Save a smaller copy and use that."
        case .notEmbeddable(.unsupported(let format)):
            return "\(name) is a \(format) picture, which cannot be put in Word, LibreOffice and web page files alike. Save it as PNG (for drawings and screenshots) or JPEG (for photographs) and use that."
        case .notEmbeddable(.notAPicture):
            return "\(name) is not a picture file Roundtable knows. Use a PNG, JPEG or GIF picture."
        case .turned:
            return "\(name) is a photograph stored on its side or mirrored, with a note to turn it. The note is taken out with the photograph's other details (such as where it was taken), so it may show on its side. Turn it upright in a photo editor, save it, and export again."
        case .notEmbeddable(.damaged(let format)):
            return "\(name) looks like a \(format.rawValue.uppercased()) picture but is cut short or damaged. Save it again from the program that made it."
        }
    }
}
