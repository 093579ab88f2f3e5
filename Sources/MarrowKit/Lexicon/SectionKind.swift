/// What a section of an article is about, read from its heading through `Lexicons/sections.cues`.
public enum SectionKind: String, Codable, Sendable, CaseIterable {
    case cause, treatment, symptom, diagnosis, prevention, outlook, types, definition, general

    /// The role a concept takes by default inside such a section, if any.
    public var role: Role? {
        switch self {
        case .cause: return .cause
        case .treatment: return .treatment
        case .symptom: return .symptom
        case .diagnosis: return .diagnostic
        default: return nil
        }
    }
}
