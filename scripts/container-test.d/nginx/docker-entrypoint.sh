#!/bin/sh
# Test stand-in for the official nginx image's entrypoint, limited to what docker-compose.prod.yml uses:
#   sources every executable /docker-entrypoint.d/*.envsh (their exports reach the templates);
#   writes every /etc/nginx/templates/*.template to NGINX_ENVSUBST_OUTPUT_DIR (default /etc/nginx/conf.d) without its
#   suffix, substituting only variables that are set (nginx's own $variables stay).
set -eu
for f in /docker-entrypoint.d/*.envsh; do
  [ -x "$f" ] || continue
  echo "nginx: sourcing $f"
  . "$f"
done
dir="${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}"
out="${NGINX_ENVSUBST_OUTPUT_DIR:-/etc/nginx/conf.d}"
if [ -d "$dir" ]; then
  defined=$(printf '${%s} ' $(env | cut -d= -f1))
  for t in "$dir"/*.template; do
    [ -f "$t" ] || continue
    name=$(basename "$t" .template)
    echo "nginx: $t -> $out/$name"
    envsubst "$defined" <"$t" >"$out/$name"
  done
fi
exec "$@"
