/// The GitHub Actions workflow `tapform init` writes to `.github/workflows/tapform.yml`, and README.md shows
/// (a test checks they are the same). It installs a released binary through the action: no Swift, no build.
public enum ScaffoldWorkflow {
    public static let path = ".github/workflows/tapform.yml"
    /// The tapform.yaml environment the workflow plans and applies against.
    public static let environment = ScaffoldProject.productionEnvironment
    /// The protected GitHub environment whose secret the pull-request plan job gets.
    public static let planGitHubEnvironment = "production-plan"
    /// The protected GitHub environment (main only) whose secret the apply and invite jobs get.
    public static let applyGitHubEnvironment = "production"
    public static let planFile = "tapform-plan.json"
    public static let planArtifact = "tapform-plan"
    public static let ledgerBranch = "tapform-invite-ledger"

    public static var text: String {
        let key = ScaffoldProject.productionKeyVariable
        let action = TapformRelease.actionReference
        let version = TapformRelease.version
        return """
            # tapform: validate every change, plan it on the pull request, apply on main exactly the plan that
            # was reviewed, and send invites on demand without ever emailing anyone twice. Written by
            # `tapform init`; what to configure in GitHub is in the README of \(TapformRelease.repository).
            name: tapform
            on:
              pull_request:
              push:
                branches: [main]
              workflow_dispatch:
                inputs:
                  assessment:
                    description: Send invites for this assessment (its name, as in its file)
                    required: true
                    type: string
                  csv:
                    description: The candidates' CSV file, e.g. invites/batch.csv
                    required: true
                    type: string
            permissions: {}
            jobs:
              validate:
                runs-on: ubuntu-latest
                permissions:
                  contents: read
                steps:
                  - uses: actions/checkout@v7
                    with:
                      persist-credentials: false
                  - uses: \(action)
                    with:
                      version: \(version)
                  - run: tapform validate --format github

              # Pull requests from this repository: the plan as job summary, annotations and one comment,
              # saved for the apply on main. Pull requests from forks get no secrets, so no plan.
              plan:
                if: github.event_name == 'pull_request' && github.event.pull_request.head.repo.full_name == github.repository
                needs: validate
                runs-on: ubuntu-latest
                environment: \(planGitHubEnvironment)
                permissions:
                  contents: read
                  pull-requests: write
                concurrency:
                  group: tapform-plan-${{ github.event.pull_request.number }}
                  cancel-in-progress: true
                steps:
                  - uses: actions/checkout@v7
                    with:
                      persist-credentials: false
                  - uses: \(action)
                    with:
                      version: \(version)
                      command: plan
                      env: \(environment)
                      plan-out: \(planFile)
                    env:
                      \(key): ${{ secrets.\(key) }}
                  - uses: actions/upload-artifact@v7
                    with:
                      name: \(planArtifact)
                      path: \(planFile)
                      if-no-files-found: error
                      overwrite: true

              # main: applies the plan saved by the merged pull request's run, or stops and says why
              # (a direct push, no plan, an expired artifact, a stale plan).
              apply:
                if: github.event_name == 'push'
                needs: validate
                runs-on: ubuntu-latest
                environment: \(applyGitHubEnvironment)
                permissions:
                  contents: read
                  actions: read
                  pull-requests: read
                concurrency:
                  group: tapform-\(applyGitHubEnvironment)
                  cancel-in-progress: false
                steps:
                  - uses: actions/checkout@v7
                    with:
                      persist-credentials: false
                  - uses: \(action)
                    with:
                      version: \(version)
                      command: apply-reviewed
                      env: \(environment)
                      plan-artifact: \(planArtifact)
                      plan-file: \(planFile)
                    env:
                      \(key): ${{ secrets.\(key) }}

              # Actions tab, "Run workflow" on main: invites from a CSV file. The ledger lives on the branch
              # \(ledgerBranch), so neither a re-run nor cache eviction sends an invite twice.
              invite:
                if: github.event_name == 'workflow_dispatch'
                runs-on: ubuntu-latest
                environment: \(applyGitHubEnvironment)
                permissions:
                  contents: write
                concurrency:
                  group: tapform-invites
                  cancel-in-progress: false
                steps:
                  - uses: actions/checkout@v7
                  - uses: \(action)
                    with:
                      version: \(version)
                      command: ledger-restore
                      ledger-branch: \(ledgerBranch)
                  - name: invite
                    env:
                      \(key): ${{ secrets.\(key) }}
                      ASSESSMENT: ${{ inputs.assessment }}
                      CSV: ${{ inputs.csv }}
                    run: tapform invite "$ASSESSMENT" --env \(environment) --csv "$CSV" --yes
                  - uses: \(action)
                    if: always()
                    with:
                      version: \(version)
                      command: ledger-save
                      ledger-branch: \(ledgerBranch)
                  - uses: actions/upload-artifact@v7
                    if: failure()
                    with:
                      name: tapform-invite-ledger-attempt-${{ github.run_attempt }}
                      path: .tapform/invites
                      include-hidden-files: true

            """
    }
}
