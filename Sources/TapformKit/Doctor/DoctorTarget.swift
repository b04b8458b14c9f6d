import Foundation
import TapformSpec
import TaptalentAPI

/// Which URL and key doctor talks to, and the checks made on them: the environment (`--env`, or
/// tapform.yaml's default; `local` starts the embedded emulator) or `--url` with `TAPTALENT_API_KEY`.
struct DoctorTarget {
    var checks: [DoctorCheck] = []
    var url: URL?
    var client: TaptalentClient?
    /// A client that may write, for `doctor --write` only.
    var writeClient: TaptalentClient?
    /// The environment's name as other commands give it (`local`, a tapform.yaml name, or the `--url`).
    var environmentName = ""
    /// Where the key comes from, for advice (`$TAPTALENT_API_KEY`).
    var keyLabel = "the API key"
    var hasKey = false
    /// The local emulator's connection, to close at the end.
    var connection: Connection?

    static func resolve(_ options: DoctorOptions, config: ProjectConfig) async -> DoctorTarget {
        let request = options.connection
        if let text = request.url {
            return remote(options, text: text, name: text, label: "--url", source: .environmentVariable(ConnectionResolver.urlKeyVariable))
        }
        let name = request.environment ?? config.defaultEnvironment.value
        if name == ProjectConfig.localEnvironment { return await local(options) }
        guard let environment = config.environment(named: name) else {
            var target = DoctorTarget()
            target.checks.append(.failed(
                "environment \"\(name)\" is not defined in \(ProjectConfig.fileName)",
                "use one of: \(config.environmentNames.joined(separator: ", "))"))
            return target
        }
        return remote(options, text: environment.url.absoluteString, name: name, label: "environment \"\(name)\"", source: environment.apiKey)
    }

    private static func remote(
        _ options: DoctorOptions, text: String, name: String, label: String, source: EnvironmentConfig.APIKeySource
    ) -> DoctorTarget {
        var target = DoctorTarget()
        target.environmentName = name
        target.keyLabel = APIKeyReader.label(source)
        let environmentLabel = label == "--url" ? text : label
        guard let url = URL(string: text), url.scheme != nil, url.host != nil else {
            target.checks.append(.failed("\(label): \(text) is not a URL", "give the API base, e.g. \(TaptalentConfiguration.productionBaseURL.absoluteString)"))
            target.checks.append(KeyCheck.run(source, environment: environmentLabel, root: options.root,
                                              process: options.connection.processEnvironment).1)
            return target
        }
        let destinations: KeyDestinations
        switch KeyDestinations.fromEnvironment(options.connection.processEnvironment) {
        case .success(let allowed): destinations = allowed
        case .failure(let problem):
            destinations = .taptalentOnly
            target.checks.append(.failed(problem.message, "correct \(KeyDestinations.allowedHostsVariable)"))
        }
        if let problem = URLSafety.problem(with: url) {
            target.checks.append(.failed("\(label): \(problem)", "use the https:// URL of the API"))
        } else if let problem = destinations.problem(with: url) {
            target.checks.append(.failed("\(label): \(problem)", "nothing was sent to \(url.host ?? "the host")"))
        } else {
            let how = url.scheme?.lowercased() == "https" ? "https" : "plain http to a loopback address"
            target.checks.append(.passed("\(label): \(url.absoluteString) (\(how))"))
        }
        let (key, keyCheck) = KeyCheck.run(source, environment: environmentLabel, root: options.root,
                                           process: options.connection.processEnvironment)
        target.checks.append(keyCheck)
        target.hasKey = key != nil
        target.url = url
        var transport = options.transport
        switch HTTPTransportChoice.fromEnvironment(options.connection.processEnvironment) {
        case .success(let choice): transport = transport ?? choice.make()
        case .failure(let problem): target.checks.append(.failed(problem.message, "correct \(HTTPTransportChoice.variable)"))
        }
        let readOnly = configuration(options, url: url, key: key ?? APIKey(""), destinations: destinations)
        target.client = try? TaptalentClient(configuration: readOnly, transport: transport)
        if options.write {
            var writable = readOnly
            writable.readOnly = false
            target.writeClient = try? TaptalentClient(configuration: writable, transport: transport)
        }
        return target
    }

    private static func local(_ options: DoctorOptions) async -> DoctorTarget {
        var target = DoctorTarget()
        var request = options.connection
        request.readOnly = true
        request.url = nil
        request.environment = ProjectConfig.localEnvironment
        do {
            let connection = try await ConnectionResolver.connect(request, config: .default, root: options.root)
            let url = connection.emulator?.baseURL
            target.checks.append(.passed("environment local: the embedded emulator at \(url?.absoluteString ?? "?") "
                + "(plain http to a loopback address)"))
            target.checks.append(.passed("API key: the emulator's fixed local key, \(KeyCheck.kindLabel(APIKey(ConnectionResolver.localKey)))"))
            target.keyLabel = "the local key"
            target.hasKey = true
            target.url = url
            target.client = connection.client
            target.connection = connection
            target.environmentName = ProjectConfig.localEnvironment
            if options.write, let url {
                target.writeClient = try? TaptalentClient(baseURL: url, apiKey: APIKey(ConnectionResolver.localKey))
            }
        } catch {
            target.checks.append(.failed("environment local: \(error)", "check that \(ConnectionResolver.localDataPath)/ is writable"))
        }
        return target
    }

    private static func configuration(
        _ options: DoctorOptions, url: URL, key: APIKey, destinations: KeyDestinations
    ) -> TaptalentConfiguration {
        TaptalentConfiguration(
            baseURL: url, apiKey: key, readOnly: true, timeout: options.connection.timeout,
            retry: options.connection.retry, debugSink: options.connection.debugSink, keyDestinations: destinations)
    }
}
