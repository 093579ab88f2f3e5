// The record contract as a checker, shared by the property tests and the fuzz targets
// (`Fuzz/Sources/FuzzTargets/ProvenanceCheck.swift` is a link to this file), so it uses only
// MarrowKit's public API.
import MarrowKit

/// A promise of the record contract (`docs/record-schema.md`), named so a report can say which
/// one broke and a known open one can be told apart from a new one.
public enum ProvenanceInvariant: String, CaseIterable, Sendable {
    /// The clean text is valid UTF-8.
    case cleanUTF8 = "clean-utf8"
    /// Blocks are in order, do not overlap and lie inside the clean text.
    case blocksOrdered = "blocks-ordered"
    /// The offset map tiles the clean text; its raw ranges are ordered and inside the raw file.
    case mapTiles = "map-tiles"
    /// Raw ranges of the offset map never go backwards (the clean text reads the file in order).
    case mapMonotone = "map-monotone"
    /// A verbatim segment's clean bytes are its raw bytes.
    case mapVerbatim = "map-verbatim"
    /// A block's raw range, decoded and folded, is the block's text folded.
    case blockFolds = "block-folds"
    /// A sentence's raw range, decoded and folded, is the sentence folded (for every sentence,
    /// whether or not it yields a record).
    case sentenceFolds = "sentence-folds"
    /// Record ranges are ordered: `byteStart <= byteEnd`, `start <= end`.
    case rangesOrdered = "ranges-ordered"
    /// Record ranges lie inside the raw file and the clean text.
    case rangesInRange = "ranges-in-range"
    /// The raw bytes of `raw` decode to exactly `mention.text`.
    case mentionDecodes = "mention-decodes"
    /// `mention.text` folded is the clean text at `mention.start..<mention.end` folded.
    case mentionMatchesClean = "mention-matches-clean"
    /// `passage.text` is the clean text at `passage.start..<passage.end`.
    case passageMatchesClean = "passage-matches-clean"
    /// The raw bytes of `passage.raw`, decoded and folded, are `passage.text` folded.
    case passageFolds = "passage-folds"
    /// The mention lies inside its passage, in raw bytes and in scalars.
    case mentionInPassage = "mention-in-passage"
    /// HTML records name their element (XPath and line).
    case anchored = "anchored"
    /// Text with no raw bytes behind it (a non-verbatim segment of the offset map with an empty
    /// raw range) broke one of the fold or decode checks above: one known mechanism, told apart
    /// so that it can be pending while every other break still stops a fuzzer.
    case rawSpanLost = "raw-span-lost"
}

/// One broken promise: which, and what was seen.
public struct ProvenanceViolation: Hashable, Sendable, CustomStringConvertible {
    public var invariant: ProvenanceInvariant
    public var detail: String
    public var description: String { "\(invariant.rawValue): \(detail)" }
}

/// The stretches of a clean text that have no raw bytes behind them: non-verbatim segments of the
/// offset map with an empty raw range whose clean bytes are not only white space (a block
/// separator or a folded space is not text).
public struct LostText {
    /// Clean byte ranges, in order.
    public let ranges: [Range<Int>]
    /// The same, in scalars.
    public let scalarRanges: [Range<Int>]

    public init(_ clean: CleanText) {
        var ranges: [Range<Int>] = []
        for segment in clean.offsetMap.segments where !segment.isVerbatim && segment.raw.isEmpty {
            let bytes = clean.utf8[segment.clean.lowerBound.value..<segment.clean.upperBound.value]
            if bytes.contains(where: { $0 != 0x20 && $0 != 0x0A }) {
                ranges.append(segment.clean.lowerBound.value..<segment.clean.upperBound.value)
            }
        }
        self.ranges = ranges
        scalarRanges = ranges.map { range in
            let scalars = clean.scalarRange(CleanByteOffset(range.lowerBound)..<CleanByteOffset(range.upperBound))
            return scalars.lowerBound.value..<scalars.upperBound.value
        }
    }

    public func overlaps(_ range: Range<CleanByteOffset>) -> Bool {
        LostText.overlaps(ranges, range.lowerBound.value..<range.upperBound.value)
    }
    public func overlaps(scalars range: Range<Int>) -> Bool { LostText.overlaps(scalarRanges, range) }

    /// Whether any of the sorted, disjoint `ranges` overlaps `range`.
    public static func overlaps(_ ranges: [Range<Int>], _ range: Range<Int>) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count && ranges[low].lowerBound < range.upperBound
    }
}

/// Checks clean texts and records against the raw bytes they came from.
public enum ProvenanceCheck {
    /// Every violation in a processed document: its clean text, every sentence and every record.
    public static func violations(_ result: DocumentResult, matched: MatchedText? = nil) -> [ProvenanceViolation] {
        let lost = LostText(result.clean)
        var found = violations(clean: result.clean, document: result.document, lost: lost)
        if let matched { found += sentenceViolations(matched, document: result.document, lost: lost) }
        found += recordViolations(result, lost: lost)
        return found
    }

    /// Violations of the clean text alone: encoding, blocks, offset map.
    public static func violations(clean: CleanText, document: SourceDocument, lost: LostText? = nil)
        -> [ProvenanceViolation]
    {
        let lost = lost ?? LostText(clean)
        var found: [ProvenanceViolation] = []
        let raw = document.raw
        let utf8 = clean.utf8
        if String(validating: utf8, as: UTF8.self) == nil {
            found.append(.init(invariant: .cleanUTF8, detail: "clean text of \(utf8.count) bytes is not valid UTF-8"))
        }
        var previousEnd = 0
        for (index, block) in clean.blocks.enumerated() {
            let range = block.range
            if range.lowerBound.value < previousEnd || range.upperBound.value > utf8.count || range.isEmpty {
                found.append(
                    .init(
                        invariant: .blocksOrdered,
                        detail:
                            "block \(index) at \(range.lowerBound)..<\(range.upperBound) after \(previousEnd), text \(utf8.count) bytes"
                    ))
                return found
            }
            previousEnd = range.upperBound.value
        }
        var expectedStart = 0
        var lastRaw = 0
        for segment in clean.offsetMap.segments {
            if segment.clean.lowerBound.value != expectedStart || segment.raw.lowerBound.value < 0
                || segment.raw.upperBound.value > raw.count
            {
                found.append(
                    .init(
                        invariant: .mapTiles,
                        detail:
                            "segment clean \(segment.clean) raw \(segment.raw) (expected clean start \(expectedStart), raw \(raw.count) bytes)"
                    ))
                return found
            }
            expectedStart = segment.clean.upperBound.value
            if segment.raw.lowerBound.value < lastRaw, !segment.raw.isEmpty {
                found.append(
                    .init(
                        invariant: .mapMonotone,
                        detail: "segment clean \(segment.clean) raw \(segment.raw) starts before raw \(lastRaw)"))
            }
            // An empty raw range carries no bytes: where it sits says nothing about order.
            if !segment.raw.isEmpty { lastRaw = max(lastRaw, segment.raw.upperBound.value) }
            if segment.isVerbatim {
                let cleanBytes = utf8[segment.clean.lowerBound.value..<segment.clean.upperBound.value]
                let rawBytes = raw[segment.raw.lowerBound.value..<segment.raw.upperBound.value]
                if !cleanBytes.elementsEqual(rawBytes) {
                    found.append(
                        .init(
                            invariant: .mapVerbatim,
                            detail:
                                "verbatim segment clean \(segment.clean) raw \(segment.raw): \(quote(cleanBytes)) != \(quote(rawBytes))"
                        ))
                }
            }
        }
        if !utf8.isEmpty, expectedStart != utf8.count {
            found.append(
                .init(
                    invariant: .mapTiles, detail: "segments end at \(expectedStart), clean text has \(utf8.count) bytes"
                ))
            return found
        }
        let decoder = RawTextDecoder(mediaType: document.mediaType)
        for (index, block) in clean.blocks.enumerated() {
            if let problem = foldProblem(clean, block.range, raw: raw, decoder: decoder) {
                found.append(
                    .init(
                        invariant: lost.overlaps(block.range) ? .rawSpanLost : .blockFolds,
                        detail: "block \(index): \(problem)"))
            }
        }
        return found
    }

    /// Violations of sentences: each one's raw range must fold to its text.
    public static func sentenceViolations(_ matched: MatchedText, document: SourceDocument, lost: LostText? = nil)
        -> [ProvenanceViolation]
    {
        let clean = matched.segmented.clean
        let lost = lost ?? LostText(clean)
        let decoder = RawTextDecoder(mediaType: document.mediaType)
        var found: [ProvenanceViolation] = []
        for (index, sentence) in matched.segmented.sentences.enumerated() {
            if let problem = foldProblem(clean, sentence.range, raw: document.raw, decoder: decoder) {
                found.append(
                    .init(
                        invariant: lost.overlaps(sentence.range) ? .rawSpanLost : .sentenceFolds,
                        detail: "sentence \(index): \(problem)"))
            }
        }
        return found
    }

    /// Violations of the records of a processed document.
    public static func recordViolations(_ result: DocumentResult, lost: LostText? = nil) -> [ProvenanceViolation] {
        let lost = lost ?? LostText(result.clean)
        let scalars = Array(result.clean.string.unicodeScalars)
        return result.records.flatMap { record in
            let found = recordViolations(record, raw: result.document.raw, cleanScalars: scalars)
            let traced: Set<ProvenanceInvariant> = [.mentionDecodes, .mentionMatchesClean, .passageFolds]
            guard lost.overlaps(scalars: record.passage.start..<record.passage.end) else { return found }
            return found.map {
                traced.contains($0.invariant)
                    ? ProvenanceViolation(invariant: .rawSpanLost, detail: "\($0.invariant.rawValue): \($0.detail)")
                    : $0
            }
        }
    }

    /// Violations of one record, given the raw bytes and the clean text's scalars (nil when the
    /// clean text is not at hand: then only the raw side is checked).
    public static func recordViolations(_ record: EvidenceRecord, raw: [UInt8], cleanScalars: [Unicode.Scalar]?)
        -> [ProvenanceViolation]
    {
        var found: [ProvenanceViolation] = []
        let label = "record \(record.id) '\(record.mention.text)'"
        func add(_ invariant: ProvenanceInvariant, _ detail: String) {
            found.append(.init(invariant: invariant, detail: "\(label): \(detail)"))
        }
        let mention = record.raw
        let passage = record.passage.raw
        guard mention.byteStart <= mention.byteEnd, passage.byteStart <= passage.byteEnd,
            record.mention.start <= record.mention.end, record.passage.start <= record.passage.end
        else {
            add(
                .rangesOrdered,
                "raw \(mention.byteStart)..<\(mention.byteEnd), passage raw \(passage.byteStart)..<\(passage.byteEnd), mention \(record.mention.start)..<\(record.mention.end), passage \(record.passage.start)..<\(record.passage.end)"
            )
            return found
        }
        let scalarCount = cleanScalars?.count ?? Int.max
        guard mention.byteStart >= 0, passage.byteStart >= 0, mention.byteEnd <= raw.count,
            passage.byteEnd <= raw.count,
            record.mention.start >= 0, record.passage.start >= 0, record.mention.end <= scalarCount,
            record.passage.end <= scalarCount
        else {
            add(
                .rangesInRange,
                "raw \(mention.byteStart)..<\(mention.byteEnd), passage raw \(passage.byteStart)..<\(passage.byteEnd) in \(raw.count) bytes; mention \(record.mention.start)..<\(record.mention.end), passage \(record.passage.start)..<\(record.passage.end) in \(scalarCount) scalars"
            )
            return found
        }
        let mediaType = MediaType(rawValue: record.source.mediaType) ?? .text
        let decoder = RawTextDecoder(mediaType: mediaType)
        let mentionRaw = decoder.decode(raw[mention.byteStart..<mention.byteEnd])
        if mentionRaw != record.mention.text {
            add(.mentionDecodes, "raw \(mention.byteStart)..<\(mention.byteEnd) decodes to '\(mentionRaw)'")
        }
        let passageRaw = WhitespaceFolding.fold(decoder.decode(raw[passage.byteStart..<passage.byteEnd]))
        let passageText = WhitespaceFolding.fold(record.passage.text)
        if passageRaw != passageText {
            add(
                .passageFolds,
                "passage raw \(passage.byteStart)..<\(passage.byteEnd) folds to '\(clip(passageRaw))', passage to '\(clip(passageText))'"
            )
        }
        if !(passage.byteStart <= mention.byteStart && mention.byteEnd <= passage.byteEnd)
            || !(record.passage.start <= record.mention.start && record.mention.end <= record.passage.end)
        {
            add(
                .mentionInPassage,
                "raw \(mention.byteStart)..<\(mention.byteEnd) in passage raw \(passage.byteStart)..<\(passage.byteEnd); mention \(record.mention.start)..<\(record.mention.end) in passage \(record.passage.start)..<\(record.passage.end)"
            )
        }
        if let scalars = cleanScalars {
            let cleanMention = string(scalars[record.mention.start..<record.mention.end])
            if WhitespaceFolding.fold(record.mention.text) != WhitespaceFolding.fold(cleanMention) {
                add(.mentionMatchesClean, "clean text there is '\(cleanMention)'")
            }
            let cleanPassage = string(scalars[record.passage.start..<record.passage.end])
            if cleanPassage != record.passage.text {
                add(.passageMatchesClean, "clean text there is '\(clip(cleanPassage))'")
            }
        }
        if mediaType == .html,
            mention.xpath == nil || mention.line == nil || passage.xpath == nil || passage.line == nil
        {
            add(.anchored, "xpath \(mention.xpath ?? "nil"), line \(mention.line.map(String.init) ?? "nil")")
        }
        return found
    }

    /// Why a clean range's raw range does not fold to it, or nil when it does.
    public static func foldProblem(
        _ clean: CleanText, _ range: Range<CleanByteOffset>, raw: [UInt8], decoder: RawTextDecoder
    )
        -> String?
    {
        let span = clean.offsetMap.rawRange(for: range)
        guard span.lowerBound.value >= 0, span.lowerBound <= span.upperBound, span.upperBound.value <= raw.count else {
            return "raw range \(span.lowerBound)..<\(span.upperBound) outside \(raw.count) bytes"
        }
        let found = WhitespaceFolding.fold(decoder.decode(raw[span.lowerBound.value..<span.upperBound.value]))
        let expected = WhitespaceFolding.fold(clean.text(range))
        return found == expected
            ? nil
            : "raw \(span.lowerBound)..<\(span.upperBound) folds to '\(clip(found))', clean to '\(clip(expected))'"
    }

    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    public static func quote(_ bytes: ArraySlice<UInt8>) -> String {
        "'\(clip(String(decoding: bytes, as: UTF8.self)))'"
    }

    /// A string cut to a readable length for a report.
    public static func clip(_ text: String, _ limit: Int = 160) -> String {
        text.unicodeScalars.count <= limit ? text : string(Array(text.unicodeScalars.prefix(limit))[...]) + "…"
    }
}
