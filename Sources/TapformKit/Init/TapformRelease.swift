/// This build of tapform as a release: its version and where releases are published.
public enum TapformRelease {
    /// The version `tapform --version` prints, and the release the scaffolded workflow installs.
    public static let version = "0.1.0"
    /// The GitHub repository whose releases hold the binaries and whose root holds the GitHub Action.
    public static let repository = "tapform/tapform"
    /// The action reference a workflow uses for this version.
    public static var actionReference: String { "\(repository)@v\(version)" }
}
