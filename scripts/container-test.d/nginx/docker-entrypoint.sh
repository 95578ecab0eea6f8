#!/bin/sh
# Test stand-in for the official nginx image's entrypoint, limited to what docker-compose.prod.yml uses:
#   NGINX_ENTRYPOINT_LOCAL_RESOLVERS set: export NGINX_LOCAL_RESOLVERS = the nameservers of /etc/resolv.conf;
#   every /etc/nginx/templates/*.template is written to NGINX_ENVSUBST_OUTPUT_DIR (default /etc/nginx/conf.d) without
#   its suffix, substituting only variables that are set (nginx's own $variables stay).
set -eu
if [ -n "${NGINX_ENTRYPOINT_LOCAL_RESOLVERS:-}" ]; then
  NGINX_LOCAL_RESOLVERS=$(awk 'BEGIN{ORS=" "} $1=="nameserver" { if ($2 ~ ":") print "[" $2 "]"; else print $2 }' /etc/resolv.conf)
  export NGINX_LOCAL_RESOLVERS="${NGINX_LOCAL_RESOLVERS% }"
fi
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
