/// glibc's allocator gives each thread that allocates its own arena (up to 8 per core), and an arena
/// whose memory was freed keeps its pages. tapform's requests run on many short-lived dispatch and
/// libcurl threads, so a long invite run kept touching new arena pages: peak memory grew by about
/// 0.75 KB per invite (0.18 KB with one arena), while the heap in use stayed near 3 MB (heaptrack).
/// tapform spends its time waiting for the network, so one shared arena costs no measurable speed.
enum MallocArenas {
    /// The arenas allowed.
    static let allowed: Int32 = 1

    /// Limits the allocator's arenas; call first thing in `main`, before any thread starts.
    static func limit() {
        #if os(Linux) && canImport(Glibc)
        _ = glibcMallopt(mArenaMax, allowed)
        #endif
    }
}

#if os(Linux) && canImport(Glibc)
/// `M_ARENA_MAX` of glibc's `<malloc.h>`, which the Glibc module does not import.
private let mArenaMax: Int32 = -8

/// glibc's `int mallopt(int param, int value)`, declared here for the same reason.
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
