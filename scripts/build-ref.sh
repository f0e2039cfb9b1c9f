#!/bin/sh
# make differential: builds lokaal of a git ref as make release does
# (swift build -c release --static-swift-stdlib) in a temporary worktree under /tmp,
# copies it to .build/differential/COMMIT/lokaal and prints that path.
# A commit built before is not built again. The worktree is removed afterwards; this
# tree's Package.resolved is copied in when the ref has none, so both builds use the
# same swift-argument-parser.
# Usage: sh scripts/build-ref.sh REF    (from the package root; build output on stderr)
set -eu
REF=$1
SWIFT=${SWIFT:-swift}
commit=$(git rev-parse --verify --quiet "$REF^{commit}") || { echo "build-ref: $REF is neither a lokaal binary nor a git ref" >&2; exit 64; }
out=$(pwd)/.build/differential/$commit
if [ -x "$out/lokaal" ]; then echo "$out/lokaal"; exit 0; fi
tree=$(mktemp -d /tmp/lokaal-ref.XXXXXX)
# SwiftPM leaves its lock files beside the tree, named after its path (/ as _).
locks="$(dirname "$tree")/$(printf %s "$tree" | tr / _)_"
trap 'git worktree remove --force "$tree" >/dev/null 2>&1 || rm -rf "$tree"; git worktree prune; rm -f "$locks"*' EXIT
echo "build-ref: building $REF ($commit) in $tree" >&2
git worktree add --quiet --detach "$tree" "$commit" >&2
if [ -f Package.resolved ] && [ ! -f "$tree/Package.resolved" ]; then cp Package.resolved "$tree/"; fi
(cd "$tree" && $SWIFT build -c release --static-swift-stdlib --product lokaal >&2)
mkdir -p "$out"
cp "$tree/.build/release/lokaal" "$out/lokaal.tmp" && mv "$out/lokaal.tmp" "$out/lokaal"
echo "$out/lokaal"
