/// Page furniture: text of a page that is not the article's own statement, whatever terms it names.
public enum Furniture: Hashable, Sendable {
    /// A block opened by a label such as "Keywords:" or "References", or a block in a section
    /// headed by one.
    case labelled(String)
    /// A bibliographic reference: author initials, or a citation mark with a year.
    case reference
    /// An author's affiliation: two institution words in one sentence.
    case affiliation
}

/// Finds the sentences of a document that are page furniture, from the cue kinds
/// `furniture.index`, `furniture.label`, `furniture.affiliation` and `furniture.citation`.
struct FurnitureFinder: Sendable {
    /// Tokens a label block may have, label included, to count as a short line of its own.
    static let shortLine = 4

    /// The furniture each sentence belongs to, if any; empty when no sentence is furniture (read
    /// it with ``ClassificationContext/furniture(of:)``).
    func find(_ segmented: SegmentedText, cues: ReusableRows<Cue>) -> [Furniture?] {
        let blocks = segmented.clean.blocks
        let tokens = segmented.tokens
        // Most documents (every `explain` sentence) hold no furniture cue and no reference entry:
        // answered without the per-block tables below.
        if !cues.contains(where: { $0.contains { $0.kinds.overlaps(FurnitureFinder.foundByCue) } }),
            !blocks.indices.contains(where: { mayBeReference($0, segmented) })
        {
            return []
        }
        var result = Array(repeating: Furniture?.none, count: segmented.sentences.count)
        var firstSentence = Array(repeating: -1, count: blocks.count)
        for (index, sentence) in segmented.sentences.enumerated() where firstSentence[sentence.block] < 0 {
            firstSentence[sentence.block] = index
        }

        // Labelled blocks, and the sections under labelled headings.
        var labelledHeadings: [Int: String] = [:]
        var labelled = Array(repeating: String?.none, count: blocks.count)
        for (blockIndex, block) in blocks.enumerated() {
            let first = firstSentence[blockIndex]
            guard first >= 0 else { continue }
            let range = segmented.tokensOfBlock[blockIndex]
            guard
                let cue = cues[first].first(where: {
                    $0.tokens.lowerBound == range.lowerBound && $0.kinds.overlaps(FurnitureFinder.labels)
                })
            else { continue }
            let atEnd = cue.tokens.upperBound >= range.upperBound
            let isHeading = block.kind.headingLevel != nil
            let qualifies =
                cue.kinds.contains(.furnitureIndex) || atEnd
                || tokens[cue.tokens.upperBound].punctuation == UInt8(ascii: ":")
                || isHeading
                || range.count <= FurnitureFinder.shortLine
            guard qualifies else { continue }
            let label = segmented.clean.text(
                tokens[cue.tokens.lowerBound].range.lowerBound..<tokens[cue.tokens.upperBound - 1].range.upperBound)
            labelled[blockIndex] = label
            if isHeading { labelledHeadings[blockIndex] = label }
        }
        for (blockIndex, _) in blocks.enumerated() where labelled[blockIndex] == nil {
            let headings = segmented.sections[segmented.sectionOfBlock[blockIndex]].headings
            if let heading = headings.last(where: { labelledHeadings[$0] != nil }) {
                labelled[blockIndex] = labelledHeadings[heading]
            }
        }
        // A reference entry is cut into several sentences ("Brown KT, Lee JS. Gout and the knee."):
        // it is read block by block.
        var referenceBlocks = Array(repeating: false, count: blocks.count)
        // A block's sentences follow one another: from its first to the next block's first.
        var nextFirst = segmented.sentences.count
        var sentencesOfBlock = Array(repeating: 0..<0, count: blocks.count)
        for blockIndex in blocks.indices.reversed() where firstSentence[blockIndex] >= 0 {
            sentencesOfBlock[blockIndex] = firstSentence[blockIndex]..<nextFirst
            nextFirst = firstSentence[blockIndex]
        }
        for blockIndex in blocks.indices where labelled[blockIndex] == nil {
            let range = segmented.tokensOfBlock[blockIndex]
            guard range.count <= FurnitureFinder.longestReference else { continue }
            referenceBlocks[blockIndex] = isReference(range, tokens: tokens, utf8: segmented.clean.utf8) {
                sentencesOfBlock[blockIndex].contains { cues[$0].contains { $0.kinds.contains(.citation) } }
            }
        }
        for (index, sentence) in segmented.sentences.enumerated() {
            if let label = labelled[sentence.block] {
                result[index] = .labelled(label)
            } else if referenceBlocks[sentence.block] {
                result[index] = .reference
            } else if cues[index].lazy.filter({ $0.kinds.contains(.affiliation) }).prefix(2).count == 2 {
                result[index] = .affiliation
            }
        }
        return result
    }

    /// The cue kinds that make a sentence furniture by themselves (labels, affiliations).
    static let foundByCue: CueKinds = [
        CueKinds(.furnitureIndex), CueKinds(.furnitureLabel), CueKinds(.affiliation),
    ]

    /// Whether block `index` could be a reference entry by its tokens alone (``isReference(_:tokens:utf8:citesAWork:)``
    /// with every work cited): when no block can, and no cue labels a block, nothing is furniture.
    func mayBeReference(_ index: Int, _ segmented: SegmentedText) -> Bool {
        let range = segmented.tokensOfBlock[index]
        guard range.count <= FurnitureFinder.longestReference else { return false }
        return isReference(range, tokens: segmented.tokens, utf8: segmented.clean.utf8) { true }
    }

    /// The most tokens a reference entry has; a longer block is prose that cites.
    static let longestReference = 80

    static let labels: CueKinds = [CueKinds(.furnitureIndex), CueKinds(.furnitureLabel)]

    /// Two author initials ("Varga PT, Olsen K"), or a citation mark ("et al", "doi") with an
    /// initial and a year, or a digital identifier ("doi", "PMID") with a year.
    func isReference(_ range: Range<Int>, tokens: [Token], utf8: [UInt8], citesAWork: () -> Bool) -> Bool {
        var initials = 0
        var year = false
        for index in range {
            let token = tokens[index]
            if isYear(token, utf8: utf8) { year = true }
            guard index > range.lowerBound, index + 1 < range.upperBound, isInitials(token, utf8: utf8) else {
                continue
            }
            let previous = tokens[index - 1]
            let next = tokens[index + 1].punctuation
            if previous.isWord && previous.isCapitalized && previous.abbreviationKey == nil
                && (next == UInt8(ascii: ",") || next == UInt8(ascii: ".") || next == UInt8(ascii: ";"))
            {
                initials += 1
            }
        }
        if initials >= 2 { return true }
        return year && initials >= 1 && citesAWork()
    }

    /// One to three capital ASCII letters.
    func isInitials(_ token: Token, utf8: [UInt8]) -> Bool {
        let start = token.range.lowerBound.value
        let end = token.range.upperBound.value
        guard end - start >= 1, end - start <= 3 else { return false }
        for index in start..<end where utf8[index] < 0x41 || utf8[index] > 0x5A { return false }
        return true
    }

    /// Four digits from 1900 to 2099.
    func isYear(_ token: Token, utf8: [UInt8]) -> Bool {
        let start = token.range.lowerBound.value
        guard token.range.upperBound.value - start == 4 else { return false }
        for index in start..<(start + 4) where utf8[index] < 0x30 || utf8[index] > 0x39 { return false }
        return (utf8[start] == 0x31 && utf8[start + 1] == 0x39) || (utf8[start] == 0x32 && utf8[start + 1] == 0x30)
    }
}
