/// How far the role rules reach, read from the `[window]` sections of `roles.cues` and
/// `sections.cues` (`NAME COUNT`, one a line).
///
/// The values here are the fallbacks for a lexicon set built in code; a lexicon folder must name
/// every window (`marrow lexicon check` reports a missing one).
public struct RuleWindows: Sendable, Hashable {
    /// Sentences back, in the same section, a mention of the topic still puts it in reach.
    public var topicSentences = 3
    /// Words between a block cue ("a form of", "test for") and the mention it blocks.
    public var blockWords = 3
    /// Words between an object cue ("for") and a condition a treatment is given for.
    public var givenForWords = 1
    /// Words between an object cue ("used to treat") and the condition that is a treatment's object.
    public var objectWords = 2
    /// Words (determiners aside) a link word may have between the topic and the mention.
    public var linkWords = 3
    /// Distinct section kinds that make a heading general ("Causes, Symptoms and Treatment").
    public var generalHeadingKinds = 3
    /// Distinct section kinds that make a title general.
    public var generalTitleKinds = 2
    /// Words a heading with no section word may have to be read as a sub-heading of the heading
    /// before it, whatever its markup level.
    public var subHeadingWords = 5

    /// Creates the fallback windows.
    public init() {}

    /// One window: its name in a cue file and where it is kept.
    struct Setting: Sendable {
        var file: String
        var name: String
        var keyPath: WritableKeyPath<RuleWindows, Int> & Sendable
    }

    /// Every window, by cue file.
    static let settings: [Setting] = [
        Setting(file: "roles", name: "topic.sentences", keyPath: \.topicSentences),
        Setting(file: "roles", name: "block.words", keyPath: \.blockWords),
        Setting(file: "roles", name: "given-for.words", keyPath: \.givenForWords),
        Setting(file: "roles", name: "object.words", keyPath: \.objectWords),
        Setting(file: "roles", name: "link.words", keyPath: \.linkWords),
        Setting(file: "sections", name: "heading.kinds", keyPath: \.generalHeadingKinds),
        Setting(file: "sections", name: "title.kinds", keyPath: \.generalTitleKinds),
        Setting(file: "sections", name: "sub-heading.words", keyPath: \.subHeadingWords),
    ]

    /// The cue-file section that holds windows.
    public static let section = "window"

    /// Reads the windows of `cues`.
    ///
    /// - Parameter requireAll: report a window the files do not name (a lexicon folder must name
    ///   them all; a set built in code falls back to the defaults).
    /// - Returns: the windows, and a problem for each bad, unknown or missing line.
    static func read(_ cues: CueLists, requireAll: Bool) -> (windows: RuleWindows, problems: [MarrowError]) {
        var windows = RuleWindows()
        var problems: [MarrowError] = []
        for file in Set(settings.map(\.file)).sorted() {
            let path = (cues.folder.map { $0 + "/" } ?? "") + file + ".cues"
            var seen: Set<String> = []
            for phrase in cues.files[file]?[section] ?? [] {
                let parts = phrase.text.split(separator: " ", omittingEmptySubsequences: true)
                guard parts.count == 2, let count = Int(parts[1]), count > 0 else {
                    problems.append(
                        MarrowError(
                            .lexicon, "expected 'NAME COUNT' with a positive count, found '\(phrase.text)'",
                            at: SourceLocation(path: path, line: phrase.line)))
                    continue
                }
                guard let setting = settings.first(where: { $0.file == file && $0.name == parts[0] }) else {
                    let known = settings.filter { $0.file == file }.map(\.name).joined(separator: ", ")
                    problems.append(
                        MarrowError(
                            .lexicon, "unknown window '\(parts[0])'; this file may set \(known)",
                            at: SourceLocation(path: path, line: phrase.line)))
                    continue
                }
                windows[keyPath: setting.keyPath] = count
                seen.insert(setting.name)
            }
            if requireAll {
                for setting in settings where setting.file == file && !seen.contains(setting.name) {
                    problems.append(
                        MarrowError(
                            .lexicon, "missing window '\(setting.name)' in [\(section)]", at: SourceLocation(path: path)
                        ))
                }
            }
        }
        return (windows, problems)
    }
}
