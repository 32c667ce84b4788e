#!/usr/bin/env bash
# Trains the Rasa model only when the training data, domain or config changed.
set -euo pipefail
cd "$(dirname "$0")/.."
fingerprint=$(scripts/model_fingerprint.sh)
model=models/cp-assistant.tar.gz
if [ -f "$model" ] && [ "$(cat models/.fingerprint 2>/dev/null)" = "$fingerprint" ]; then
  echo "Model is up to date ($model)."
  exit 0
fi
echo "Training the model (about three minutes)..."
start=$(date +%s)
.venv/bin/rasa train --fixed-model-name cp-assistant --out models --quiet
echo "$fingerprint" > models/.fingerprint
echo "Trained $model in $(( $(date +%s) - start )) s."
