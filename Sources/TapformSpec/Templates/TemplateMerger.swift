import TaptalentContract

/// How a file (or template) is laid over what it extends:
/// - mappings merge key by key, recursively; the overlay wins;
/// - lists and scalars replace;
/// - `questions` as a list replaces the inherited questions; `questions: {prepend: [...], append: [...]}` keeps
///   them and adds before / after;
/// - `questions` and `generate` are one slot: whichever the more specific file sets wins (setting both in one
///   file is an error reported later);
/// - `extends` and `version` are never inherited.
enum TemplateMerger {
    static let notInherited: Set<String> = [AssessmentFields.extends.key, AssessmentFields.version.key]

    static func overlay(_ top: YMapping, onto base: YMapping?) -> YMapping {
        let questionsKey = AssessmentFields.questions.key, generateKey = AssessmentFields.generate.key
        var result = base?.removing(notInherited) ?? YMapping(entries: [], location: top.location)
        result.location = top.location
        let topQuestions = top.entry(questionsKey)
        let topSetsList = topQuestions.map { editForm($0.value) == nil } ?? false
        if top.entry(generateKey) != nil && topQuestions == nil { result.remove(questionsKey) }
        if topSetsList && top.entry(generateKey) == nil { result.remove(generateKey) }
        for entry in top.entries {
            if entry.key == questionsKey {
                result.set(mergeQuestions(entry, inherited: result.entry(questionsKey)))
            } else {
                merge(entry, into: &result)
            }
        }
        return result
    }

    private static func mergeMappings(_ top: YMapping, onto base: YMapping) -> YMapping {
        var result = base
        result.location = top.location
        for entry in top.entries { merge(entry, into: &result) }
        return result
    }

    /// Sets `entry` in `result`: a mapping over an inherited mapping merges into it, key by key; anything
    /// else replaces what was inherited.
    private static func merge(_ entry: YEntry, into result: inout YMapping) {
        guard case .mapping(let topMapping) = entry.value,
              let inherited = result.entry(entry.key), case .mapping(let baseMapping) = inherited.value
        else { return result.set(entry) }
        var merged = entry
        merged.value = .mapping(mergeMappings(topMapping, onto: baseMapping))
        result.set(merged)
    }

    /// The `{prepend, append}` lists when `value` is that form (a mapping holding only those keys).
    static func editForm(_ value: YValue) -> (prepend: [YValue], append: [YValue])? {
        guard case .mapping(let mapping) = value,
              mapping.entries.allSatisfy({ QuestionEditFields.all.contains($0.key) }) else { return nil }
        let prepend = mapping.value(QuestionEditFields.prepend)?.sequence?.items ?? []
        let append = mapping.value(QuestionEditFields.append)?.sequence?.items ?? []
        return (prepend, append)
    }

    /// List over anything: the list. Edit form over a list: the list edited. Edit form over edit form (or
    /// nothing): one edit form, combined, so that `extends: [a, b]` with `b` appending appends to `a`'s list.
    private static func mergeQuestions(_ top: YEntry, inherited: YEntry?) -> YEntry {
        guard let edit = editForm(top.value), let inherited else { return top }
        var merged = top
        if let inheritedEdit = editForm(inherited.value) {
            merged.value = editValue(prepend: edit.prepend + inheritedEdit.prepend,
                                     append: inheritedEdit.append + edit.append, at: top.value.location)
        } else {
            let base = inherited.value.sequence?.items ?? []
            merged.value = .sequence(YSequence(items: edit.prepend + base + edit.append, location: top.value.location))
        }
        return merged
    }

    private static func editValue(prepend: [YValue], append: [YValue], at location: SourceLocation) -> YValue {
        let entries = [
            YEntry(key: QuestionEditFields.prepend, keyLocation: location, value: .sequence(YSequence(items: prepend, location: location))),
            YEntry(key: QuestionEditFields.append, keyLocation: location, value: .sequence(YSequence(items: append, location: location))),
        ]
        return .mapping(YMapping(entries: entries, location: location))
    }

    /// After the whole chain is merged, an edit form with nothing under it becomes a plain list.
    static func finish(_ tree: YMapping) -> YMapping {
        guard let entry = tree.entry(AssessmentFields.questions.key), let edit = editForm(entry.value) else { return tree }
        var result = tree
        var finished = entry
        finished.value = .sequence(YSequence(items: edit.prepend + edit.append, location: entry.value.location))
        result.set(finished)
        return result
    }
}
