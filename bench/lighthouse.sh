#!/usr/bin/env bash
# Lighthouse (mobile defaults) on the sample site's ten-question page, served over local HTTP.
# Usage: bash bench/lighthouse.sh [page [site folder]]
#   page defaults to 02-operations/incidents.html, the site folder to the sample site's (after
#   `mvn -B install -DskipTests`); another generated site works too. Needs Node 20, npm and /usr/bin/chromium.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
page="${1:-02-operations/incidents.html}"
site="$(cd "${2:-$root/sample-site/target/quiz-site}" 2>/dev/null && pwd || echo "${2:-$root/sample-site/target/quiz-site}")"
work="$root/bench/target/lighthouse"
[ -f "$site/$page" ] || { echo "no $site/$page: run 'mvn -B install -DskipTests' first, or give a site folder" >&2; exit 1; }
mkdir -p "$work"
# Lighthouse 13 needs Node 22; 12.2.3 runs on Node 20 with Debian's Chromium
[ -x "$work/node_modules/.bin/lighthouse" ] || npm install --prefix "$work" --silent --no-audit --no-fund lighthouse@12.2.3 >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
sleep 1
CHROME_PATH=/usr/bin/chromium "$work/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" --quiet \
  --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
  --output=json --output-path="$work/report.json"
python3 - "$work/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
scores = {name: round(category["score"] * 100) for name, category in report["categories"].items()}
print("Lighthouse", report["lighthouseVersion"], report["finalDisplayedUrl"])
for name, score in scores.items():
    print(f"  {name:16} {score}")
PY
