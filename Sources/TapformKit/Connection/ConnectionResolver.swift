import Foundation
import TapformSpec
import TaptalentAPI
import TaptalentEmulator

/// Turns `--env` / `--url` and tapform.yaml into a connected client.
public enum ConnectionResolver {
    /// The fixed key of the embedded emulator (`--env local`): not a secret, it opens only a loopback
    /// emulator that the same process started.
    public static let localKey = "sk_test_tapformlocalsandbox000"
    /// Where `--env local` keeps its data, below the project root (git-ignored).
    public static let localDataPath = ".tapform/local"
    /// The variable `--url` reads its key from.
    public static let urlKeyVariable = "TAPTALENT_API_KEY"

    public static func connect(
        _ request: ConnectionRequest, config: ProjectConfig, root: URL
    ) async throws -> Connection {
        if let url = request.url {
            guard let baseURL = URL(string: url), baseURL.scheme != nil, baseURL.host != nil else {
                throw TapformError("--url \(url) is not a URL; give the API base, e.g. https://partner-api.taptalent.io/v1/partner")
            }
            let destinations = try keyDestinations(for: baseURL, environment: "--url", request: request)
            let key = try key(.environmentVariable(urlKeyVariable), environment: url, request: request, root: root)
            return Connection(client: try client(baseURL, key, destinations, request), environmentName: url, emulator: nil)
        }
        let name = request.environment ?? config.defaultEnvironment.value
        if name == ProjectConfig.localEnvironment {
            return try await connectLocal(request, root: root)
        }
        guard let environment = config.environment(named: name) else {
            let known = config.environmentNames.joined(separator: ", ")
            throw TapformError("unknown environment \"\(name)\"; tapform.yaml defines: \(known)")
        }
        let destinations = try keyDestinations(
            for: environment.url, environment: "environment \"\(name)\" (url in \(ProjectConfig.fileName))", request: request)
        let key = try key(environment.apiKey, environment: name, request: request, root: root)
        return Connection(client: try client(environment.url, key, destinations, request), environmentName: name, emulator: nil)
    }

    private static func connectLocal(_ request: ConnectionRequest, root: URL) async throws -> Connection {
        let data = root.appendingPathComponent(localDataPath, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            try ignoreLocalData(below: root)
        } catch {
            throw TapformError("cannot create \(localDataPath)/ for the local emulator: \(error.localizedDescription)")
        }
        let emulator: RunningEmulator
        do {
            emulator = try await Emulator.start(EmulatorOptions(
                host: "127.0.0.1", port: 0, dataDirectory: data.path, apiKey: localKey, testControls: true))
        } catch {
            throw TapformError("cannot start the local emulator (\(localDataPath)/): \(error)")
        }
        do {
            let client = try client(emulator.baseURL, APIKey(localKey), .taptalentOnly, request)
            return Connection(client: client, environmentName: ProjectConfig.localEnvironment, emulator: emulator)
        } catch {
            await emulator.stop()
            throw error
        }
    }

    /// Writes `.tapform/.gitignore` (once) so the local emulator's data never ends up in the user's git
    /// history. It ignores only `local/`: whether to commit the invite ledgers is the team's choice.
    private static func ignoreLocalData(below root: URL) throws {
        let ignore = root.appendingPathComponent(".tapform/.gitignore")
        guard !FileManager.default.fileExists(atPath: ignore.path) else { return }
        try "# Written by tapform: the embedded emulator's data (--env local) stays out of git.\nlocal/\n"
            .write(to: ignore, atomically: true, encoding: .utf8)
    }

    /// The hosts the key may go to (`TAPFORM_ALLOWED_HOSTS` read from the process environment), checked
    /// against `url` before the key is even read: every command that talks to an account comes here.
    static func keyDestinations(for url: URL, environment: String, request: ConnectionRequest) throws -> KeyDestinations {
        switch KeyDestinations.fromEnvironment(request.processEnvironment) {
        case .failure(let problem):
            throw TapformError(problem.message)
        case .success(let destinations):
            if let problem = destinations.problem(with: url) {
                throw TapformError("\(environment): refused to connect: \(problem)")
            }
            return destinations
        }
    }

    /// The transport `TAPFORM_HTTP_TRANSPORT` chooses (read from the process environment).
    static func transport(_ environment: [String: String]) throws -> any HTTPTransport {
        switch HTTPTransportChoice.fromEnvironment(environment) {
        case .failure(let problem): throw TapformError(problem.message)
        case .success(let choice): return choice.make()
        }
    }

    private static func client(
        _ baseURL: URL, _ key: APIKey, _ destinations: KeyDestinations, _ request: ConnectionRequest
    ) throws -> TaptalentClient {
        let configuration = TaptalentConfiguration(
            baseURL: baseURL, apiKey: key, readOnly: request.readOnly, timeout: request.timeout,
            retry: request.retry, debugSink: request.debugSink, keyDestinations: destinations,
            concurrency: request.concurrency)
        do {
            return try TaptalentClient(configuration: configuration, transport: try transport(request.processEnvironment))
        } catch let error as TaptalentError {
            throw TapformError("\(baseURL.absoluteString): \(error)")
        }
    }

    private static func key(
        _ source: EnvironmentConfig.APIKeySource, environment: String, request: ConnectionRequest, root: URL
    ) throws -> APIKey {
        switch APIKeyReader.read(source, environment: environment, root: root, process: request.processEnvironment) {
        case .success(let key): return key
        case .failure(let missing):
            throw TapformError("environment \"\(environment)\" needs its API key: \(missing.problem); \(missing.fix)")
        }
    }
}
