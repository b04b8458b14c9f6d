#!/usr/bin/env bash
# Builds tapform's release binary for this machine's platform and packages it as
# DIR/tapform-VERSION-OS-ARCH.tar.gz (one folder tapform-VERSION-OS-ARCH/ holding the binary), then adds
# the archive's line to DIR/SHA256SUMS (sha256sum format). On Linux the Swift runtime and Foundation are
# linked in statically; the binary still needs glibc, libstdc++ and the system's libcurl.so.4
# (docs/decisions/release-binary.md says exactly what, and why libcurl).
#
#   scripts/release.sh [--tag vX.Y.Z] [--out DIR] [--scratch-path DIR]
#
# --tag           the git tag being released; refused unless it is v + the version declared in
#                 Sources/TapformKit/Init/TapformRelease.swift (the only place the version is written).
# --out           where the archive and SHA256SUMS go (default: dist).
# --scratch-path  swift build's build folder (default: .build, shared with the debug build's checkouts).
# The archive is deterministic for a given binary: sorted entries, owner 0:0, mode 0755, every mtime set
# to SOURCE_DATE_EPOCH or else the commit time of HEAD, gzip without a name or time stamp.
set -euo pipefail

die() { echo "release.sh: error: $*" >&2; exit 1; }

repo=$(cd "$(dirname "$0")/.." && pwd)
version_file="Sources/TapformKit/Init/TapformRelease.swift"
tag="" out="dist" scratch=".build"
while (( $# > 0 )); do
    case "$1" in
        --tag) (( $# >= 2 )) || die "--tag needs a value (e.g. --tag v0.1.0)"; tag=$2; shift 2 ;;
        --out) (( $# >= 2 )) || die "--out needs a folder"; out=$2; shift 2 ;;
        --scratch-path) (( $# >= 2 )) || die "--scratch-path needs a folder"; scratch=$2; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument '$1' (see --help)" ;;
    esac
done
cd "$repo"

# The version: declared once, in Swift, as `public static let version = "X.Y.Z"`.
version=$(sed -n 's/^ *public static let version = "\(.*\)"$/\1/p' "$version_file")
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]] \
    || die "$version_file: expected one line 'public static let version = \"X.Y.Z\"', found '${version}'"
if [[ -n $tag && $tag != "v$version" ]]; then
    die "tag '$tag' does not match version $version in $version_file: set the version to \"${tag#v}\" there, commit, and tag that commit (or tag v$version)"
fi

case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) platform=linux-x86_64 ;;
    Linux-aarch64 | Linux-arm64) platform=linux-aarch64 ;;
    Darwin-arm64) platform=macos-arm64 ;;
    *) die "no release is built for $(uname -s) $(uname -m); release platforms: linux-x86_64, linux-aarch64, macos-arm64" ;;
esac
name="tapform-$version-$platform"
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/tapform-release.XXXXXX")
trap 'rm -rf "$work"' EXIT

build_flags=(-c release --product tapform --scratch-path "$scratch")
if [[ $platform == linux-* ]]; then
    # FoundationNetworking's static library calls libcurl, which stays a shared library of the system:
    # link against the runtime libcurl.so.4 through a link-time name in a private folder, so that no
    # -dev package is needed (the binary records libcurl.so.4 either way).
    libcurl=$(/sbin/ldconfig -p | awk '$1 == "libcurl.so.4" { print $NF; exit }')
    [[ -n $libcurl ]] || die "libcurl.so.4 not found (ldconfig -p); install it: apt-get install libcurl4 (Debian, Ubuntu) or dnf install libcurl (Fedora, RHEL)"
    # (A fixed folder, so that a second build with the same flags is incremental.)
    link_dir="$(mkdir -p "$scratch" && cd "$scratch" && pwd)/release-link"
    mkdir -p "$link_dir"
    ln -sfn "$libcurl" "$link_dir/libcurl.so"
    build_flags+=(--static-swift-stdlib -Xlinker -L"$link_dir")
fi

echo "== building tapform $version for $platform: swift build ${build_flags[*]}"
start=$(date +%s)
swift build "${build_flags[@]}"
binary="$(swift build "${build_flags[@]}" --show-bin-path)/tapform"
echo "== build took $(( $(date +%s) - start ))s"

reported=$("$binary" --version)
[[ $reported == "$version" ]] || die "the built binary reports version '$reported', expected '$version'"

mkdir "$work/$name"
cp "$binary" "$work/$name/tapform"
if [[ $platform == linux-* ]]; then
    # 132 MB -> 76 MB (archive 28.5 MB): debug sections and the local symbol table go; the exported
    # symbols that name functions in a crash report stay in .dynsym. macOS: not stripped (the debug
    # information stays in the object files, and strip would void the linker's ad-hoc signature).
    strip "$work/$name/tapform"
fi
chmod 0755 "$work/$name" "$work/$name/tapform"

mtime=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
archive="$name.tar.gz"
if tar --version 2>/dev/null | grep -q 'GNU tar'; then
    tar -C "$work" --sort=name --mtime="@$mtime" --owner=0 --group=0 --numeric-owner --format=ustar \
        -cf "$work/$name.tar" "$name"
else # bsdtar (macOS): entries are named in order; times set on the files themselves
    touch -h -d "$(date -u -r "$mtime" +%Y-%m-%dT%H:%M:%SZ)" "$work/$name/tapform" "$work/$name"
    tar -C "$work" --uid 0 --gid 0 --numeric-owner --format ustar -cf "$work/$name.tar" \
        "$name" "$name/tapform"
fi
gzip -n -9 < "$work/$name.tar" > "$work/$archive"
mv "$work/$archive" "$out/$archive"

# SHA256SUMS: this archive's line replaces any earlier one; lines sorted by archive name.
if command -v sha256sum > /dev/null; then sum=$(cd "$out" && sha256sum -- "$archive")
else sum=$(cd "$out" && shasum -a 256 -- "$archive"); fi
{ [[ -f $out/SHA256SUMS ]] && awk -v a="$archive" '$2 != a' "$out/SHA256SUMS"; echo "$sum"; } \
    | sort -k2 > "$work/SHA256SUMS"
mv "$work/SHA256SUMS" "$out/SHA256SUMS"

echo "== $out/$archive ($(wc -c < "$out/$archive" | tr -d ' ') bytes; binary $(wc -c < "$work/$name/tapform" | tr -d ' ') bytes)"
echo "$sum"
