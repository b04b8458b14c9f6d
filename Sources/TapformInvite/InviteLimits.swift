/// The limits the invite reader enforces before anything is sent.
public enum InviteLimits {
    /// Longest email address, in UTF-8 bytes (RFC 5321 path limit).
    public static let emailMaxLength = 254
    /// Longest local part (before the `@`), in UTF-8 bytes (RFC 5321).
    public static let emailLocalPartMaxLength = 64
}
