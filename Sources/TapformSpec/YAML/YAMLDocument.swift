import Foundation
import Yams
import TaptalentContract

/// Reads one YAML file into a positioned tree, turning every way it can fail into diagnostics: size,
/// encoding, syntax (with line and column), tabs, duplicate keys, several documents, an empty file, aliases,
/// depth. Never throws, never traps on input.
enum YAMLDocument {
    struct Parsed {
        /// The decoded text, when the bytes were readable.
        var text: String?
        /// The top-level mapping, when the file parsed and its top level is a mapping.
        var root: YMapping?
    }

    static func parse(_ data: Data, file: String, into sink: DiagnosticSink) -> Parsed {
        switch SourceText.decode(data) {
        case .failure(.tooLarge(let bytes)):
            sink.error(.fileTooLarge, SpecLimits.fileTooLargeMessage(bytes), at: .start(of: file))
            return Parsed()
        case .failure(.notUTF8(let line, let column)):
            sink.error(.notUTF8, "file is not valid UTF-8 (first bad byte on line \(line))",
                       at: SourceLocation(file: file, line: line, column: column), hint: "save the file as UTF-8")
            return Parsed()
        case .success(let text):
            return parse(text: text, file: file, into: sink)
        }
    }

    static func parse(text: String, file: String, into sink: DiagnosticSink) -> Parsed {
        var parsed = Parsed(text: text)
        switch Preflight.check(text) {
        case .tooDeep(let line, let column):
            sink.error(.tooDeep, "nesting is deeper than \(SpecLimits.maxDepth) levels",
                       at: SourceLocation(file: file, line: line, column: column))
            return parsed
        case .aliasInKey(let line, let column):
            sink.error(.aliasLimit, "an alias or complex key used as a mapping key is not supported",
                       at: SourceLocation(file: file, line: line, column: column),
                       hint: "keys must be plain strings")
            return parsed
        case nil:
            break
        }
        do {
            let parser = try Parser(yaml: text, resolver: .basic, constructor: .default, encoding: .utf8)
            guard let node = try parser.nextRoot() else {
                sink.error(.emptyFile, "file is empty; expected a mapping of keys", at: .start(of: file))
                return parsed
            }
            if let second = try parser.nextRoot() {
                let mark = second.mark
                sink.error(.multipleDocuments, "file holds more than one YAML document; put one per file",
                           at: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1))
                return parsed
            }
            var walker = NodeWalker(file: file)
            let value: YValue
            do {
                value = try walker.walk(node)
            } catch {
                report(error, into: sink)
                return parsed
            }
            for key in walker.complexKeys {
                sink.error(.wrongType, "a mapping key must be a string, not a list or a mapping", at: key)
            }
            switch value {
            case .mapping(let mapping):
                parsed.root = mapping
            case .scalar(let scalar) where scalar.kind == .null:
                sink.error(.emptyFile, "file is empty; expected a mapping of keys", at: .start(of: file))
            default:
                sink.error(.wrongType, "the top level of the file must be a mapping of keys, found \(value.typeDescription)",
                           at: value.location)
            }
        } catch let error as YamlError {
            sink.append(YAMLErrorMapping.diagnostic(for: error, text: text, file: file))
        } catch {
            sink.error(.yamlSyntax, "the file could not be parsed as YAML", at: .start(of: file))
        }
        return parsed
    }

    private static func report(_ stop: NodeWalker.Stop, into sink: DiagnosticSink) {
        switch stop {
        case .tooDeep(let location):
            sink.error(.tooDeep, "nesting is deeper than \(SpecLimits.maxDepth) levels", at: location)
        case .aliasLimit(let location):
            sink.error(.aliasLimit,
                       "aliases expand to more than \(SpecLimits.maxAliasExpandedNodes) nodes; refusing to expand further",
                       at: location)
        case .tooManyNodes(let location):
            sink.error(.tooManyNodes, "file holds more than \(SpecLimits.maxNodes) YAML nodes", at: location)
        }
    }
}
