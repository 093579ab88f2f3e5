extension EvidenceRecord {
    /// Writes the record as one JSON object with its keys sorted: the bytes Foundation's
    /// `JSONEncoder` gives with `.sortedKeys` and `.withoutEscapingSlashes` (absent optionals
    /// are left out, as the synthesised `Encodable` conformance leaves them out).
    ///
    /// The key order is written out by hand; a test compares every record of the corpus with
    /// Foundation's output, so a new field that is not added here fails that test.
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("assertion")
        writer.string(assertion.rawValue)
        writer.key("claim")
        writer.beginObject()
        writer.key("object")
        writer.string(claim.object)
        writer.key("predicate")
        writer.string(claim.predicate)
        writer.key("subject")
        writer.string(claim.subject)
        writer.endObject()
        writer.key("concept")
        writer.beginObject()
        writer.key("category")
        writer.string(concept.category)
        writer.key("id")
        writer.string(concept.id)
        writer.key("name")
        writer.string(concept.name)
        writer.endObject()
        if let experiencer {
            writer.key("experiencer")
            writer.string(experiencer.rawValue)
        }
        if let historical {
            writer.key("historical")
            writer.bool(historical)
        }
        if let hypothetical {
            writer.key("hypothetical")
            writer.bool(hypothetical)
        }
        writer.key("id")
        writer.string(id)
        writer.key("lexiconVersion")
        writer.string(lexiconVersion)
        writer.key("mention")
        writer.beginObject()
        writer.key("end")
        writer.int(mention.end)
        writer.key("start")
        writer.int(mention.start)
        writer.key("text")
        writer.string(mention.text)
        writer.endObject()
        writer.key("passage")
        writer.beginObject()
        writer.key("end")
        writer.int(passage.end)
        writer.key("raw")
        passage.raw.write(to: &writer)
        writer.key("section")
        writer.strings(passage.section)
        if let sectionKind = passage.sectionKind {
            writer.key("sectionKind")
            writer.string(sectionKind.rawValue)
        }
        writer.key("start")
        writer.int(passage.start)
        writer.key("text")
        writer.string(passage.text)
        writer.endObject()
        writer.key("raw")
        raw.write(to: &writer)
        writer.key("role")
        writer.string(role.rawValue)
        writer.key("schema")
        writer.int(schema)
        writer.key("source")
        source.write(to: &writer)
        writer.key("type")
        writer.string(type)
        writer.key("why")
        writer.strings(why)
        writer.endObject()
    }
}

extension EvidenceRecord.RawRange {
    /// Writes the range as a JSON object, keys sorted.
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("byteEnd")
        writer.int(byteEnd)
        writer.key("byteStart")
        writer.int(byteStart)
        if let line {
            writer.key("line")
            writer.int(line)
        }
        if let xpath {
            writer.key("xpath")
            writer.string(xpath)
        }
        writer.endObject()
    }
}

extension EvidenceRecord.Source {
    /// Writes the source as a JSON object, keys sorted.
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        if let author {
            writer.key("author")
            writer.string(author)
        }
        writer.key("id")
        writer.string(id)
        if let language {
            writer.key("language")
            writer.string(language)
        }
        writer.key("mediaType")
        writer.string(mediaType)
        if let modified {
            writer.key("modified")
            writer.string(modified)
        }
        writer.key("path")
        writer.string(path)
        if let published {
            writer.key("published")
            writer.string(published)
        }
        if let publisher {
            writer.key("publisher")
            writer.string(publisher)
        }
        if let reviewed {
            writer.key("reviewed")
            writer.string(reviewed)
        }
        if let reviewer {
            writer.key("reviewer")
            writer.string(reviewer)
        }
        writer.key("sha256")
        writer.string(sha256)
        if let title {
            writer.key("title")
            writer.string(title)
        }
        if let url {
            writer.key("url")
            writer.string(url)
        }
        writer.endObject()
    }
}
