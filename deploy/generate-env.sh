#!/usr/bin/env bash
# Writes .env for docker-compose.yml: the public host names you give, and a fresh random value for every
# secret. Run it once per deployment; keep .env out of version control (it is in .gitignore) and readable
# by the operator only. Compose refuses to start without it.
#   deploy/generate-env.sh planner.example.org login.example.org          writes ./.env
#   deploy/generate-env.sh planner.example.org login.example.org out.env  writes out.env
#   FORCE=1 deploy/generate-env.sh ...                                    replaces an existing file
# Changing GATEWAY_CLIENT_SECRET later needs the same change in Keycloak (the realm is imported only once).
set -euo pipefail

if [ $# -lt 2 ]; then
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
public_host=$1
keycloak_host=$2
target=${3:-$(cd "$(dirname "$0")/.." && pwd)/.env}

for host in "$public_host" "$keycloak_host"; do
  if ! [[ $host =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$ ]]; then
    echo "not a host name: $host (give names only, without https:// or a path)" >&2
    exit 2
  fi
done
if [ -e "$target" ] && [ "${FORCE:-}" != 1 ]; then
  echo "$target exists; keeping it (FORCE=1 to replace it, which changes every secret)" >&2
  exit 1
fi

# 32 random bytes as 64 hex characters: no character compose or a shell would interpret
secret() {
  if command -v openssl > /dev/null; then
    openssl rand -hex 32
  else
    od -An -tx1 -N32 /dev/urandom | tr -d ' \n'
  fi
}

umask 077
cat > "$target" <<ENV
# written by deploy/generate-env.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ); never commit this file
BACKBONE_PUBLIC_HOST=$public_host
KEYCLOAK_PUBLIC_HOST=$keycloak_host
KEYCLOAK_ADMIN_USERNAME=admin
KEYCLOAK_ADMIN_PASSWORD=$(secret)
KEYCLOAK_DB_PASSWORD=$(secret)
GATEWAY_CLIENT_SECRET=$(secret)
GATEWAY_LOGIN_COOKIE_KEY=$(secret)
UNSUBSCRIBE_SECRET=$(secret)
BACKBONE_EVENT_SIGNING_KEY=$(secret)
# a mail relay instead of the mail catcher (optional)
#SMTP_HOST=smtp.example.org
#SMTP_PORT=587
ENV
echo "Wrote $target (mode 600). Keycloak's admin password is in it (KEYCLOAK_ADMIN_PASSWORD)."
