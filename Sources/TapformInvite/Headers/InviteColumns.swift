/// Which columns of an invite CSV hold what, as found by `HeaderMatcher`.
public struct InviteColumns: Sendable, Hashable {
    /// The column index of the email address.
    public var email: Int
    /// The separate first-name column, if any.
    public var firstName: Int?
    /// The separate last-name column, if any.
    public var lastName: Int?
    /// A single full-name column, used only when there is neither a first- nor a last-name column.
    public var fullName: Int?
    /// Header names of the columns that are not used, in file order (report them once).
    public var ignored: [String]

    public init(email: Int, firstName: Int? = nil, lastName: Int? = nil, fullName: Int? = nil, ignored: [String] = []) {
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.fullName = fullName
        self.ignored = ignored
    }
}
