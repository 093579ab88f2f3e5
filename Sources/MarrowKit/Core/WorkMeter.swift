import Foundation

/// Counts the units of work the pipeline's inner loops do (bytes scanned, tokens visited,
/// candidates compared), so tests can check that work grows in proportion to the input without
/// timing anything.
///
/// Debug builds only: in release builds ``count(_:_:)`` is empty and inlines away. A tally is
/// installed for the duration of ``measure(_:)``, as a task-local value, so concurrent tests do
/// not see each other's counts.
enum WorkMeter {
    /// The pipeline stage a count belongs to.
    enum Stage: Int, CaseIterable, Sendable {
        case clean, segment, match, records
    }

    /// Adds `units` to `stage` in the tally being measured, if any.
    @inline(__always)
    static func count(_ stage: Stage, _ units: Int = 1) {
        #if DEBUG
            Tally.current?.add(stage, units)
        #endif
    }

    #if DEBUG
        /// A tally of work per stage.
        ///
        /// `@unchecked Sendable`: the counts are only read and written under `lock`.
        final class Tally: @unchecked Sendable {
            @TaskLocal static var current: Tally?
            private let lock = NSLock()
            private var counts = [Int](repeating: 0, count: Stage.allCases.count)

            func add(_ stage: Stage, _ units: Int) {
                lock.lock()
                counts[stage.rawValue] += units
                lock.unlock()
            }

            var snapshot: [Stage: Int] {
                lock.lock()
                defer { lock.unlock() }
                return Dictionary(uniqueKeysWithValues: Stage.allCases.map { ($0, counts[$0.rawValue]) })
            }
        }

        /// Runs `body` and returns its result with the work it did, per stage.
        static func measure<T>(_ body: () throws -> T) rethrows -> (result: T, work: [Stage: Int]) {
            let tally = Tally()
            let result = try Tally.$current.withValue(tally) { try body() }
            return (result, tally.snapshot)
        }
    #endif
}
