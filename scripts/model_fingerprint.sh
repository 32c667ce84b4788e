#!/usr/bin/env bash
# Prints a hash of everything the trained model depends on; training is skipped when it is unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."
{ find data -type f -name '*.yml' | sort; echo domain.yml config.yml bot/nlu/safety_net.py; } \
  | xargs sha256sum | sha256sum | cut -d' ' -f1
