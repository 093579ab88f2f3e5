import Crypto

/// The kind of markup a source is written in, decided by sniffing its bytes and its name.
public enum MediaType: String, Codable, Sendable, CaseIterable {
    /// Scraped plain text: lines, blank-line paragraphs, bullets.
    case text = "text/plain"
    /// An HTML page.
    case html = "text/html"
}

/// What is known about where a document came from, beyond its bytes.
public struct SourceOrigin: Hashable, Codable, Sendable {
    /// The URL the page was fetched from, when known.
    public var url: String?
    /// The publisher or site name, when known.
    public var publisher: String?
    /// The title given by the manifest, when known (otherwise the cleaner finds one).
    public var title: String?

    /// Creates an origin.
    public init(url: String? = nil, publisher: String? = nil, title: String? = nil) {
        self.url = url
        self.publisher = publisher
        self.title = title
    }
}

/// One input document: its raw bytes exactly as read, their digest, and how to read them.
public struct SourceDocument: Sendable {
    /// The path (or URL, or stream label) the user knows the document by.
    public var path: String
    /// The raw bytes, untouched; every raw offset counts into these.
    public var raw: [UInt8]
    /// Lowercase hex SHA-256 of ``raw``.
    public var sha256: String
    /// How the bytes are marked up.
    public var mediaType: MediaType
    /// Manifest facts about the document.
    public var origin: SourceOrigin

    /// The character encoding, from the byte-order mark (UTF-8 when there is none).
    public var encoding: TextEncoding { TextEncoding.sniff(raw) }

    /// A stable id derived from the content: the first 16 hex digits of the SHA-256.
    public var id: String { String(sha256.prefix(16)) }

    /// Creates a document from bytes, sniffing the media type when it is not given.
    public init(path: String, raw: [UInt8], mediaType: MediaType? = nil, origin: SourceOrigin = SourceOrigin()) {
        self.path = path
        self.raw = raw
        self.sha256 = SourceDocument.digest(raw)
        self.mediaType = mediaType ?? MediaTypeSniffer.sniff(raw, path: path)
        self.origin = origin
    }

    /// Lowercase hex SHA-256 of `bytes`.
    public static func digest(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The first 16 lowercase hex digits of the SHA-256 of `bytes` (a short id), without the
    /// other 48.
    public static func shortDigest(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes).prefix(8))
    }

    /// Two lowercase hex digits a byte.
    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in bytes {
            hex.append(SourceDocument.hexDigits[Int(byte >> 4)])
            hex.append(SourceDocument.hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
