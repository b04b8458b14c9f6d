import Testing
@testable import TapformInvite

@Suite("Address index")
struct AddressIndexTests {
    /// Distinct addresses, some of them non-ASCII, of several lengths.
    private static func addresses(_ count: Int) -> [String] {
        (0..<count).map { number in
            switch number % 4 {
            case 0: "candidate\(number)@example.com"
            case 1: "ünïcödé.\(number)@exämple.org"
            case 2: "\(number)@x.io"
            default: String(repeating: "a", count: number % 200) + "\(number)@long.example.com"
            }
        }
    }

    /// The index against a dictionary, over inserts, updates and lookups of present and absent keys.
    private func checkAgainstDictionary(_ index: inout AddressIndex<Int>, count: Int) {
        let keys = Self.addresses(count)
        var model: [String: Int] = [:]
        for (number, key) in keys.enumerated() {
            index[key] = number
            model[key] = number
            // Every third key is updated right away, and one earlier key again.
            if number % 3 == 0 {
                index[key] = -number
                model[key] = -number
                index[keys[number / 2]] = number * 7
                model[keys[number / 2]] = number * 7
            }
        }
        #expect(index.count == model.count)
        var mismatches = 0
        for key in keys where index[key] != model[key] { mismatches += 1 }
        #expect(mismatches == 0)
        for absent in ["nobody@example.com", "CANDIDATE0@example.com", "candidate0@example.co", "", "candidate0@example.comx"] {
            #expect(index[absent] == nil)
        }
        var seen: [String: Int] = [:]
        index.forEach { key, value in seen[key] = value }
        let forEachGivesEveryKeyWithItsValue = seen == model
        #expect(forEachGivesEveryKeyWithItsValue)
    }

    @Test func matchesADictionary() {
        var index = AddressIndex<Int>()
        checkAgainstDictionary(&index, count: 20_000)
    }

    /// With digests cut to 2 bits, every key collides with a quarter of the others: a key is found only
    /// where its bytes are equal, never taken for another with the same digest.
    @Test func collidingDigestsNeverConfuseTwoAddresses() {
        var index = AddressIndex<Int>(digestMask: 0b11)
        checkAgainstDictionary(&index, count: 1_500)
    }

    /// Every key collides with every other: the table is one long run of equal digests.
    @Test func allDigestsEqualStillFindsEachAddress() {
        var index = AddressIndex<Int>(digestMask: 0)
        checkAgainstDictionary(&index, count: 600)
    }

    /// Keys of up to 500 bytes, and some longer than a chunk of key bytes, fill about 70 chunks; the
    /// positions and values cross their chunks' boundaries; the table doubles ten times.
    @Test func growsAcrossManyChunkBoundaries() {
        var index = AddressIndex<Int>()
        var model: [String: Int] = [:]
        var order: [String] = []
        for number in 0 ..< 12_000 {
            let length = number % 500 == 7 ? KeyBytes.chunkSize + number : (number * 37) % 500
            let key = String(repeating: "x", count: length) + "\(number)@example.com"
            index[key] = number
            model[key] = number
            order.append(key)
        }
        for (number, key) in order.enumerated() where number % 5 == 0 {
            index[key] = -number
            model[key] = -number
        }
        #expect(index.count == 12_000)
        var mismatches = 0
        for key in order where index[key] != model[key] { mismatches += 1 }
        #expect(mismatches == 0)
        var seen: [String] = []
        index.forEach { key, value in
            seen.append(key)
            if value != model[key] { mismatches += 1 }
        }
        #expect(seen == order)
        #expect(mismatches == 0)
    }

    @Test func aNilValueNeitherAddsNorRemoves() {
        var index = AddressIndex<Int>()
        index["a@example.com"] = 1
        index["a@example.com"] = nil
        index["b@example.com"] = nil
        #expect(index["a@example.com"] == 1)
        #expect(index["b@example.com"] == nil)
        #expect(index.count == 1)
    }

    @Test func forEachKeepsTheOrderOfFirstInsertion() {
        var index = AddressIndex<String>()
        for key in ["c@x.io", "a@x.io", "b@x.io", "a@x.io"] { index[key] = key.uppercased() }
        var order: [String] = []
        index.forEach { key, value in
            #expect(value == key.uppercased())
            order.append(key)
        }
        #expect(order == ["c@x.io", "a@x.io", "b@x.io"])
    }
}
