#!/usr/bin/env bash
# Installs a released tapform binary: downloads the archive for this runner's OS and architecture and the
# release's SHA256SUMS, refuses the archive unless its checksum matches, keeps it in the runner's tool cache
# ($RUNNER_TOOL_CACHE/tapform/VERSION/ARCH; a second install of the same version uses it) and adds it to
# $GITHUB_PATH. Nothing is installed when any check fails.
#
# Environment:
#   TAPFORM_VERSION       the release to install, e.g. 0.2.0 (a leading v is accepted)
#   TAPFORM_DOWNLOAD_URL  the releases base (default below); the files are fetched from
#                         BASE/vVERSION/tapform-VERSION-OS-ARCH.tar.gz and BASE/vVERSION/SHA256SUMS
#   RUNNER_TOOL_CACHE, RUNNER_TEMP, RUNNER_OS, RUNNER_ARCH, GITHUB_PATH, GITHUB_OUTPUT (set by GitHub)
set -euo pipefail

# The repository whose GitHub releases hold the binaries.
DEFAULT_DOWNLOAD_URL="https://github.com/tapform/tapform/releases/download"

fail() {
    echo "::error title=tapform install::$1" >&2
    exit 1
}

version="${TAPFORM_VERSION:-}"
version="${version#v}"
[[ -n "$version" ]] || fail "no tapform version given: set the action's version input, e.g. version: 0.2.0"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]] \
    || fail "'$version' is not a tapform version: give one like 0.2.0 (the release tag without its v)"
base="${TAPFORM_DOWNLOAD_URL:-$DEFAULT_DOWNLOAD_URL}"
base="${base%/}"

# The runner's OS and architecture, as GitHub names them, else as uname does (for running it locally).
runner_os="${RUNNER_OS:-$(uname -s)}"
runner_arch="${RUNNER_ARCH:-$(uname -m)}"
case "$runner_os/$runner_arch" in
    Linux/X64 | Linux/x86_64) platform=linux-x86_64 cache_arch=x64 ;;
    Linux/ARM64 | Linux/aarch64 | Linux/arm64) platform=linux-aarch64 cache_arch=arm64 ;;
    macOS/ARM64 | Darwin/arm64) platform=macos-arm64 cache_arch=arm64 ;;
    *) fail "no tapform release for $runner_os $runner_arch: releases exist for Linux x64, Linux ARM64 and macOS ARM64" ;;
esac

archive="tapform-$version-$platform.tar.gz"
tool_cache="${RUNNER_TOOL_CACHE:-${TMPDIR:-/tmp}/tapform-tool-cache}"
install_dir="$tool_cache/tapform/$version/$cache_arch"

publish() {
    if [[ -n "${GITHUB_PATH:-}" ]]; then echo "$install_dir" >>"$GITHUB_PATH"; fi
    if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
        { echo "path=$install_dir"; echo "version=$version"; } >>"$GITHUB_OUTPUT"
    fi
}

# The tool cache: complete only once the marker exists (written last, as GitHub's own tool cache does).
if [[ -f "$install_dir.complete" && -x "$install_dir/tapform" ]]; then
    echo "tapform $version ($platform) from the tool cache: $install_dir"
    publish
    exit 0
fi

work="$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/tapform-install.XXXXXX")"
trap 'rm -rf "$work"' EXIT

download() { # URL FILE
    curl --fail --silent --show-error --location --retry 3 --retry-delay 2 --output "$2" "$1" 2>"$work/curl.err"
}

release="$base/v$version"
download "$release/SHA256SUMS" "$work/SHA256SUMS" \
    || fail "could not download $release/SHA256SUMS ($(tr '\n' ' ' <"$work/curl.err")): is there a release v$version? The releases are listed at ${base%/download}"
download "$release/$archive" "$work/$archive" \
    || fail "could not download $release/$archive ($(tr '\n' ' ' <"$work/curl.err")): release v$version has no archive for $platform"

# SHA256SUMS lines are `<hex>  <name>` (or `<hex> *<name>` in binary mode).
expected="$(awk -v name="$archive" '$2 == name || $2 == "*" name { print tolower($1); exit }' "$work/SHA256SUMS")"
[[ "$expected" =~ ^[0-9a-f]{64}$ ]] \
    || fail "SHA256SUMS of v$version has no checksum line for $archive; refusing to install an unverified archive"
if command -v sha256sum >/dev/null; then
    actual="$(sha256sum "$work/$archive" | awk '{ print $1 }')"
else
    actual="$(shasum -a 256 "$work/$archive" | awk '{ print $1 }')"
fi
[[ "$actual" == "$expected" ]] \
    || fail "checksum mismatch for $archive: SHA256SUMS says $expected, the download is $actual; refusing to install it (download again; if it persists, report it)"

mkdir "$work/unpacked"
tar -xzf "$work/$archive" -C "$work/unpacked" || fail "$archive is not a readable .tar.gz archive"
binary="$work/unpacked/tapform-$version-$platform/tapform"
[[ -f "$binary" && -x "$binary" ]] || fail "$archive holds no executable tapform-$version-$platform/tapform"
reported="$("$binary" --version 2>&1)" || fail "the tapform binary in $archive does not run here: $reported"

# Into the cache: a sibling folder renamed into place, so a cancelled step never leaves half a tool.
mkdir -p "$(dirname "$install_dir")"
rm -rf "$install_dir" "$install_dir.complete"
staging="$(mktemp -d "$install_dir.XXXXXX")"
cp "$binary" "$staging/tapform"
mv "$staging" "$install_dir"
touch "$install_dir.complete"
echo "tapform $version ($platform) installed in $install_dir (checksum verified; it reports version $reported)"
publish
