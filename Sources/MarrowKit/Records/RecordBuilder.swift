/// Turns findings into evidence records with full provenance.
public struct RecordBuilder: Sendable {
    /// The compiled lexicons (for concept names and the version).
    public let lexicon: CompiledLexicon

    /// Creates a builder.
    public init(lexicon: CompiledLexicon) { self.lexicon = lexicon }

    /// The source facts every record of `document` carries (the manifest's origin first, then what
    /// the cleaner found); the knowledge base stores them for documents without records too.
    public static func source(for document: SourceDocument, metadata: DocumentMetadata) -> EvidenceRecord.Source {
        EvidenceRecord.Source(
            id: document.id, path: document.path, sha256: document.sha256,
            title: document.origin.title ?? metadata.title,
            publisher: document.origin.publisher ?? metadata.publisher,
            url: document.origin.url ?? metadata.canonicalURL,
            mediaType: document.mediaType.rawValue,
            author: metadata.author, reviewer: metadata.reviewer,
            published: metadata.published, modified: metadata.modified,
            reviewed: metadata.reviewed, language: metadata.language)
    }

    /// Records for every claim-making finding of a document, in text order.
    public func records(for findings: [Finding], matched: MatchedText, document: SourceDocument) -> [EvidenceRecord] {
        let segmented = matched.segmented
        let clean = segmented.clean
        let decoder = RawTextDecoder(mediaType: document.mediaType, encoding: document.encoding)
        let source = RecordBuilder.source(for: document, metadata: clean.metadata)
        // Many records share a sentence and a section: each text is made once and shared.
        var sectionPaths = [[String]?](repeating: nil, count: segmented.sections.count)
        var lastSentence: (index: Int, text: String)?
        return findings.compactMap { finding in
            guard let predicate = finding.role.predicate else { return nil }
            WorkMeter.count(.records)
            let concept = lexicon.conceptTable[finding.mention.concept]
            let object = lexicon.conceptTable[finding.object]
            let sentence = segmented.sentences[finding.mention.sentence]
            let block = clean.blocks[sentence.block]
            let mentionRaw = clean.offsetMap.rawRange(for: finding.mention.range)
            let passageRaw = clean.offsetMap.rawRange(for: sentence.range)
            let mentionScalars = clean.scalarRange(finding.mention.range)
            let passageScalars = clean.scalarRange(sentence.range)
            let anchor = block.anchor
            let section = segmented.sectionOfBlock[sentence.block]
            let path = sectionPaths[section] ?? segmented.headingPath(section)
            sectionPaths[section] = path
            let passageText: String
            if let lastSentence, lastSentence.index == finding.mention.sentence {
                passageText = lastSentence.text
            } else {
                passageText = clean.text(sentence.range)
                lastSentence = (finding.mention.sentence, passageText)
            }
            return EvidenceRecord(
                id: EvidenceRecord.shortDigest(
                    "\(document.sha256)\u{0}\(mentionScalars.lowerBound.value)\u{0}\(mentionScalars.upperBound.value)\u{0}\(concept.id)\u{0}\(finding.role.rawValue)"
                ),
                claim: .init(subject: concept.id, predicate: predicate, object: object.id),
                concept: .init(id: concept.id, name: concept.name, category: concept.category),
                role: finding.role,
                assertion: finding.assertion,
                hypothetical: finding.attributes.hypothetical ? true : nil,
                historical: finding.attributes.historical ? true : nil,
                experiencer: finding.attributes.experiencer == .other ? .other : nil,
                mention: .init(
                    text: decoder.decode(document.raw[mentionRaw.lowerBound.value..<mentionRaw.upperBound.value]),
                    start: mentionScalars.lowerBound.value, end: mentionScalars.upperBound.value),
                passage: .init(
                    text: passageText, start: passageScalars.lowerBound.value, end: passageScalars.upperBound.value,
                    section: path,
                    sectionKind: finding.sectionKind,
                    raw: .init(
                        byteStart: passageRaw.lowerBound.value, byteEnd: passageRaw.upperBound.value,
                        xpath: anchor?.xpath, line: anchor?.line)),
                source: source,
                raw: .init(
                    byteStart: mentionRaw.lowerBound.value, byteEnd: mentionRaw.upperBound.value, xpath: anchor?.xpath,
                    line: anchor?.line),
                lexiconVersion: lexicon.version,
                why: finding.reasons.map(\.description))
        }
    }
}

/// Reads raw bytes back as text the way the cleaner read them: UTF-8 (or UTF-16, for a file
/// that starts with its byte-order mark) for text; for HTML, markup dropped and character
/// references decoded.
public struct RawTextDecoder: Sendable {
    /// The media type of the raw bytes.
    public let mediaType: MediaType
    /// The character encoding of a text source (``TextEncoding/sniff(_:)`` of the whole file).
    public let encoding: TextEncoding

    /// Creates a decoder.
    public init(mediaType: MediaType, encoding: TextEncoding = .utf8) {
        self.mediaType = mediaType
        self.encoding = encoding
    }

    /// The text of raw bytes (for UTF-16, a range that starts and ends on code units).
    public func decode(_ bytes: ArraySlice<UInt8>) -> String {
        switch (mediaType, encoding) {
        case (.html, _): return HTMLText.decode(bytes)
        case (.text, .utf8): return String(decoding: bytes, as: UTF8.self)
        case (.text, .utf16LittleEndian), (.text, .utf16BigEndian):
            let little = encoding == .utf16LittleEndian
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = bytes.startIndex
            while index + 1 < bytes.endIndex {
                let first = UInt16(bytes[index])
                let second = UInt16(bytes[index + 1])
                units.append(little ? first | second << 8 : first << 8 | second)
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
    }
}
