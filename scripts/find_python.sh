#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter (Rasa 3.6 needs 3.10), or explains how to get one.
set -euo pipefail
candidates=()
if command -v pyenv >/dev/null 2>&1; then
  for version in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.10(\.|$)' | sort -V -r); do
    candidates+=("$(pyenv root)/versions/$version/bin/python")
  done
fi
candidates+=("$HOME"/.pyenv/versions/3.10*/bin/python python3.10)
for python in "${candidates[@]}"; do
  if command -v "$python" >/dev/null 2>&1 && "$python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then
    command -v "$python"
    exit 0
  fi
done
cat >&2 <<'MSG'
Python 3.10 is needed (Rasa 3.6 does not run on 3.11 or newer), and none was found.
Install it with pyenv (`pyenv install 3.10.13`) or your package manager (`python3.10`),
then run the command again.
MSG
exit 1
