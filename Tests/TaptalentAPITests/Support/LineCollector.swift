import Foundation
import TaptalentAPI

/// Collects debug lines.
final class LineCollector: Sendable {
    private let stored = Locked<[String]>([])
    var lines: [String] { stored.withLock { $0 } }
    var sink: @Sendable (String) -> Void { { line in self.stored.withLock { $0.append(line) } } }
}
