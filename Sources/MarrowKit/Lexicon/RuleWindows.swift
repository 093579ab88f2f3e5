/// How far the role rules reach, in words or sentences, read from the `[window]` sections of
/// `roles.cues` and `sections.cues` (`NAME COUNT`, one a line).
///
/// ``RuleWindow/setting`` holds the fallbacks for a lexicon set built in code; a lexicon folder
/// must name every window (`marrow lexicon check` reports a missing one).
public typealias RuleWindows = Counts<RuleWindow>

/// One window of the role rules.
public enum RuleWindow: Int, CaseIterable, Sendable {
    /// Sentences back, in the same section, a mention of the topic still puts it in reach.
    case topicSentences
    /// Words between a block cue ("a form of", "test for") and the mention it blocks.
    case blockWords
    /// Words between an object cue ("for") and a condition a treatment is given for.
    case givenForWords
    /// Words between an object cue ("used to treat") and the condition that is a treatment's object.
    case objectWords
    /// Words (determiners aside) a link word may have between the topic and the mention.
    case linkWords
    /// Distinct section kinds that make a heading general ("Causes, Symptoms and Treatment").
    case generalHeadingKinds
    /// Distinct section kinds that make a title general.
    case generalTitleKinds
    /// Words a heading with no section word may have to be read as a sub-heading of the heading
    /// before it, whatever its markup level.
    case subHeadingWords

    /// The cue file that sets the window, its name there, and the value a lexicon set built in
    /// code falls back to.
    var setting: (file: String, name: String, fallback: Int) {
        switch self {
        case .topicSentences: ("roles", "topic.sentences", 3)
        case .blockWords: ("roles", "block.words", 3)
        case .givenForWords: ("roles", "given-for.words", 1)
        case .objectWords: ("roles", "object.words", 2)
        case .linkWords: ("roles", "link.words", 3)
        case .generalHeadingKinds: ("sections", "heading.kinds", 3)
        case .generalTitleKinds: ("sections", "title.kinds", 2)
        case .subHeadingWords: ("sections", "sub-heading.words", 5)
        }
    }
}

extension Counts<RuleWindow> {
    /// The fallback windows.
    static var fallbacks: RuleWindows { RuleWindows { $0.setting.fallback } }

    /// The cue-file section that holds windows.
    public static var section: String { "window" }

    /// Reads the windows of `cues`.
    ///
    /// - Parameter requireAll: report a window the files do not name (a lexicon folder must name
    ///   them all; a set built in code falls back to the defaults).
    /// - Returns: the windows, and a problem for each bad, unknown or missing line.
    static func read(_ cues: CueLists, requireAll: Bool) -> (windows: RuleWindows, problems: [MarrowError]) {
        var windows = RuleWindows.fallbacks
        var problems: [MarrowError] = []
        for file in Set(RuleWindow.allCases.map(\.setting.file)).sorted() {
            let path = (cues.folder.map { $0 + "/" } ?? "") + file + ".cues"
            let named = RuleWindow.allCases.filter { $0.setting.file == file }
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
                guard let window = named.first(where: { $0.setting.name == parts[0] }) else {
                    let known = named.map(\.setting.name).joined(separator: ", ")
                    problems.append(
                        MarrowError(
                            .lexicon, "unknown window '\(parts[0])'; this file may set \(known)",
                            at: SourceLocation(path: path, line: phrase.line)))
                    continue
                }
                windows[window] = count
                seen.insert(window.setting.name)
            }
            if requireAll {
                for window in named where !seen.contains(window.setting.name) {
                    problems.append(
                        MarrowError(
                            .lexicon, "missing window '\(window.setting.name)' in [\(section)]",
                            at: SourceLocation(path: path)))
                }
            }
        }
        return (windows, problems)
    }
}
