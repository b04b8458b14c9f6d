import Testing
@testable import TapformPlan
import TapformSupport

@Suite("Word diff")
struct WordDiffTests {
    private let german = "Stellen Sie sich vor, ein wichtiger Kunde meldet kurz vor Feierabend einen Ausfall, den Ihr Team "
        + "verursacht hat, und Ihre Vorgesetzte ist nicht erreichbar. Wie gehen Sie vor?"

    private func plain(_ diff: WordDiff, cut: Bool) -> String {
        TextChangeLayout.inline(TextChangeLayout.spans(diff, cut: cut), style: ANSIStyle(enabled: false))
    }

    @Test func oneWordAddedNearTheEndOfALongText() {
        let edited = german.replacingOccurrences(of: "Wie gehen Sie vor?", with: "Wie gehen Sie konkret vor?")
        let diff = WordDiff(old: german, new: edited)
        #expect(diff.parts.count == 3)
        #expect(diff.parts[1] == .change(old: "", new: "konkret "))
        #expect(plain(diff, cut: true) == "…erreichbar. Wie gehen Sie {+konkret +}vor?")
        #expect(plain(diff, cut: false) == german.replacingOccurrences(of: "Sie vor?", with: "Sie {+konkret +}vor?"))
    }

    @Test func aRewrittenPhraseIsOneChange() {
        let diff = WordDiff(old: "Describe one two three four times.", new: "Describe one five six four times.")
        #expect(diff.parts == [.same("Describe one "), .change(old: "two three", new: "five six"), .same(" four times.")])
        #expect(plain(diff, cut: false) == "Describe one [-two three-]{+five six+} four times.")
    }

    @Test func changesFarApartKeepTheirContextAndElideTheMiddle() {
        let middle = (1...30).map { "word\($0)" }.joined(separator: " ")
        let diff = WordDiff(old: "Alpha beta \(middle) gamma delta.", new: "Alpha BETA \(middle) gamma DELTA.")
        #expect(plain(diff, cut: true) == "Alpha [-beta-]{+BETA+} word1 word2 word3 word4 … word28 word29 word30 gamma [-delta-]{+DELTA+}.")
    }

    @Test func punctuationIsItsOwnToken() {
        let diff = WordDiff(old: "How do you scale it?", new: "How do you scale it, and why?")
        #expect(plain(diff, cut: false) == "How do you scale it{+, and why+}?")
    }

    @Test func equalAndEmptyTexts() {
        #expect(WordDiff(old: "Same text.", new: "Same text.").parts == [.same("Same text.")])
        #expect(WordDiff(old: "", new: "New.").parts == [.change(old: "", new: "New.")])
        #expect(WordDiff(old: "Old.", new: "").parts == [.change(old: "Old.", new: "")])
        #expect(WordDiff(old: "", new: "").parts.isEmpty)
        #expect(!WordDiff(old: "Alpha beta", new: "Gamma delta").sharesWords)
        #expect(WordDiff(old: "Alpha beta", new: "Alpha delta").sharesWords)
    }

    @Test func combiningMarksStayWithTheirLetter() {
        let diff = WordDiff(old: "Cafe\u{301} au lait, s'il vous plai\u{302}t", new: "Cafe\u{301} noir, s'il vous plai\u{302}t")
        #expect(diff.parts == [.same("Cafe\u{301} "), .change(old: "au lait", new: "noir"), .same(", s'il vous plai\u{302}t")])
        // A mark added to a letter changes that word, not a lone mark.
        let accent = WordDiff(old: "resume the work", new: "resume\u{301} the work")
        #expect(accent.parts == [.change(old: "resume", new: "resume\u{301}"), .same(" the work")])
    }

    @Test func scriptsWithoutSpacesFallBackToCharacters() {
        let chinese = WordDiff(old: "我喜欢吃苹果。", new: "我喜欢吃香蕉。")
        #expect(chinese.parts == [.same("我喜欢吃"), .change(old: "苹果", new: "香蕉"), .same("。")])
        let japanese = WordDiff(old: "東京に住んでいます", new: "大阪に住んでいます")
        #expect(japanese.parts == [.change(old: "東京", new: "大阪"), .same("に住んでいます")])
        let thai = WordDiff(old: "สวัสดีครับ", new: "สวัสดีค่ะ")
        #expect(thai.old == "สวัสดีครับ" && thai.new == "สวัสดีค่ะ")
        #expect(thai.parts.first == .same("สวัสดี"))
    }

    @Test func longTextsWithoutSpacesAreCutByCharacters() {
        let text = String(repeating: "我们的团队需要一个新的数据库方案", count: 4)
        let diff = WordDiff(old: text + "请说明原因。", new: text + "请详细说明原因。")
        let shown = plain(diff, cut: true)
        #expect(shown.hasPrefix("…") && shown.hasSuffix("请{+详细+}说明原因。"))
        #expect(shown.count < 30)
    }

    @Test func emojiAreWholeCharacters() {
        let diff = WordDiff(old: "Great work 👍 team 👨‍👩‍👧", new: "Great work 👍🏽 team 👨‍👩‍👧‍👦")
        #expect(diff.parts == [.same("Great work "), .change(old: "👍", new: "👍🏽"), .same(" team "),
                               .change(old: "👨‍👩‍👧", new: "👨‍👩‍👧‍👦")])
    }

    @Test func partsRebuildBothTexts() {
        var rng = SplitMix64(seed: 7)
        let words = ["the", "team", "déjà", "vu", "数据", "库", "👍", "?", ",", "  ", "\n", "naïve", "e\u{301}"]
        for _ in 0..<300 {
            let old = (0..<Int.random(in: 0...40, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
            var new = old.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            for _ in 0..<Int.random(in: 0...5, using: &rng) where !new.isEmpty {
                new[Int.random(in: 0..<new.count, using: &rng)] = words.randomElement(using: &rng)!
            }
            let diff = WordDiff(old: old, new: new.joined(separator: " "))
            #expect(diff.old == old && diff.new == new.joined(separator: " "))
            // Parts alternate: no two unchanged stretches or two changes next to each other.
            let kinds = diff.parts.map { if case .same = $0 { true } else { false } }
            #expect(zip(kinds, kinds.dropFirst()).allSatisfy { $0 != $1 }, "\(diff.parts)")
        }
    }

    /// Two 1,000-character texts with scattered edits: exact, and a small number of changes (the
    /// speed is printed by `tapform-bench`).
    @Test func thousandCharacterTexts() {
        let sentence = "Explain how you would migrate a large PostgreSQL table without downtime. "
        let old = String(String(repeating: sentence, count: 14).prefix(1_000))
        let new = old.replacingOccurrences(of: "large", with: "huge")
        let diff = WordDiff(old: old, new: new)
        #expect(diff.old == old && diff.new == new)
        #expect(diff.parts.filter { if case .change = $0 { true } else { false } }.count == 14)
    }

    /// Beyond the alignment limit the differing middle is one change: still exact.
    @Test func textsBeyondTheAlignmentLimitAreOneChange() {
        let old = (0..<3_000).map { "a\($0)" }.joined(separator: " ")
        let new = (0..<3_000).map { "b\($0)" }.joined(separator: " ")
        let diff = WordDiff(old: "Start " + old + " end.", new: "Start " + new + " end.")
        #expect(diff.parts.count == 3)
        #expect(diff.old == "Start " + old + " end." && diff.new == "Start " + new + " end.")
    }

    @Test func colourMarksWithoutMarkers() {
        let diff = WordDiff(old: "Wie gehen Sie vor?", new: "Wie gehen Sie konkret vor?")
        let coloured = TextChangeLayout.inline(TextChangeLayout.spans(diff, cut: true), style: ANSIStyle(enabled: true))
        #expect(coloured == "Wie gehen Sie \u{1B}[32mkonkret \u{1B}[0mvor?")
        let removed = TextChangeLayout.inline(TextChangeLayout.spans(WordDiff(old: "a b c", new: "a c"), cut: false),
                                              style: ANSIStyle(enabled: true))
        #expect(removed == "a \u{1B}[31mb \u{1B}[0mc")
    }

    @Test func markdownKeepsTheWholeTextAndEscapesIt() {
        let diff = WordDiff(old: german + " <b>*x*</b>", new: german.replacingOccurrences(of: "Sie vor", with: "Sie konkret vor") + " <b>*y*</b>")
        let markdown = TextChangeLayout.markdown(diff)
        #expect(markdown.hasPrefix("Stellen Sie sich vor, ein wichtiger Kunde"))
        #expect(markdown.contains("Wie gehen Sie <ins>konkret </ins>vor?"))
        #expect(markdown.contains("&#60;b&#62;&#42;<del>x</del><ins>y</ins>&#42;&#60;/b&#62;"))
        #expect(!markdown.contains("<b>"))
    }

    @Test func controlCharactersStayVisible() {
        let diff = WordDiff(old: "Line one\u{1B}[2J", new: "Line two\u{1B}[2J")
        #expect(plain(diff, cut: false) == "Line [-one-]{+two+}\\u{1B}[2J")
    }

    @Test func wrappingKeepsEveryLineWithinTheWidthAndMarkersWithTheirText() {
        let edited = german.replacingOccurrences(of: "Kunde", with: "Großkunde").replacingOccurrences(of: "Sie vor?", with: "Sie konkret vor?")
        let spans = TextChangeLayout.spans(WordDiff(old: german, new: edited), cut: false)
        for width in [24, 33, 47, 80] {
            let lines = TextChangeLayout.wrapped(spans, style: ANSIStyle(enabled: false), firstLineWidth: width, otherLineWidth: width)
            #expect(lines.allSatisfy { TextLayout.displayWidth($0.trimmingTrailingSpaces) <= width }, "\(width): \(lines)")
            #expect(lines.allSatisfy { !$0.hasPrefix("+}") && !$0.hasPrefix("-]") }, "\(width): \(lines)")
            // Each break stands for the space it replaces.
            #expect(lines.joined(separator: " ") == TextChangeLayout.inline(spans, style: ANSIStyle(enabled: false)))
        }
        let coloured = TextChangeLayout.wrapped(spans, style: ANSIStyle(enabled: true), firstLineWidth: 30, otherLineWidth: 30)
        // Every line closes the colour it opens.
        #expect(coloured.allSatisfy { $0.components(separatedBy: "\u{1B}[3").count == $0.components(separatedBy: "\u{1B}[0m").count })
    }

    @Test func wideCharactersCountTwoColumns() {
        #expect(TextLayout.displayWidth("abc") == 3)
        #expect(TextLayout.displayWidth("数据库") == 6)
        #expect(TextLayout.displayWidth("e\u{301}") == 1)
        #expect(TextLayout.displayWidth("👍🏽") == 2)
        #expect(TextLayout.clip("数据库数据库", toColumns: 7) == "数据库…")
    }
}
