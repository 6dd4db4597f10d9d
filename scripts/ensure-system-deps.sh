#!/usr/bin/env bash
# Installs the Debian packages the tests drive for real: Chromium (browser tests),
# LibreOffice Writer, Liberation fonts and poppler-utils (render tests). Liberation 2 is the one with
# Vietnamese letters (ộ, ự, ạ…) at Times New Roman's metrics; without it LibreOffice borrows wider glyphs.
# On Debian/Ubuntu it installs what is missing (as root, or through sudo);
# elsewhere it stops and prints the exact command to run.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "Liberation Serif" || need+=(fonts-liberation)
fc-list ":family=Liberation Serif:charset=1ed9" 2>/dev/null | grep -q . || need+=(fonts-liberation2)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

cmd="apt-get update && apt-get install -y --no-install-recommends ${need[*]}"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need: ${need[*]}. This is not a Debian/Ubuntu system, so install them yourself." >&2
  echo "On Debian/Ubuntu the command is: sudo $cmd" >&2
  exit 1
fi

echo "Installing test dependencies from Debian: ${need[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo_cmd=""
elif command -v sudo >/dev/null 2>&1; then
  sudo_cmd="sudo"
else
  echo "Not root and no sudo. Run as root: $cmd" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
