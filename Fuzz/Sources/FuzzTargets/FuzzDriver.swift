import CFuzzDriver
import Foundation

/// The harness of this process. libFuzzer calls the input callback on one thread, one input at a
/// time, and the exit handler runs after the last call, so nothing touches it concurrently; C
/// callbacks cannot capture context, hence a global.
nonisolated(unsafe) private var harness: Harness?

/// The command line of `marrow-fuzz`: picks the target, reads the pending list, hands the rest
/// of the arguments to libFuzzer.
public enum FuzzDriver {
    static let usage = """
        usage: marrow-fuzz TARGET [--pending FILE] [libFuzzer flags] [CORPUS…]

        Runs one fuzz target under libFuzzer. Invariants listed in the pending file (default
        Fuzz/pending.txt) are known open findings: they are counted and reported at exit, not
        treated as crashes. Any other broken invariant aborts, so libFuzzer saves the input.

        targets:
        \(FuzzTarget.all.map { "  \($0.name): \($0.summary)" }.joined(separator: "\n"))

        """

    /// Runs the fuzzer as `arguments` say and exits with libFuzzer's status.
    public static func main(_ arguments: [String]) -> Never {
        var arguments = arguments
        guard arguments.count >= 2, let target = FuzzTarget.named(arguments[1]) else {
            FileHandle.standardError.write(Data(usage.utf8))
            exit(64)
        }
        arguments.remove(at: 1)
        var pendingPath = Shared.root + "/Fuzz/pending.txt"
        if let flag = arguments.firstIndex(of: "--pending"), flag + 1 < arguments.count {
            pendingPath = arguments[flag + 1]
            arguments.removeSubrange(flag...(flag + 1))
        }
        harness = Harness(target: target, pending: Harness.readPending(pendingPath))
        atexit {
            if let harness { FileHandle.standardError.write(Data(harness.pendingSummary.utf8)) }
        }
        var argc = Int32(arguments.count)
        var cStrings: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let status = cStrings.withUnsafeMutableBufferPointer { buffer -> Int32 in
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
            return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
                harness?.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
                return 0
            }
        }
        exit(status)
    }
}
