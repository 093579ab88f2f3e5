import Foundation
import MarrowKit
import Synchronization

/// Standard error for people: diagnostics, and on a terminal one progress line that updates in
/// place (and keeps ticking while one long document is being worked on).
final class Console: Sendable {
    static let shared = Console()

    /// Whether standard error is a terminal.
    static var isTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    struct State {
        var line: String?
        var lastUpdate = Date()
        var current: RunProgress?
        var ticking = false
    }

    let state = Mutex(State())
    let terminal = Console.isTerminal

    /// Writes a message, above the progress line when there is one.
    func error(_ text: String) {
        state.withLock { state in
            if terminal, state.line != nil { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            FileHandle.standardError.write(Data(text.utf8))
            if terminal, let line = state.line { FileHandle.standardError.write(Data(line.utf8)) }
        }
    }

    /// Shows how far a run has got: one line updated in place on a terminal, else one line per step.
    func progress(_ progress: RunProgress) {
        let text = progress.line
        state.withLock { state in
            state.current = progress
            state.lastUpdate = Date()
            if terminal {
                let line = Console.fit(text)
                state.line = line
                FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
                if let total = progress.total, progress.done >= total {
                    FileHandle.standardError.write(Data("\n".utf8))
                    state.line = nil
                }
            } else {
                FileHandle.standardError.write(Data((text + "\n").utf8))
            }
        }
        if terminal { startTicking() }
    }

    /// Takes the progress line off the screen (before ordinary output).
    func clearProgress() {
        state.withLock { state in
            if terminal, state.line != nil {
                FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
                state.line = nil
            }
        }
    }

    /// Once a second, when nothing has finished for a while, says how long the work in hand has
    /// taken, so a long single document (or a long verify) is visibly alive.
    func startTicking() {
        let start = state.withLock { state -> Bool in
            if state.ticking { return false }
            state.ticking = true
            return true
        }
        guard start else { return }
        Thread.detachNewThread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 1)
                let done = state.withLock { state -> Bool in
                    guard let current = state.current, current.done < current.total ?? Int.max else { return true }
                    let quiet = Date().timeIntervalSince(state.lastUpdate)
                    if quiet >= 2 {
                        let line = Console.fit(current.working(seconds: Int(quiet)))
                        state.line = line
                        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
                    }
                    return false
                }
                if done {
                    state.withLock { $0.ticking = false }
                    return
                }
            }
        }
    }

    /// A line cut to the terminal's width.
    static func fit(_ text: String) -> String {
        var size = winsize()
        let columns = ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 100
        return text.count < columns ? text : String(text.prefix(max(10, columns - 2))) + "…"
    }
}
