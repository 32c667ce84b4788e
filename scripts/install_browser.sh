#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the browser tests, and the Noto fonts that draw
# the Urdu, Arabic, Gujarati, Punjabi and Bengali pages, if they are not there yet.
set -euo pipefail
packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium chromium-driver fonts-dejavu-core)
[ -d /usr/share/fonts/truetype/noto ] || packages+=(fonts-noto-core)
if [ ${#packages[@]} -eq 0 ]; then exit 0; fi
echo "Installing ${packages[*]} for the browser tests..."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Run as root or install sudo: apt-get install ${packages[*]}" >&2; exit 1; }
  SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
/usr/bin/chromium --version
