/// How the renderers show a changed text (a `WordDiff`), like `git diff --word-diff`: without colour the
/// changes are marked `[-old-]{+new+}`; with colour, removed text is red and added text green, unmarked.
/// Unchanged stretches can be cut to `contextWords` words next to each change, `…` standing for the rest.
/// In Markdown the whole text is kept, with `<del>` and `<ins>` around the changes.
enum TextChangeLayout {
    /// Unchanged words kept on each side of a change when a text is cut.
    static let contextWords = 4

    enum Role: Hashable { case same, removed, added, elision }

    struct Span: Hashable {
        var text: String
        var role: Role
    }

    /// The diff as spans on one line (line breaks and control characters made visible). With `cut`,
    /// unchanged stretches keep only `contextWords` words next to each change.
    static func spans(_ diff: WordDiff, cut: Bool) -> [Span] {
        var spans: [Span] = []
        for (index, part) in diff.parts.enumerated() {
            switch part {
            case .change(let old, let new):
                if !old.isEmpty { spans.append(Span(text: TextLayout.singleLine(old), role: .removed)) }
                if !new.isEmpty { spans.append(Span(text: TextLayout.singleLine(new), role: .added)) }
            case .same(let text):
                let line = TextLayout.singleLine(text)
                spans += cut ? context(line, after: index > 0, before: index < diff.parts.count - 1) : [Span(text: line, role: .same)]
            }
        }
        return spans
    }

    /// The spans as one string: markers without colour, red and green with it.
    static func inline(_ spans: [Span], style: ANSIStyle) -> String {
        fragments(spans, style).map { style.paint($0.text, $0.color) }.joined()
    }

    /// The diff in Markdown: the whole text escaped, changes in `<del>` and `<ins>` (GitHub renders both,
    /// also in tables and inside `<details>`).
    static func markdown(_ diff: WordDiff) -> String {
        spans(diff, cut: false).map { span in
            let text = MarkdownEscaping.escape(span.text)
            return switch span.role {
            case .same, .elision: text
            case .removed: "<del>" + text + "</del>"
            case .added: "<ins>" + text + "</ins>"
            }
        }.joined()
    }

    /// The spans wrapped at spaces: the first line `firstLineWidth` columns wide, the others
    /// `otherLineWidth` (a word longer than a line overflows it). Colour is closed at each line end and
    /// reopened on the next line, so a log viewer never carries it further.
    static func wrapped(_ spans: [Span], style: ANSIStyle, firstLineWidth: Int, otherLineWidth: Int) -> [String] {
        typealias Run = (text: String, color: ANSIStyle.Color?)
        var lines: [[Run]] = []
        var line: [Run] = [], used = 0, limit = firstLineWidth
        // The pieces between two places a line may break: after white space, not before a closing marker.
        var unit: [Run] = [], unitWidth = 0, trailingSpace = 0
        func flush() {
            if used > 0, used + unitWidth - trailingSpace > limit {
                // The line break stands for the white space at the end of the line.
                while let last = line.last, last.text.last == " " {
                    line[line.count - 1].text = last.text.trimmingTrailingSpaces
                    if line[line.count - 1].text.isEmpty { line.removeLast() }
                }
                lines.append(line)
                (line, used, limit) = ([], 0, otherLineWidth)
            }
            for run in unit {
                if let last = line.last, last.color == run.color {
                    line[line.count - 1].text += run.text
                } else {
                    line.append(run)
                }
            }
            used += unitWidth
            (unit, unitWidth, trailingSpace) = ([], 0, 0)
        }
        for fragment in fragments(spans, style) {
            for piece in pieces(fragment.text) {
                let isSpace = piece.first?.isWhitespace == true
                if trailingSpace > 0, !isSpace, !fragment.closing { flush() }
                let pieceWidth = TextLayout.displayWidth(piece)
                unit.append((String(piece), fragment.color))
                unitWidth += pieceWidth
                trailingSpace = isSpace ? trailingSpace + pieceWidth : 0
            }
        }
        flush()
        lines.append(line)
        return lines.map { $0.map { style.paint($0.text, $0.color) }.joined() }
    }

    /// The word diff of a changed text field: both values are texts and share words. Otherwise nil,
    /// and `old → new` reads better.
    static func wordDiff(_ field: FieldDiff) -> WordDiff? {
        guard let old = field.old?.text, let new = field.new?.text else {
            return nil
        }
        let diff = WordDiff(old: old, new: new)
        return diff.sharesWords ? diff : nil
    }

    // MARK: Pieces

    /// Text and colour, in order; without colour the markers are fragments of their own, and a closing
    /// marker stays on the line of the text it closes.
    private static func fragments(_ spans: [Span], _ style: ANSIStyle) -> [(text: String, color: ANSIStyle.Color?, closing: Bool)] {
        spans.flatMap { span -> [(text: String, color: ANSIStyle.Color?, closing: Bool)] in
            switch span.role {
            case .same, .elision: [(span.text, nil, false)]
            case .removed: style.enabled ? [(span.text, .red, false)] : [("[-", nil, false), (span.text, nil, false), ("-]", nil, true)]
            case .added: style.enabled ? [(span.text, .green, false)] : [("{+", nil, false), (span.text, nil, false), ("+}", nil, true)]
            }
        }
    }

    /// Runs of spaces and runs of anything else, for wrapping.
    private static func pieces(_ text: String) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        for index in text.indices where index > start && text[index].isWhitespace != text[text.index(before: index)].isWhitespace {
            pieces.append(text[start..<index])
            start = index
        }
        if start < text.endIndex { pieces.append(text[start...]) }
        return pieces
    }

    // MARK: Context

    /// An unchanged stretch cut to the words next to the changes on either side.
    private static func context(_ text: String, after: Bool, before: Bool) -> [Span] {
        let tokens = WordDiff.tokens(of: text)
        let limit = contextWords * wordWeight
        let total = tokens.reduce(0) { $0 + weight($1) }
        let head = after ? boundary(tokens, units: limit) : 0
        let tail = before ? tokens.count - boundary(tokens.reversed(), units: limit) : tokens.count
        let kept = (after ? limit : 0) + (before ? limit : 0)
        // Cut only when it leaves out more than a word.
        guard head < tail, total - kept > wordWeight else {
            return [Span(text: text, role: .same)]
        }
        var spans: [Span] = []
        if after { spans.append(Span(text: tokens[..<head].joined(), role: .same)) }
        let spaced = after && before && tokens[head].first?.isWhitespace == true
        spans.append(Span(text: spaced ? " … " : "…", role: .elision))
        if before { spans.append(Span(text: tokens[tail...].joined(), role: .same)) }
        return spans
    }

    /// A word of a script written with spaces counts `wordWeight`; a character of one without counts 1.
    private static let wordWeight = 2

    private static func weight(_ token: Substring) -> Int {
        guard let first = token.first, first.isLetter || first.isNumber else { return 0 }
        return token.count == 1 && WordDiff.isWrittenWithoutSpaces(first) ? 1 : wordWeight
    }

    /// How many of `tokens` make up the first `units` of words, ending where a word ends.
    private static func boundary<C: Collection<Substring>>(_ tokens: C, units limit: Int) -> Int {
        var units = 0
        var count = 0
        var previous: Substring?
        for token in tokens {
            if units >= limit, let previous, token.first?.isWhitespace == true || weight(previous) == 1 { return count }
            units += weight(token)
            previous = token
            count += 1
        }
        return count
    }
}
