#!/usr/bin/env bash
# Runs `tapform plan --format github --detailed-exitcode` (annotations in the log, the Markdown plan in the
# job summary), then creates or updates ONE pull-request comment holding that plan, found again by a hidden
# marker. The step passes on exit 0 (no changes) and 2 (changes), and fails with tapform's own code on every
# other one (1 an error, 64 a usage error, ...); the comment then says the plan failed, so an older plan is
# never left looking current.
#
# Environment:
#   TAPFORM_ENV                the environment to plan against (required)
#   TAPFORM_WORKING_DIRECTORY  the tapform project folder (default .)
#   TAPFORM_PLAN_OUT           save the plan there (relative to the project folder), for `tapform apply FILE`
#   TAPFORM_PR_NUMBER          the pull request to comment on; no comment when empty
#   TAPFORM_ALLOWED_HOSTS      passed to tapform when not empty (hosts besides Taptalent's that may get the key)
#   GH_TOKEN, GITHUB_REPOSITORY, GITHUB_SERVER_URL, GITHUB_RUN_ID, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT (GitHub's)
set -uo pipefail

env_name="${TAPFORM_ENV:-}"
if [[ -z "$env_name" ]]; then
    echo "::error title=tapform plan::no environment given: set the action's plan-env input, e.g. plan-env: production" >&2
    exit 64
fi
directory="${TAPFORM_WORKING_DIRECTORY:-.}"
if [[ -n "${TAPFORM_ALLOWED_HOSTS:-}" ]]; then export TAPFORM_ALLOWED_HOSTS; else unset TAPFORM_ALLOWED_HOSTS; fi

summary="${GITHUB_STEP_SUMMARY:-}"
if [[ -z "$summary" ]]; then
    summary="$(mktemp)"
    export GITHUB_STEP_SUMMARY="$summary"
fi
before=0
if [[ -f "$summary" ]]; then before=$(wc -c <"$summary"); fi

arguments=(plan -C "$directory" --env "$env_name" --format github --detailed-exitcode)
if [[ -n "${TAPFORM_PLAN_OUT:-}" ]]; then arguments+=(--out "$TAPFORM_PLAN_OUT"); fi
tapform "${arguments[@]}"
code=$?

if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
    { echo "exitcode=$code"; echo "changes=$([[ $code == 2 ]] && echo true || echo false)"; } >>"$GITHUB_OUTPUT"
fi

comment() {
    local pr="$1" marker body existing
    marker="<!-- tapform-plan env=$env_name dir=$directory -->"
    body="$(mktemp)"
    local run_url="${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_REPOSITORY:-}/actions/runs/${GITHUB_RUN_ID:-}"
    {
        echo "$marker"
        if [[ $code == 0 || $code == 2 ]]; then
            # The Markdown plan tapform appended to the job summary in this step, capped below GitHub's
            # 65,536-character comment limit (the job summary keeps all of it).
            local plan
            plan="$(tail -c +"$((before + 1))" "$summary")"
            if ((${#plan} > 60000)); then
                echo "${plan:0:60000}"
                echo
                echo "_The plan is longer than a comment can hold; the rest is in the [job summary]($run_url)._"
            else
                echo "$plan"
            fi
        else
            echo "### tapform plan for \`$env_name\` failed (exit $code)"
            echo
            echo "No plan to show: the annotations and the log of [this run]($run_url) say why."
        fi
        echo
        echo "<sub>tapform plan against \`$env_name\`, [run ${GITHUB_RUN_ID:-}]($run_url). This comment is updated on every push.</sub>"
    } >"$body"

    local repo="${GITHUB_REPOSITORY:-}" filter
    filter=".[] | select(.body | startswith(\"$marker\")) | .id"
    if ! existing="$(gh api --paginate "repos/$repo/issues/$pr/comments" --jq "$filter")"; then
        echo "::warning title=tapform plan::could not read the comments of pull request #$pr (the job needs pull-requests: write; pull requests from forks get a read-only token); the plan is in the job summary"
        return
    fi
    existing="${existing%%$'\n'*}"
    if [[ -n "$existing" ]]; then
        gh api --method PATCH "repos/$repo/issues/comments/$existing" -F "body=@$body" >/dev/null \
            && echo "Updated the plan comment on pull request #$pr." \
            || echo "::warning title=tapform plan::could not update the plan comment on pull request #$pr; the plan is in the job summary"
    else
        gh api --method POST "repos/$repo/issues/$pr/comments" -F "body=@$body" >/dev/null \
            && echo "Commented the plan on pull request #$pr." \
            || echo "::warning title=tapform plan::could not comment on pull request #$pr (the job needs pull-requests: write); the plan is in the job summary"
    fi
    rm -f "$body"
}

if [[ -n "${TAPFORM_PR_NUMBER:-}" ]]; then comment "$TAPFORM_PR_NUMBER"; fi

case $code in
    0 | 2) exit 0 ;;
    *)
        echo "::error title=tapform plan::tapform plan exited with $code (0 is no changes, 2 is changes; anything else fails this step)"
        exit "$code"
        ;;
esac
