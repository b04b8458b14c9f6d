import TapformSupport

/// An exact map from texts (lowercased addresses) to a value, in a third of the memory of a
/// `[String: Value]`, in allocations of fixed sizes. Nothing is ever removed.
///
/// - The keys' bytes lie in `KeyBytes` (64 KiB chunks), found by a 32-bit position each.
/// - The positions and the values lie in `ChunkedArray`s, in the order the keys were first added.
/// - An open-addressing table of 32-bit slots, at most 3/4 full, holds each entry's number + 1 in the
///   low bits and as many of its digest's bits as the rest leaves (15 at 100,000 entries), so that a
///   probe compares bytes almost only where the key is. When the table doubles, the digests are
///   computed again from the bytes; no digest is kept per entry.
///
/// Exact: a digest only finds the candidates; a key matches only where its bytes equal the stored ones, so
/// two addresses whose digests collide stay two entries (an address is never taken for another).
///
/// Per entry: the key's bytes and 1 length byte (2 past 127 bytes), 4 (position) + the value, and 5.3 to
/// 10.7 bytes of table: a 28-byte address with a 1-byte value takes 39 to 45 bytes, against about 130 in
/// a `[String: Value]` (a 64-byte string allocation and 32 to 64 bytes of buckets). Only the table is
/// one block that doubles (and so is freed and allocated again).
struct AddressIndex<Value> {
    private var keys = KeyBytes()
    private var positions = ChunkedArray<UInt32>()
    private var values = ChunkedArray<Value>()
    private static var initialSlotBits: Int { 4 }
    /// Entry number + 1 in the low `slotBits` bits (0 is empty), digest bits above them. Its count is
    /// 2^`slotBits`.
    private var slots: [UInt32] = Array(repeating: 0, count: 1 << initialSlotBits)
    private var slotBits = initialSlotBits
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
        for index in 0 ..< count {
            let key = keys.withKey(at: positions[index]) { String(decoding: $0, as: UTF8.self) }
            try body(key, values[index])
        }
    }

    // MARK: - The table

    /// Where probing for a key begins, and the digest bits its slot keeps.
    private struct Probe {
        var slot: Int
        let tag: UInt32
    }

    /// The digest times 2^64 / φ (Fibonacci hashing, whose top bits depend on every bit of the digest):
    /// its top `slotBits` bits are the first slot, the next `32 - slotBits` bits the tag.
    private func firstProbe(_ key: UnsafeBufferPointer<UInt8>) -> Probe {
        var hash = StableHash()
        hash.add(bytes: key)
        let mixed = (hash.value & digestMask) &* 0x9E37_79B9_7F4A_7C15
        let tag = UInt32(truncatingIfNeeded: (mixed << slotBits) >> (32 + slotBits)) << slotBits
        return Probe(slot: Int(truncatingIfNeeded: mixed >> (64 - slotBits)), tag: tag)
    }

    private var entryMask: UInt32 { UInt32(truncatingIfNeeded: (1 << slotBits) - 1) }

    private func entry(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { key in
            var probe = firstProbe(key)
            while slots[probe.slot] != 0 {
                let slot = slots[probe.slot]
                if slot & ~entryMask == probe.tag {
                    let index = Int(slot & entryMask) - 1
                    if keys.withKey(at: positions[index], { $0.elementsEqual(key) }) { return index }
                }
                probe.slot = (probe.slot + 1) & (slots.count - 1)
            }
            return nil
        }
    }

    private mutating func insert(_ key: String, _ value: Value) {
        precondition(count < Int(UInt32.max / 4 * 3), "an address index holds fewer than 3 × 2^30 addresses")
        var key = key
        key.withUTF8 { positions.append(keys.append($0)) }
        values.append(value)
        if count * 4 > slots.count * 3 {
            slotBits += 1
            // The old table goes before the new one is allocated: the slots are rebuilt from the keys.
            slots = []
            slots = Array(repeating: 0, count: 1 << slotBits)
            for index in 0 ..< count { place(index) }
        } else {
            place(count - 1)
        }
    }

    private mutating func place(_ index: Int) {
        var probe = keys.withKey(at: positions[index]) { firstProbe($0) }
        while slots[probe.slot] != 0 { probe.slot = (probe.slot + 1) & (slots.count - 1) }
        slots[probe.slot] = probe.tag | UInt32(index + 1)
    }
}

extension AddressIndex: Sendable where Value: Sendable {}
