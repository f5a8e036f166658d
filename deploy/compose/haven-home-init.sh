#!/bin/bash
# Gives Haven's home directory to Haven's user, once before Haven starts: Docker creates a fresh named
# volume owned by root, and Haven, which runs unprivileged, must write its audit witness there.
# Usage: haven-home-init.sh HOME UID GID (compose runs it as root in the service "haven-home").
set -euo pipefail
home="${1:?usage: haven-home-init.sh HOME UID GID}"
uid="${2:?usage: haven-home-init.sh HOME UID GID}"
gid="${3:?usage: haven-home-init.sh HOME UID GID}"
mkdir -p "$home"
# only the directory itself: what Haven made inside is Haven's already, and keys/ is a read-only mount
chown "$uid:$gid" "$home"
chmod 0700 "$home"
