import Foundation

/// One file of a corpus folder as the caller read it: its path and the SHA-256 of its bytes
/// (`nil` when it could not be read).
public struct CorpusFile: Equatable, Sendable {
    public var path: String
    public var sha256: String?

    /// Creates a corpus file entry.
    public init(path: String, sha256: String?) {
        self.path = path
        self.sha256 = sha256
    }
}

/// Whether the knowledge base still reflects the lexicons and the corpus.
public struct Staleness: Equatable, Sendable, Codable {
    /// The version of the lexicons compared against.
    public var lexiconVersion: String
    /// Current sources whose evidence came from another lexicon version.
    public var sourcesWithOtherLexicon: [String]
    /// The corpus folder compared against, when one was.
    public var corpus: String?
    /// Corpus files at a path the knowledge base has not recorded (new articles, or new copies).
    public var newInCorpus: [String] = []
    /// Corpus files recorded at the same path with other bytes (changed articles).
    public var changedInCorpus: [String] = []
    /// Recorded paths under the corpus folder whose file is gone.
    public var missingFromCorpus: [String] = []
    /// Corpus files that could not be read.
    public var unreadable: [String] = []
    /// Corpus files whose bytes were retracted (they stay out; not stale).
    public var retractedInCorpus: [String] = []
    /// Corpus files the pipeline refused when they were ingested (not stale).
    public var rejectedInCorpus: [String] = []

    /// The lexicons changed since the evidence was produced.
    public var lexiconStale: Bool { !sourcesWithOtherLexicon.isEmpty }
    /// The corpus differs from what the knowledge base holds.
    public var corpusStale: Bool { !(newInCorpus.isEmpty && changedInCorpus.isEmpty && missingFromCorpus.isEmpty) }
    /// Anything is stale.
    public var isStale: Bool { lexiconStale || corpusStale }
}

extension KnowledgeBase {
    /// Compares the knowledge base with the current lexicons and, when given, a corpus folder's
    /// files (read by the caller).
    ///
    /// - Parameters:
    ///   - lexiconVersion: the version of the lexicons in use now (``CompiledLexicon/version``).
    ///   - corpus: the folder and the digests of its files.
    public func staleness(lexiconVersion: String, corpus: (folder: String, files: [CorpusFile])?) throws -> Staleness {
        let (sources, rejected) = try read { queries in (try queries.sourceVersions(), try queries.rejected()) }
        let current = sources.filter(\.isCurrent)
        var result = Staleness(
            lexiconVersion: lexiconVersion,
            sourcesWithOtherLexicon: current.filter { $0.lexiconVersion != lexiconVersion }.map(\.path),
            corpus: corpus?.folder)
        guard let corpus else { return result }
        let retracted = Set(sources.filter(\.retracted).map(\.sha256))
        let refused = Set(rejected.map(\.sha256))
        var byPath: [String: SourceRow] = [:]
        for source in current {
            for path in source.paths { byPath[KnowledgeBase.canonicalPath(path)] = source }
        }
        var seen = Set<String>()
        for file in corpus.files {
            let canonical = KnowledgeBase.canonicalPath(file.path)
            seen.insert(canonical)
            guard let sha = file.sha256 else {
                result.unreadable.append(file.path)
                continue
            }
            if let recorded = byPath[canonical], recorded.sha256 == sha { continue }
            if retracted.contains(sha) {
                result.retractedInCorpus.append(file.path)
            } else if refused.contains(sha) {
                // Refused when it was ingested: ingesting it again would refuse it again.
                result.rejectedInCorpus.append(file.path)
            } else if byPath[canonical] != nil {
                result.changedInCorpus.append(file.path)
            } else {
                result.newInCorpus.append(file.path)
            }
        }
        let folder = KnowledgeBase.canonicalPath(corpus.folder) + "/"
        result.missingFromCorpus = current.flatMap(\.paths)
            .filter {
                KnowledgeBase.canonicalPath($0).hasPrefix(folder) && !seen.contains(KnowledgeBase.canonicalPath($0))
            }
            .sorted()
        return result
    }
}
