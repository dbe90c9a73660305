# Shared helpers for tests/sh/*.sh: TAP output ("ok - name" / "not ok - name").
# Source it; DYAD, ROOT, SHARED and BUILD come from tests/run.sh.
: "${ROOT:=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
: "${BUILD:=build}"
: "${DYAD:=$ROOT/$BUILD/dyad}"
: "${SHARED:=$(cd "$ROOT/.." && pwd)/shared}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

ok() { echo "ok - $*"; }
notok() { echo "not ok - $*"; }
skip() { echo "ok - $1 # SKIP ${2:-}"; }
# check NAME CMD...: passes when CMD exits 0
check() { local n=$1; shift; if "$@" >"$TMP/check.out" 2>&1; then ok "$n"; else notok "$n"; sed 's/^/# /' "$TMP/check.out" | head -20; fi; }
# check_eq NAME EXPECTED ACTUAL
check_eq() { if [ "$2" = "$3" ]; then ok "$1"; else notok "$1"; echo "# expected: $2"; echo "# actual:   $3"; fi; }
# check_file NAME EXPECTED_FILE ACTUAL_FILE: exact match, diff on failure
check_file() { if diff -u "$2" "$3" >"$TMP/diff.out" 2>&1; then ok "$1"; else notok "$1"; sed 's/^/# /' "$TMP/diff.out" | head -40; fi; }
have_shared() { [ -d "$SHARED/corpus" ]; }
