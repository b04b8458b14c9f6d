import TaptalentContract

// The contract's validation limits, which offline validation checks values against, are `WireLimits` in
// TaptalentContract. These are the limits tapform puts on its own input files.

/// The limits tapform puts on its own input files.
public enum SpecLimits {
    /// The newest file format version this build understands (`version:` in any file).
    public static let formatVersion = 1
    /// Largest file tapform reads (1 MiB).
    public static let maxFileBytes = 1_048_576
    /// The diagnostic for a file over `maxFileBytes`.
    static func fileTooLargeMessage(_ bytes: Int) -> String {
        "file is \(bytes) bytes; tapform reads files up to \(maxFileBytes) bytes (1 MiB)"
    }
    /// Deepest nesting of mappings and sequences accepted in a file.
    public static let maxDepth = 32
    /// Most YAML nodes walked in one file, counting alias expansions each time.
    public static let maxNodes = 200_000
    /// Most nodes that alias expansions may add to one file ("billion laughs" guard).
    public static let maxAliasExpandedNodes = 1_000
}
