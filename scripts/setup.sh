#!/usr/bin/env bash
# setup.sh: installs, with apt-get, the Debian packages dyad needs to build,
# test and fuzz, when they are missing. Run as root on Debian 12.
set -eu
pkgs="build-essential pkg-config git ca-certificates clang libclang-rt-14-dev
  libgumbo-dev libjansson-dev libutf8proc-dev libsqlite3-dev sqlite3 zlib1g-dev
  libcmocka-dev iso-codes time libgeonames-dev
  chromium fonts-dejavu-core"
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
else
  echo "setup: all packages present"
fi
