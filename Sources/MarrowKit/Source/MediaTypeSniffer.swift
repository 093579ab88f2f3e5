/// Decides whether bytes are HTML or plain text, from the content first and the name second.
public enum MediaTypeSniffer {
    /// Markers that make a document HTML when they appear, case-insensitively, near its start.
    static let htmlMarkers: [[UInt8]] = [
        "<!doctype html", "<html", "<head", "<body", "<meta ", "<title", "<article", "<div", "<p>", "<p ",
    ].map { Array($0.utf8) }

    /// Sniffs `raw` (UTF-16 through its transcoding): HTML when a markup marker appears in its
    /// first 4 KiB, or when the name ends
    /// in `.html`/`.htm`/`.xhtml` and the content does not contradict it; text otherwise.
    public static func sniff(_ raw: [UInt8], path: String) -> MediaType {
        let encoding = TextEncoding.sniff(raw)
        let text =
            encoding.isUTF16
            ? (try? TranscodedText.decode(Array(raw.prefix(8192)), encoding: encoding, strict: false).get())?.utf8 ?? []
            : raw
        let head = text.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for marker in htmlMarkers where head.contains(bytes: marker) {
            return .html
        }
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") {
            return head.contains(UInt8(ascii: "<")) ? .html : .text
        }
        return .text
    }
}
