#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal mutex on top of a pthread mutex (Foundation-free).
final class PthreadLock: @unchecked Sendable {
    private let m: UnsafeMutablePointer<pthread_mutex_t>
    init() { m = .allocate(capacity: 1); pthread_mutex_init(m, nil) }
    deinit { pthread_mutex_destroy(m); m.deallocate() }
    func run<R>(_ body: () -> R) -> R { pthread_mutex_lock(m); defer { pthread_mutex_unlock(m) }; return body() }
}
