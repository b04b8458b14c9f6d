#!/usr/bin/env bash
# On the default branch, after a merge: applies exactly the plan reviewers saw on the pull request, or
# stops and says why. It finds the pull request whose merge produced this commit, the newest successful
# run of this workflow for that pull request's last commit, downloads the plan that run saved (an
# artifact), and runs `tapform apply PLANFILE`, which refuses a stale plan (the account changed since).
#
# Environment:
#   TAPFORM_ENV                the environment to apply to (required; the plan must have been made for it)
#   TAPFORM_WORKING_DIRECTORY  the tapform project folder (default .)
#   TAPFORM_PLAN_ARTIFACT      the artifact the pull-request run uploaded (default tapform-plan)
#   TAPFORM_PLAN_FILE          the plan's file name inside it (default tapform-plan.json)
#   TAPFORM_ALLOWED_HOSTS      passed to tapform when not empty
#   GH_TOKEN, GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_WORKFLOW_REF, GITHUB_SERVER_URL, RUNNER_TEMP (GitHub's)
set -euo pipefail

stop() {
    echo "::error title=tapform apply::$1" >&2
    exit 1
}

env_name="${TAPFORM_ENV:-}"
[[ -n "$env_name" ]] || stop "no environment given: set the action's apply-env input, e.g. apply-env: production"
directory="${TAPFORM_WORKING_DIRECTORY:-.}"
artifact="${TAPFORM_PLAN_ARTIFACT:-tapform-plan}"
plan_file="${TAPFORM_PLAN_FILE:-tapform-plan.json}"
repo="${GITHUB_REPOSITORY:?}"
sha="${GITHUB_SHA:?}"
if [[ -n "${TAPFORM_ALLOWED_HOSTS:-}" ]]; then export TAPFORM_ALLOWED_HOSTS; else unset TAPFORM_ALLOWED_HOSTS; fi
# This workflow's file, from owner/repo/.github/workflows/NAME.yml@ref.
workflow="${GITHUB_WORKFLOW_REF:?}"
workflow="${workflow%%@*}"
workflow="${workflow##*/}"

pull="$(gh api "repos/$repo/commits/$sha/pulls" \
    --jq ".[] | select(.merge_commit_sha == \"$sha\") | \"\(.number) \(.head.sha)\"")" \
    || stop "could not ask GitHub which pull request produced commit $sha (the job needs pull-requests: read)"
pull="${pull%%$'\n'*}"
[[ -n "$pull" ]] || stop "commit $sha is not the merge of a pull request (a direct push?): there is no reviewed plan, so nothing is applied. Changes reach $env_name through a reviewed pull request."
number="${pull%% *}"
head="${pull#* }"

run="$(gh api "repos/$repo/actions/workflows/$workflow/runs?event=pull_request&head_sha=$head&per_page=100" \
    --jq '[.workflow_runs[] | select(.conclusion == "success")] | first | .id // empty')" \
    || stop "could not list the runs of $workflow for pull request #$number (the job needs actions: read)"
[[ -n "$run" ]] || stop "pull request #$number has no successful $workflow run for its last commit ${head:0:12} (from a fork? failed? merged before its plan finished?): no reviewed plan, so nothing is applied. Make the plan job a required check, or open a new pull request."

download="$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/tapform-reviewed.XXXXXX")"
gh run download "$run" --repo "$repo" --name "$artifact" --dir "$download" \
    || stop "run $run of pull request #$number has no artifact $artifact to download (a pull request from a fork gets no plan; or the artifact expired): nothing is applied. Open a new pull request from a branch of this repository for a fresh plan"
[[ -f "$download/$plan_file" ]] || stop "the artifact $artifact of run $run holds no $plan_file"

url="${GITHUB_SERVER_URL:-https://github.com}/$repo/actions/runs/$run"
echo "Applying the plan reviewed on pull request #$number ($url)."
if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
    echo "Applied the plan reviewed on pull request #$number: [run $run]($url)." >>"$GITHUB_STEP_SUMMARY"
fi
# tapform apply refuses a plan made for another environment, and a stale one ("plan is stale").
exec tapform apply -C "$directory" --env "$env_name" "$download/$plan_file"
