import TapformSupport

/// An exact map from texts (lowercased addresses) to a small value, in less than half the memory of a
/// `[String: Value]`: the keys' UTF-8 bytes lie end to end in one array, each with its 64-bit digest
/// (`StableHash`), and an open-addressing table of 4-byte slots points at them. Nothing is ever removed.
///
/// Exact: a digest only finds the candidates; a key matches only where its bytes equal the stored ones, so
/// two addresses whose digests collide stay two entries (an address is never taken for another).
///
/// Per entry: the key's bytes, 8 (digest) + 8 (end offset) + the value, and 5.3 to 10.7 bytes of table
/// (at most 3/4 full); a 26-byte address with an `Int` takes about 55 bytes, against about 130 in a
/// `[String: Int]` (a 64-byte string allocation and 32 to 64 bytes of buckets).
struct AddressIndex<Value> {
    /// The keys' UTF-8 bytes, end to end; entry i is `bytes[end(i - 1) ..< ends[i]]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var digests: [UInt64] = []
    private var values: [Value] = []
    /// Entry index + 1 in each slot; 0 is empty. Its count is a power of two.
    private var slots: [UInt32] = Array(repeating: 0, count: 16)
    /// Kept bits of each digest: all of them, except in tests, which force collisions with fewer.
    private let digestMask: UInt64

    init() {
        digestMask = .max
    }

    /// An index whose digests keep only `digestMask`'s bits, so that distinct keys collide (for tests).
    init(digestMask: UInt64) {
        self.digestMask = digestMask
    }

    /// The number of distinct keys.
    var count: Int { values.count }

    /// The value stored for `key`, or nil. Setting replaces it or adds the key (a nil value is ignored:
    /// keys are never removed).
    subscript(key: String) -> Value? {
        get { entry(of: key).map { values[$0] } }
        set {
            guard let newValue else { return }
            if let found = entry(of: key) {
                values[found] = newValue
            } else {
                insert(key, newValue)
            }
        }
    }

    /// Every key and its value, in the order the keys were first added.
    func forEach(_ body: (String, Value) throws -> Void) rethrows {
        for index in values.indices {
            try body(String(decoding: bytes[start(index) ..< ends[index]], as: UTF8.self), values[index])
        }
    }

    // MARK: - The table

    private func start(_ index: Int) -> Int { index == 0 ? 0 : ends[index - 1] }

    private func digest(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = StableHash()
        hash.add(bytes: key)
        return hash.value & digestMask
    }

    /// The slot where probing for `digest` begins: the top bits of the digest times 2^64 / φ (Fibonacci
    /// hashing), which depend on every bit of the digest.
    private func home(_ digest: UInt64) -> Int {
        Int(truncatingIfNeeded: (digest &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slots.count.trailingZeroBitCount))
    }

    private func entry(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { key in
            let wanted = digest(key)
            var slot = home(wanted)
            while slots[slot] != 0 {
                let index = Int(slots[slot] - 1)
                if digests[index] == wanted, bytes[start(index) ..< ends[index]].elementsEqual(key) { return index }
                slot = (slot + 1) & (slots.count - 1)
            }
            return nil
        }
    }

    private mutating func insert(_ key: String, _ value: Value) {
        precondition(values.count < Int(UInt32.max) - 1, "an address index holds fewer than 2^32 addresses")
        var key = key
        digests.append(key.withUTF8 { digest($0) })
        bytes.append(contentsOf: key.utf8)
        ends.append(bytes.count)
        values.append(value)
        if values.count * 4 > slots.count * 3 {
            slots = Array(repeating: 0, count: slots.count * 2)
            for index in values.indices { place(index) }
        } else {
            place(values.count - 1)
        }
    }

    private mutating func place(_ index: Int) {
        var slot = home(digests[index])
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = UInt32(index + 1)
    }
}

extension AddressIndex: Sendable where Value: Sendable {}
