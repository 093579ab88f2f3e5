import Synchronization

/// The classification workspaces of a classifier that classifies documents one after another on
/// a few threads at once (`extract`'s workers): each document takes one (``take()``), refills its
/// tables in place and gives it back (``give(_:)``), so the tables keep their storage from
/// document to document instead of being allocated and freed each time.
///
/// A document never sees what another left in a workspace: every table is emptied before it is
/// filled (see ``ClassificationWorkspace``). At most ``limit`` workspaces are kept (as many as
/// threads classify at once, in practice); each keeps the storage of the largest document it held.
final class ClassificationWorkspacePool: Sendable {
    /// The most workspaces kept.
    static let limit = 16
    private let free = Mutex<[ClassificationWorkspace]>([])

    /// Creates an empty pool.
    init() {}

    /// A kept workspace, or a new one when none is free.
    func take() -> ClassificationWorkspace {
        free.withLock { $0.popLast() } ?? ClassificationWorkspace()
    }

    /// Keeps `workspace` for a later document (unless ``limit`` are kept already).
    func give(_ workspace: ClassificationWorkspace) {
        free.withLock { kept in
            if kept.count < Self.limit { kept.append(workspace) }
        }
    }

    /// How many workspaces are free now.
    var count: Int { free.withLock { $0.count } }
}
