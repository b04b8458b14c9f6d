#!/usr/bin/env bash
# Keeps the invite ledger (.tapform/invites/) on a dedicated branch of the repository, which neither cache
# eviction nor a re-run attempt can lose: `ledger.sh restore` before `tapform invite`, `ledger.sh save`
# after it (also when it failed). Run both in one job that has `contents: write` and a concurrency group,
# so two invite jobs never interleave. The branch holds only the ledger files, one commit per save.
#
# Environment:
#   TAPFORM_LEDGER_BRANCH      the branch (default tapform-invite-ledger)
#   TAPFORM_WORKING_DIRECTORY  the tapform project folder inside the checkout (default .)
set -euo pipefail

fail() {
    echo "::error title=tapform ledger::$1" >&2
    exit 1
}

branch="${TAPFORM_LEDGER_BRANCH:-tapform-invite-ledger}"
ledger="${TAPFORM_WORKING_DIRECTORY:-.}/.tapform/invites"
state="$(git rev-parse --git-dir)/tapform-ledger-base"

case "${1:-}" in
restore)
    mkdir -p "$ledger"
    if git ls-remote --exit-code --heads origin "$branch" >/dev/null; then
        git fetch --quiet --no-tags origin "refs/heads/$branch" || fail "could not fetch the ledger branch $branch"
        base="$(git rev-parse FETCH_HEAD)"
        git archive "$base" | tar -x -C "$ledger"
        echo "Restored the invite ledger from $branch (${base:0:12}): $(find "$ledger" -name '*.jsonl' | wc -l | tr -d ' ') file(s)."
    else
        base=""
        echo "No ledger branch $branch yet: the first save creates it."
    fi
    echo "$base" >"$state"
    ;;
save)
    [[ -f "$state" ]] || fail "run 'ledger.sh restore' before 'ledger.sh save' in the same job"
    base="$(cat "$state")"
    [[ -d "$ledger" ]] || fail "no ledger folder $ledger"
    index="$(mktemp)"
    rm -f "$index"
    tree="$(GIT_INDEX_FILE="$index" git --work-tree="$ledger" add --all --force . \
        && GIT_INDEX_FILE="$index" git write-tree)"
    rm -f "$index"
    if [[ -n "$base" && "$(git rev-parse "$base^{tree}")" == "$tree" ]]; then
        echo "The invite ledger did not change."
        exit 0
    fi
    commit="$(git -c user.name="tapform" -c user.email="tapform@users.noreply.github.com" \
        commit-tree "$tree" ${base:+-p "$base"} -m "Invite ledger after run ${GITHUB_RUN_ID:-local} attempt ${GITHUB_RUN_ATTEMPT:-1}")"
    # A plain push: it only fast-forwards from the commit restored, so a concurrent save is never overwritten.
    git push --quiet origin "$commit:refs/heads/$branch" \
        || fail "could not push the ledger to $branch; another run saved first, or the job lacks contents: write. The workflow uploads this job's ledger as an artifact: commit its files to $branch before running invites again, or the invites of this run would be sent again"
    echo "Saved the invite ledger to $branch (${commit:0:12})."
    ;;
*)
    fail "usage: ledger.sh restore|save"
    ;;
esac
