import Foundation
import MarrowKit

/// `marrow load`'s record reader on any bytes: every line must be accepted or rejected with its
/// file and line, and no accepted record may hold ranges that cannot be (inverted, negative, or
/// a text mention whose length does not fit its byte range).
enum RecordsTarget {
    static let target = FuzzTarget(
        name: "records", summary: "bytes as a JSON Lines file for 'marrow load': record reader and its validation"
    ) { bytes, harness in
        let label = "fuzz.jsonl"
        let (records, failures) = EvidenceRecordReader.read(Data(bytes), label: label)
        let lines = Shared.lineCount(bytes)
        for failure in failures {
            guard failure.location?.path == label, let line = failure.location?.line, line >= 1, line <= lines else {
                harness.broke("failure-located", "rejection without a line of the file: \(failure)")
                continue
            }
        }
        for record in records {
            let mention = record.raw
            let passage = record.passage.raw
            if mention.byteStart > mention.byteEnd || passage.byteStart > passage.byteEnd
                || record.mention.start > record.mention.end || record.passage.start > record.passage.end
            {
                harness.broke(
                    "accepted-ordered",
                    "accepted record \(record.id) with inverted ranges: raw \(mention.byteStart)..<\(mention.byteEnd), passage raw \(passage.byteStart)..<\(passage.byteEnd), mention \(record.mention.start)..<\(record.mention.end)"
                )
            }
            if mention.byteStart < 0 || passage.byteStart < 0 || record.mention.start < 0 || record.passage.start < 0 {
                harness.broke("accepted-nonnegative", "accepted record \(record.id) with a negative offset")
            }
            // A UTF-8 text source stores the mention's bytes exactly, a UTF-16 one two bytes a unit.
            let span = mention.byteEnd - mention.byteStart
            if record.source.mediaType == MediaType.text.rawValue, span != record.mention.text.utf8.count,
                span != record.mention.text.utf16.count * 2
            {
                harness.broke(
                    "accepted-mention-length",
                    "accepted text record \(record.id): mention '\(ProvenanceCheck.clip(record.mention.text))' is \(record.mention.text.utf8.count) bytes, its range \(mention.byteEnd - mention.byteStart)"
                )
            }
            if !(passage.byteStart <= mention.byteStart && mention.byteEnd <= passage.byteEnd) {
                harness.broke(
                    "accepted-mention-in-passage",
                    "accepted record \(record.id): raw \(mention.byteStart)..<\(mention.byteEnd) outside passage raw \(passage.byteStart)..<\(passage.byteEnd)"
                )
            }
        }
    }
}
