import Foundation

/// The `URLError.userInfo` key of libcurl's own error code, for `--debug` (`NetworkErrorText.debugDetail`).
enum CurlErrorKey {
    static let code = "CURLcode"
}

#if os(Linux)
import CTapformCurl
import FoundationNetworking

/// One libcurl multi handle for the whole process and the thread that runs it: transfers are handed over
/// under a lock, the thread adds them, runs libcurl until they finish and resumes their callers. The
/// connection cache is the multi handle's, so every request of the process can reuse a kept-alive
/// connection to the same host. Cancelling the caller's task removes its transfer at once.
final class CurlEngine: @unchecked Sendable {
    /// The process's engine, or nil when libcurl cannot be loaded.
    static let shared: CurlEngine? = CurlEngine()

    /// Connections kept alive for reuse: one per request the gate can let through at once.
    static let keptConnections = ConcurrencyLimit.largestMaximum

    /// A finished transfer's status, body and header lines.
    typealias Answer = (status: Int, body: Data, headers: String)

    /// One transfer and its caller, owned by the engine once handed over.
    final class Transfer: @unchecked Sendable {
        let raw: OpaquePointer
        fileprivate var continuation: CheckedContinuation<Answer, any Error>?
        fileprivate var cancelled = false

        init(_ raw: OpaquePointer) { self.raw = raw }
        deinit { tf_transfer_free(raw) }
    }

    private let multi: OpaquePointer
    private let lock = NSLock()
    // Guarded by `lock`: what the loop must add or remove next.
    private var queued: [Transfer] = []
    private var cancelling: [Transfer] = []
    // The loop thread's own: the transfers libcurl is running, by their handle.
    private var running: [OpaquePointer: Transfer] = [:]

    /// tapform uses `shared` alone. A test that counts connections makes an engine of its own, with a
    /// connection cache no other test touches (its thread lives as long as the process).
    init?() {
        guard let multi = tf_multi_new(CurlEngine.keptConnections) else { return nil }
        self.multi = multi
        let thread = Thread { [unowned self] in self.loop() }
        thread.name = "tapform.curl"
        thread.start()
    }

    /// Runs `transfer` and returns its status, body and header lines; throws a `URLError` when it got no
    /// answer, `CancellationError` when the calling task was cancelled.
    func perform(_ transfer: Transfer) async throws -> Answer {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let refused = lock.withLock { () -> Bool in
                    if transfer.cancelled { return true }
                    transfer.continuation = continuation
                    queued.append(transfer)
                    return false
                }
                if refused {
                    continuation.resume(throwing: CancellationError())
                } else {
                    tf_multi_wakeup(multi)
                }
            }
        } onCancel: {
            lock.withLock {
                transfer.cancelled = true
                cancelling.append(transfer)
            }
            tf_multi_wakeup(multi)
        }
    }

    private func loop() {
        while true {
            let (adding, removing) = lock.withLock { () -> ([(Transfer, cancelled: Bool)], [Transfer]) in
                defer { queued = []; cancelling = [] }
                return (queued.map { ($0, $0.cancelled) }, cancelling)
            }
            // A transfer cancelled from here on is in `cancelling` at the next turn.
            for (transfer, cancelled) in adding {
                if cancelled {
                    finish(transfer, .failure(CancellationError()))
                } else if tf_multi_add(multi, transfer.raw) == 0 {
                    running[transfer.raw] = transfer
                } else {
                    finish(transfer, .failure(URLError(.unknown)))
                }
            }
            for transfer in removing where running.removeValue(forKey: transfer.raw) != nil {
                tf_multi_remove(multi, transfer.raw)
                tf_transfer_release_handle(transfer.raw)
                finish(transfer, .failure(CancellationError()))
            }
            _ = tf_multi_perform(multi)
            var done: OpaquePointer?
            var code: Int32 = 0
            while tf_multi_next_done(multi, &done, &code) == 1 {
                guard let done, let transfer = running.removeValue(forKey: done) else { continue }
                tf_multi_remove(multi, done)
                let result: Result<Answer, any Error> = code == 0 ? .success(Self.answer(of: done)) : .failure(Self.error(code, done))
                tf_transfer_release_handle(done)
                finish(transfer, result)
            }
            _ = tf_multi_poll(multi, 1000)
        }
    }

    private func finish(_ transfer: Transfer, _ result: Result<Answer, any Error>) {
        let continuation = lock.withLock { () -> CheckedContinuation<Answer, any Error>? in
            defer { transfer.continuation = nil }
            return transfer.continuation
        }
        continuation?.resume(with: result)
    }

    private static func answer(of raw: OpaquePointer) -> Answer {
        var length = 0
        let body = tf_transfer_body(raw, &length).map { Data(bytes: $0, count: length) } ?? Data()
        var headerLength = 0
        let headers = tf_transfer_headers(raw, &headerLength).map { String(cString: $0) } ?? ""
        return (tf_transfer_status(raw), body, headers)
    }

    /// libcurl's failure as the `URLError` that tapform's retry and wording rules read
    /// (`NetworkErrorText`): whether the request can have reached the server is what matters.
    static func error(_ code: Int32, _ raw: OpaquePointer) -> URLError {
        let detail = String(cString: tf_transfer_error(raw))
        let library = String(cString: tf_curl_strerror(code))
        let info = [NSLocalizedDescriptionKey: detail.isEmpty ? library : detail, CurlErrorKey.code: "\(code)"]
        return URLError(urlErrorCode(code), userInfo: info)
    }

    static func urlErrorCode(_ code: Int32) -> URLError.Code {
        switch code {
        case 1: return .unsupportedURL                       // CURLE_UNSUPPORTED_PROTOCOL
        case 3: return .badURL                               // CURLE_URL_MALFORMAT
        case 5, 6: return .cannotFindHost                    // CURLE_COULDNT_RESOLVE_PROXY, _HOST
        case 7: return .cannotConnectToHost                  // CURLE_COULDNT_CONNECT
        case 28: return .timedOut                            // CURLE_OPERATION_TIMEDOUT
        case 35: return .secureConnectionFailed              // CURLE_SSL_CONNECT_ERROR
        case 58, 60, 77, 83, 90: return .serverCertificateUntrusted // certificate problems
        case 8, 16: return .badServerResponse                // CURLE_WEIRD_SERVER_REPLY, CURLE_HTTP2
        case 61: return .cannotDecodeContentData             // CURLE_BAD_CONTENT_ENCODING
        // The connection closed or failed once the request may have been sent, or libcurl would have had
        // to send it again (CURLE_SEND_FAIL_REWIND): the server may have applied it.
        case 18, 52, 55, 56, 65: return .networkConnectionLost
        case 42: return .cancelled                           // CURLE_ABORTED_BY_CALLBACK
        default: return .unknown
        }
    }
}
#endif
