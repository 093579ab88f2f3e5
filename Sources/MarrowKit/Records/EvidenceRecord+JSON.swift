extension EvidenceRecord: JSONWritable {
    /// Writes the record as one JSON object with its keys sorted: the bytes Foundation's
    /// `JSONEncoder` gives with `.sortedKeys` and `.withoutEscapingSlashes` (absent optionals
    /// are left out, as the synthesised `Encodable` conformance leaves them out).
    ///
    /// The key order is written out by hand; a test compares every record of the corpus with
    /// Foundation's output, so a new field that is not added here fails that test.
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("assertion", assertion.rawValue)
        writer.key("claim")
        writer.beginObject()
        writer.member("object", claim.object)
        writer.member("predicate", claim.predicate)
        writer.member("subject", claim.subject)
        writer.endObject()
        writer.key("concept")
        writer.beginObject()
        writer.member("category", concept.category)
        writer.member("id", concept.id)
        writer.member("name", concept.name)
        writer.endObject()
        writer.member("experiencer", experiencer?.rawValue)
        writer.member("historical", historical)
        writer.member("hypothetical", hypothetical)
        writer.member("id", id)
        writer.member("lexiconVersion", lexiconVersion)
        writer.key("mention")
        writer.beginObject()
        writer.member("end", mention.end)
        writer.member("start", mention.start)
        writer.member("text", mention.text)
        writer.endObject()
        writer.key("passage")
        writer.beginObject()
        writer.member("end", passage.end)
        writer.member("raw", passage.raw)
        writer.member("section", passage.section)
        writer.member("sectionKind", passage.sectionKind?.rawValue)
        writer.member("start", passage.start)
        writer.member("text", passage.text)
        writer.endObject()
        writer.member("raw", raw)
        writer.member("role", role.rawValue)
        writer.member("schema", schema)
        writer.member("source", source)
        writer.member("type", type)
        writer.member("why", why)
        writer.endObject()
    }
}

extension EvidenceRecord.RawRange: JSONWritable {
    /// Writes the range as a JSON object, keys sorted.
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("byteEnd", byteEnd)
        writer.member("byteStart", byteStart)
        writer.member("line", line)
        writer.member("xpath", xpath)
        writer.endObject()
    }
}

extension EvidenceRecord.Source: JSONWritable {
    /// Writes the source as a JSON object, keys sorted.
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("author", author)
        writer.member("id", id)
        writer.member("language", language)
        writer.member("mediaType", mediaType)
        writer.member("modified", modified)
        writer.member("path", path)
        writer.member("published", published)
        writer.member("publisher", publisher)
        writer.member("reviewed", reviewed)
        writer.member("reviewer", reviewer)
        writer.member("sha256", sha256)
        writer.member("title", title)
        writer.member("url", url)
        writer.endObject()
    }
}
