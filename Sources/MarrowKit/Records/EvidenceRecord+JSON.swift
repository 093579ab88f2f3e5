extension EvidenceRecord: JSONWritable {
    /// Writes the record as one JSON object with its keys sorted: the bytes Foundation's
    /// `JSONEncoder` gives with `.sortedKeys` and `.withoutEscapingSlashes` (absent optionals
    /// are left out, as the synthesised `Encodable` conformance leaves them out).
    ///
    /// The key order is written out by hand, one ``JSONWriter/object(_:)`` call per type; a test
    /// compares every record of the corpus with Foundation's output, so a new field that is not
    /// added here fails that test.
    public func write(to writer: inout JSONWriter) {
        writer.object(
            ("assertion", assertion.rawValue), ("claim", claim), ("concept", concept),
            ("experiencer", experiencer?.rawValue), ("historical", historical), ("hypothetical", hypothetical),
            ("id", id), ("lexiconVersion", lexiconVersion), ("mention", mention), ("passage", passage), ("raw", raw),
            ("role", role.rawValue), ("schema", schema), ("source", source), ("type", type), ("why", why))
    }
}

extension EvidenceRecord.Claim: JSONWritable {
    /// Writes the claim as a JSON object, keys sorted.
    public func write(to writer: inout JSONWriter) {
        writer.object(("object", object), ("predicate", predicate), ("subject", subject))
    }
}

extension EvidenceRecord.ConceptRef: JSONWritable {
    /// Writes the concept as a JSON object, keys sorted.
    public func write(to writer: inout JSONWriter) {
        writer.object(("category", category), ("id", id), ("name", name))
    }
}

extension EvidenceRecord.MentionRef: JSONWritable {
    /// Writes the mention as a JSON object, keys sorted.
    public func write(to writer: inout JSONWriter) {
        writer.object(("end", end), ("start", start), ("text", text))
    }
}

extension EvidenceRecord.Passage: JSONWritable {
    /// Writes the passage as a JSON object, keys sorted.
    public func write(to writer: inout JSONWriter) {
        writer.object(
            ("end", end), ("raw", raw), ("section", section), ("sectionKind", sectionKind?.rawValue),
            ("start", start), ("text", text))
    }
}

extension EvidenceRecord.RawRange: JSONWritable {
    /// Writes the range as a JSON object, keys sorted.
    public func write(to writer: inout JSONWriter) {
        writer.object(("byteEnd", byteEnd), ("byteStart", byteStart), ("line", line), ("xpath", xpath))
    }
}

extension EvidenceRecord.Source: JSONWritable {
    /// Writes the source as a JSON object, keys sorted.
    public func write(to writer: inout JSONWriter) {
        writer.object(
            ("author", author), ("id", id), ("language", language), ("mediaType", mediaType), ("modified", modified),
            ("path", path), ("published", published), ("publisher", publisher), ("reviewed", reviewed),
            ("reviewer", reviewer), ("sha256", sha256), ("title", title), ("url", url))
    }
}
