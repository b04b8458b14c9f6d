#!/usr/bin/env bash
# Checks that a release archive stands alone: it unpacks to tapform-VERSION-OS-ARCH/tapform, its binary
# needs no Swift library (ldd on Linux, otool -L on macOS), and `tapform --version` and `tapform validate`
# (on a copy of the repository's assessments/, templates/ and tapform.yaml) run from the unpacked archive
# with no Swift toolchain on PATH or in the loader's reach: env -i, PATH=/usr/bin:/bin, no LD_LIBRARY_PATH
# (on Linux; macOS has the Swift runtime and a /usr/bin/swift of its own).
#
#   scripts/check-release-binary.sh [ARCHIVE]
#
# Without ARCHIVE it first builds one with scripts/release.sh (into a temporary folder).
set -euo pipefail

die() { echo "check-release-binary.sh: error: $*" >&2; exit 1; }

repo=$(cd "$(dirname "$0")/.." && pwd)
(( $# <= 1 )) || die "usage: scripts/check-release-binary.sh [ARCHIVE]"
start=$(date +%s)
work=$(mktemp -d "${TMPDIR:-/tmp}/tapform-check.XXXXXX")
trap 'rm -rf "$work"' EXIT

if (( $# == 1 )); then
    archive=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
    [[ -f $archive ]] || die "$1: no such archive"
else
    "$repo/scripts/release.sh" --out "$work/dist"
    archive=$(echo "$work"/dist/tapform-*.tar.gz)
    if command -v sha256sum > /dev/null; then (cd "$work/dist" && sha256sum -c SHA256SUMS)
    else (cd "$work/dist" && shasum -a 256 -c SHA256SUMS); fi
fi

name=$(basename "$archive" .tar.gz)
[[ $name =~ ^tapform-([0-9A-Za-z.+-]+)-(linux-x86_64|linux-aarch64|macos-arm64)$ ]] \
    || die "$archive: not named tapform-VERSION-OS-ARCH.tar.gz"
version=${BASH_REMATCH[1]}
platform=${BASH_REMATCH[2]}

entries=$(tar -tzf "$archive" | sed 's:/$::' | sort | tr '\n' ' ')
[[ $entries == "$name $name/tapform " ]] || die "$archive holds '$entries', expected '$name/' and '$name/tapform' only"
mkdir "$work/unpacked"
tar -xzf "$archive" -C "$work/unpacked"
bin="$work/unpacked/$name/tapform"

clean_path=/usr/bin:/bin
case "$platform" in
    linux-*)
        if env -i PATH=$clean_path sh -c 'command -v swift' > /dev/null; then
            die "swift is on $clean_path here, so this check cannot show that tapform runs without a toolchain"
        fi
        if /sbin/ldconfig -p | grep -q 'libswiftCore\.so'; then
            die "the Swift runtime is in the loader's cache (ldconfig -p), so this check cannot show that tapform runs without it"
        fi
        echo "== ldd $name/tapform"
        libs=$(ldd "$bin")
        echo "$libs"
        if grep -Ei 'swift|Foundation|dispatch|BlocksRuntime' <<< "$libs"; then
            die "the binary still needs the Swift libraries above: it was not linked with --static-swift-stdlib"
        fi
        if grep -q 'not found' <<< "$libs"; then die "the binary needs a library this machine lacks (above)"; fi
        ;;
    macos-*) # /usr/bin/swift and the Swift runtime are part of macOS: only foreign libraries are refused.
        echo "== otool -L $name/tapform"
        libs=$(otool -L "$bin" | tail -n +2)
        echo "$libs"
        if grep -Ev '^[[:space:]]*/(usr/lib|System/Library)/' <<< "$libs"; then
            die "the binary needs libraries from outside the system (above)"
        fi
        ;;
esac

mkdir "$work/project"
cp -R "$repo/assessments" "$repo/templates" "$repo/tapform.yaml" "$work/project/"
run() { (cd "$work/project" && env -i PATH=$clean_path HOME="$work/project" "$bin" "$@"); }

echo "== tapform --version (env -i PATH=$clean_path)"
reported=$(run --version)
echo "$reported"
[[ $reported == "$version" ]] || die "tapform --version says '$reported', the archive's name says '$version'"

echo "== tapform validate (env -i PATH=$clean_path, on a copy of assessments/, templates/, tapform.yaml)"
run validate || die "tapform validate failed on the repository's examples (exit $?)"

echo "== $name: stands alone ($(( $(date +%s) - start ))s)"
