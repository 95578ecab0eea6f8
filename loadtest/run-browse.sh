#!/usr/bin/env bash
# Browse-mix benchmark against a RUNNING server (e.g. scripts/run), next to the server's own trivial /ping in the
# same run, so the figures are ratios that hold on noisy machines. Loopback only; bounded by DURATION.
#   BASE_URL=http://127.0.0.1:8000 DURATION=30s CONNECTIONS=64 THREADS=2 SHOP_IDS=101,102 loadtest/run-browse.sh
set -euo pipefail
cd "$(dirname "$0")"
BASE_URL=${BASE_URL:-http://127.0.0.1:8000}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
case "$BASE_URL" in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "refusing a non-loopback target: $BASE_URL" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
if [ -z "${SHOP_IDS:-}" ]; then
  SHOP_IDS=$(curl -fsS "$BASE_URL/public/sellers?per_page=20" | python3 -c \
    'import sys,json; print(",".join(str(s["seller_id"]) for s in json.load(sys.stdin)["sellers"]))')
fi
[ -n "$SHOP_IDS" ] || { echo "no listed shops at $BASE_URL (run the dev server with its demo data)" >&2; exit 1; }
export SHOP_IDS
echo "warm-up..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s browse.lua "$BASE_URL" >/dev/null
ping=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s ping.lua "$BASE_URL/ping" | grep '^RESULT')
mix=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s browse.lua "$BASE_URL" | grep '^RESULT')
echo "ping   $ping"
echo "browse $mix"
python3 - "$ping" "$mix" <<'PY'
import sys
def parse(line): return {k: float(v) for k, v in (kv.split("=") for kv in line.split()[1:])}
p, m = parse(sys.argv[1]), parse(sys.argv[2])
print(f"ratio  browse/ping throughput = {m['rps'] / p['rps']:.2f}  (p99 {m['p99_ms']:.1f} ms vs {p['p99_ms']:.1f} ms)")
PY
