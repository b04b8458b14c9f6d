import Foundation
import TaptalentAPI

/// `doctor --write`'s check that a repeated invite sends no second email: creates a throwaway assessment
/// (`tapform-doctor-<random>`), invites one address at example.com (a domain reserved for examples,
/// which receives no mail) twice, expects the second answer to say `alreadyInvited: true` and, on an
/// emulator with test controls, one email counted; then sets the assessment inactive (there is no
/// delete). `invite --resend-unknown` relies on what it finds.
struct DeduplicationCheck {
    /// A client that may write.
    let client: TaptalentClient
    /// The emulator's test controls, when the environment is one (loopback): they count the emails.
    let controls: EmulatorControlClient?

    static let namePrefix = "tapform-doctor-"

    struct Finding {
        var check: DoctorCheck
        /// Whether repeated invites are de-duplicated; nil when the check could not tell.
        var deduplicates: Bool?
    }

    func run() async -> Finding {
        let token = String(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(10))
        let name = Self.namePrefix + token
        let email = Self.namePrefix + token + "@example.com"
        let created: WireAssessment
        do {
            created = try await client.createAudioInterview(
                AssessmentBody(testName: name, hiringForRole: "tapform doctor check"))
        } catch {
            return Finding(check: .failed("repeated invites: could not create the throwaway assessment \"\(name)\": \(error)",
                                          "run again with --debug"), deduplicates: nil)
        }
        let finding = await inviteTwice(assessmentId: created.assessmentId, name: name, email: email)
        do {
            _ = try await client.updateAssessment(id: created.assessmentId, AssessmentBody(status: WireStatus.inactive))
            return finding
        } catch {
            var check = finding.check
            check.details.append("could not set \"\(name)\" (\(created.assessmentId)) inactive: \(error); "
                + "set it inactive in Taptalent")
            return Finding(check: check, deduplicates: finding.deduplicates)
        }
    }

    private func inviteTwice(assessmentId: String, name: String, email: String) async -> Finding {
        let throwaway = "with the throwaway assessment \"\(name)\" (\(assessmentId)), now inactive"
        let body = InviteBody(email: email, firstName: "Tapform", lastName: "Doctor")
        let first: WireInviteResult, second: WireInviteResult
        do {
            first = try await client.invite(assessmentId: assessmentId, body)
            second = try await client.invite(assessmentId: assessmentId, body)
        } catch {
            return Finding(check: .failed("repeated invites: an invite \(throwaway) failed: \(error)",
                                          "run again with --debug"), deduplicates: nil)
        }
        if first.alreadyInvited == true {
            return Finding(check: .failed("repeated invites: the first invite of a new address \(throwaway) answered "
                + "alreadyInvited: true", "report it with this output; --resend-unknown cannot rely on that answer"),
                deduplicates: false)
        }
        guard second.alreadyInvited == true else {
            return Finding(check: .failed("repeated invites are not de-duplicated: the second invite of one address \(throwaway) "
                + "answered alreadyInvited: \(second.alreadyInvited.map(String.init) ?? "absent")",
                "do not use invite --resend-unknown here: it would email candidates twice"), deduplicates: false)
        }
        var emails = "emails not counted (not an emulator with test controls)"
        if let controls, let counters = try? await controls.counters() {
            let sent = counters.emails.filter { $0.key.hasPrefix(assessmentId + " ") }.values.reduce(0, +)
            guard sent == 1 else {
                return Finding(check: .failed("repeated invites: the second answer says alreadyInvited, but the emulator "
                    + "counted \(sent) emails \(throwaway)", "do not use invite --resend-unknown here"), deduplicates: false)
            }
            emails = "1 email sent"
        }
        return Finding(check: .passed("a repeated invite is de-duplicated: the second answer says alreadyInvited, \(emails) "
            + "(checked \(throwaway))"), deduplicates: true)
    }
}
