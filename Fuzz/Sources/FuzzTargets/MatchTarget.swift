import MarrowKit

/// The tokenizer, segmenter, matcher and classifier on any clean text, without a cleaner in front
/// (so they see text no cleaner would make: line breaks, lone marks, any scalar).
///
/// The input is read as UTF-8 (bad bytes repaired, as clean text always is) and cut into blocks
/// at blank lines; a block starting with `#` is a heading, with `-` a list item.
enum MatchTarget {
    static let target = FuzzTarget(name: "match", summary: "any clean text: tokenizer, segmenter, matcher, classifier")
    { bytes, harness in
        let clean = cleanText(bytes)
        let processor = Shared.processor
        let matched = processor.match(clean)
        let segmented = matched.segmented
        let utf8 = clean.utf8
        func isBoundary(_ offset: Int) -> Bool {
            offset == utf8.count || (offset < utf8.count && utf8[offset] & 0xC0 != 0x80)
        }

        var previous = 0
        for (blockIndex, block) in clean.blocks.enumerated() {
            let tokenRange = segmented.tokensOfBlock[blockIndex]
            for token in segmented.tokens[tokenRange] {
                let range = token.range
                if range.isEmpty || range.lowerBound.value < max(previous, block.range.lowerBound.value)
                    || range.upperBound > block.range.upperBound
                {
                    harness.broke("tokens-ordered", "token \(range) after \(previous) in block \(block.range)")
                }
                if !isBoundary(range.lowerBound.value) || !isBoundary(range.upperBound.value) {
                    harness.broke("tokens-on-scalars", "token \(range) cuts a scalar")
                }
                previous = range.upperBound.value
            }
        }
        var sentenceEnd = 0
        for (index, sentence) in segmented.sentences.enumerated() {
            let block = clean.blocks[sentence.block].range
            let tokens = sentence.tokens
            if sentence.range.lowerBound.value < sentenceEnd || sentence.range.lowerBound < block.lowerBound
                || sentence.range.upperBound > block.upperBound
                || tokens.isEmpty || tokens.upperBound > segmented.tokens.count
                || segmented.tokens[tokens.lowerBound].range.lowerBound != sentence.range.lowerBound
                || segmented.tokens[tokens.upperBound - 1].range.upperBound != sentence.range.upperBound
            {
                harness.broke(
                    "sentences",
                    "sentence \(index) \(sentence.range) tokens \(tokens) in block \(block), after \(sentenceEnd)")
            }
            sentenceEnd = sentence.range.upperBound.value
        }
        /// Why `mention` is not a mention of a known concept whose tokens lie in its sentence and
        /// span exactly its range, or `nil` when it is one.
        func fault(_ mention: Mention) -> String? {
            guard mention.sentence < segmented.sentences.count, mention.concept < processor.lexicon.conceptTable.count
            else { return "mention of concept \(mention.concept) in sentence \(mention.sentence)" }
            let sentence = segmented.sentences[mention.sentence]
            if mention.tokens.isEmpty || mention.tokens.lowerBound < sentence.tokens.lowerBound
                || mention.tokens.upperBound > sentence.tokens.upperBound
                || segmented.tokens[mention.tokens.lowerBound].range.lowerBound != mention.range.lowerBound
                || segmented.tokens[mention.tokens.upperBound - 1].range.upperBound != mention.range.upperBound
            {
                return
                    "mention \(mention.range) tokens \(mention.tokens) in sentence \(sentence.range) tokens \(sentence.tokens)"
            }
            return nil
        }
        for mention in matched.mentions {
            if let fault = fault(mention) { harness.broke("mentions", fault) }
        }
        // A finding classifies a matcher mention or one the classifier reads itself (a topic
        // modifier, "septic" before the topic's name); either must be a well-formed mention.
        for finding in Shared.classifier.classify(matched) {
            if finding.object >= processor.lexicon.conceptTable.count {
                harness.broke("findings", "finding for \(finding.mention.range) names object \(finding.object)")
            } else if !matched.mentions.contains(finding.mention), let fault = fault(finding.mention) {
                harness.broke("findings", "finding for a mention the matcher did not make: \(fault)")
            }
        }
    }

    /// The input as a clean text: repaired UTF-8, blocks at blank lines.
    static func cleanText(_ bytes: [UInt8]) -> CleanText {
        let utf8 = Array(String(decoding: bytes, as: UTF8.self).utf8)
        var blocks: [Block] = []
        var start = 0
        var index = 0
        func close(_ end: Int) {
            if end > start {
                let kind: BlockKind =
                    utf8[start] == UInt8(ascii: "#")
                    ? .heading(level: 2) : utf8[start] == UInt8(ascii: "-") ? .listItem : .paragraph
                blocks.append(Block(kind: kind, range: CleanByteOffset(start)..<CleanByteOffset(end)))
            }
        }
        while index + 1 < utf8.count {
            if utf8[index] == 0x0A, utf8[index + 1] == 0x0A {
                close(index)
                index += 2
                start = index
            } else {
                index += 1
            }
        }
        close(utf8.count)
        return CleanText(utf8: utf8, blocks: blocks, metadata: DocumentMetadata(), offsetMap: OffsetMap())
    }
}
