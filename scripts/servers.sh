#!/usr/bin/env bash
# Starts or stops the action server (:5055), the Rasa server (:5005) and the web app (:8000).
#   scripts/servers.sh start    start all three in the background and wait until they answer
#   scripts/servers.sh stop     stop them
#   scripts/servers.sh run      start them in the foreground; Ctrl-C stops all three
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_DIR=.run
mkdir -p "$RUN_DIR"
export RASA_TELEMETRY_ENABLED=false

start_one() {  # name, health url, command...
  local name=$1 url=$2; shift 2
  "$@" >"$RUN_DIR/$name.log" 2>&1 &
  echo $! >"$RUN_DIR/$name.pid"
}

wait_for() {  # name, url, seconds
  local name=$1 url=$2 limit=$3
  for _ in $(seq "$limit"); do
    if curl -fsS "$url" >/dev/null 2>&1; then echo "  $name is up ($url)"; return 0; fi
    if ! kill -0 "$(cat "$RUN_DIR/$name.pid")" 2>/dev/null; then
      echo "  $name stopped while starting; its log:" >&2; tail -30 "$RUN_DIR/$name.log" >&2; return 1
    fi
    sleep 1
  done
  echo "  $name did not answer within $limit s; its log:" >&2; tail -30 "$RUN_DIR/$name.log" >&2
  return 1
}

start() {
  echo "Starting the action server, the Rasa server and the web app..."
  start_one actions http://localhost:5055/health \
    .venv/bin/rasa run actions --actions actions --port 5055
  start_one rasa http://localhost:5005/ \
    .venv/bin/rasa run --enable-api -i 127.0.0.1 --model models/cp-assistant.tar.gz --port 5005 \
      --endpoints endpoints.yml --credentials credentials.yml
  start_one web http://localhost:8000/healthz \
    .venv/bin/uvicorn bot.main:app --host 127.0.0.1 --port 8000 --ws wsproto
  wait_for actions http://localhost:5055/health 120
  wait_for web http://localhost:8000/healthz 60
  wait_for rasa http://localhost:5005/status 300
}

stop() {
  for name in web rasa actions; do
    if [ -f "$RUN_DIR/$name.pid" ]; then
      pid=$(cat "$RUN_DIR/$name.pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$RUN_DIR/$name.pid"
    fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  run)
    trap 'echo; echo "Stopping..."; stop; exit 0' INT TERM
    start || { stop; exit 1; }
    cat <<MSG

The assistant is running:
  web app         http://localhost:8000/
  Rasa REST       http://localhost:5005/webhooks/rest/webhook
  action server   http://localhost:5055/health
Logs are in $RUN_DIR/. Press Ctrl-C to stop all three.
MSG
    while true; do
      for name in actions rasa web; do
        if ! kill -0 "$(cat "$RUN_DIR/$name.pid")" 2>/dev/null; then
          echo "$name stopped; see $RUN_DIR/$name.log" >&2; stop; exit 1
        fi
      done
      sleep 2
    done
    ;;
  *) echo "usage: $0 start|stop|run" >&2; exit 2 ;;
esac
