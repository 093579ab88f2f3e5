import Foundation

/// Runs the built `marrow` executable the way a user does and captures what it prints (after
/// swift-argument-parser's `AssertExecuteCommand`): from the repository's root, with the
/// repository's `Lexicons/` in `MARROW_LEXICONS`.
public enum MarrowProcess {
    /// What one run printed, and how it ended.
    public struct Result: Sendable {
        /// The exit status.
        public var status: Int32
        /// Everything printed on standard output.
        public var stdout: String
        /// Everything printed on standard error.
        public var stderr: String

        /// Creates a result.
        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// The `marrow` executable the build put next to the test bundle.
    public static let executable: URL = {
        var candidates: [URL] = []
        if let bundle = Bundle.main.executableURL { candidates.append(bundle.deletingLastPathComponent()) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for folder in candidates {
            let url = folder.appendingPathComponent("marrow")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("marrow executable not found next to the test bundle (looked in \(candidates.map(\.path)))")
    }()

    /// The package root (``Repository/root``).
    public static var root: String { Repository.root }

    /// A process that would run `executable` with `arguments`, not started yet.
    ///
    /// - Parameters:
    ///   - arguments: its arguments.
    ///   - directory: its working folder.
    ///   - environment: variables set on top of this process's environment and `MARROW_LEXICONS`.
    ///   - executable: the program to start (`marrow` unless a wrapper such as `setpriv` runs it).
    public static func process(
        _ arguments: [String], in directory: String = root, environment: [String: String] = [:],
        running executable: URL = executable
    ) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var merged = ProcessInfo.processInfo.environment
        merged["MARROW_LEXICONS"] = root + "/Lexicons"
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        return process
    }

    /// Runs `marrow` to its end with `input` on standard input.
    ///
    /// - Parameters:
    ///   - arguments: the command line after `marrow`.
    ///   - directory: the working folder (the package root by default).
    ///   - environment: variables to set for the run.
    ///   - input: what to write to standard input (nothing by default; it is closed either way).
    /// - Returns: the exit status and everything printed.
    /// - Throws: when the executable cannot be started.
    public static func run(
        _ arguments: [String], in directory: String = root, environment: [String: String] = [:], input: Data? = nil
    ) throws -> Result {
        try capture(process(arguments, in: directory, environment: environment), input: input ?? Data())
    }

    /// Runs a prepared process to its end and captures its output.
    ///
    /// - Parameters:
    ///   - process: a process made by ``process(_:in:environment:running:)``, not started.
    ///   - input: what to write to standard input, or `nil` to leave it as this process's.
    /// - Returns: the exit status and everything printed.
    /// - Throws: when the process cannot be started.
    public static func capture(_ process: Process, input: Data?) throws -> Result {
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = input.map { _ in Pipe() }
        if let stdin { process.standardInput = stdin }
        try process.run()
        if let stdin, let input {
            stdin.fileHandleForWriting.write(input)
            try stdin.fileHandleForWriting.close()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder (``Repository/temporaryFolder()``).
    public static func temporaryFolder() -> String { Repository.temporaryFolder() }
}

/// Starts `marrow` without waiting for it; what it prints is thrown away.
///
/// - Parameter arguments: the command line after `marrow`.
/// - Returns: the running process.
/// - Throws: when the executable cannot be started.
public func launchMarrow(_ arguments: [String]) throws -> Process {
    let process = MarrowProcess.process(arguments)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
}

/// Runs `marrow` as an unprivileged user when the tests run as root (where file permissions do not
/// bite), so a write to a read-only knowledge base really fails.
///
/// - Parameter arguments: the command line after `marrow`.
/// - Returns: the exit status and everything printed.
/// - Throws: when the executable cannot be started.
public func runUnprivileged(_ arguments: [String]) throws -> MarrowProcess.Result {
    guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
        return try MarrowProcess.run(arguments)
    }
    let wrapper = URL(fileURLWithPath: "/usr/bin/setpriv")
    let setpriv = ["--reuid=65534", "--regid=65534", "--clear-groups", MarrowProcess.executable.path]
    return try MarrowProcess.capture(MarrowProcess.process(setpriv + arguments, in: "/", running: wrapper), input: nil)
}

/// A running `marrow` whose standard input the test writes bit by bit.
public final class StreamingMarrow: @unchecked Sendable {
    // Why @unchecked Sendable is safe: `output` is only touched under `lock`; the rest is set once
    // in init.
    /// The running process.
    public let process: Process
    /// Its standard input.
    public let input = Pipe()
    private let outputPipe = Pipe()
    private let lock = NSLock()
    private var output = Data()
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `marrow` with `arguments`, standard error thrown away.
    ///
    /// - Throws: when the executable cannot be started.
    public init(_ arguments: [String]) throws {
        process = MarrowProcess.process(arguments)
        process.standardInput = input
        process.standardOutput = outputPipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let handle = outputPipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.withLock { output.append(chunk) }
            }
            finished.signal()
        }
    }

    /// What marrow has printed so far.
    public var printed: Data { lock.withLock { output } }

    /// Waits (polling, at most `seconds`) until marrow has printed at least `lines` lines.
    public func waitForLines(_ lines: Int, seconds: Double = 120) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if printed.reduce(0, { $1 == 0x0A ? $0 + 1 : $0 }) >= lines { return true }
            usleep(20_000)
        }
        return false
    }

    /// Closes standard input and waits for marrow to finish; returns everything it printed.
    public func finish() throws -> (status: Int32, output: Data) {
        try input.fileHandleForWriting.close()
        finished.wait()
        process.waitUntilExit()
        return (process.terminationStatus, printed)
    }
}
