import Foundation

/// How many inputs a property test tries: its own count times `MARROW_PROPERTY_SCALE` (a whole
/// number, default 1). CI runs the counts as written; a hunt for rare failures runs, for
/// example, `MARROW_PROPERTY_SCALE=20 swift test --filter HTMLProvenance`.
public enum PropertyRuns {
    /// The scale read from the environment once; a value that is not a positive whole number
    /// counts as 1.
    public static let scale: Int = {
        guard let text = ProcessInfo.processInfo.environment["MARROW_PROPERTY_SCALE"], let value = Int(text),
            value > 0
        else { return 1 }
        return value
    }()

    /// `count` times the scale.
    public static func scaled(_ count: Int) -> Int {
        count * scale
    }
}
