"""Operator endpoints: backups, disk usage and log search."""
import functools
import subprocess

from flask import abort, jsonify, request, session

from app import app, services
from app.settings import ATTACHMENT_DIR, BACKUP_DIR, LOG_FILE

ADMIN_USER_IDS = {1}
DISK_TARGETS = {"attachments": ATTACHMENT_DIR, "backups": BACKUP_DIR}


def admin_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if session.get("user_id") not in ADMIN_USER_IDS:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


@app.route("/admin/backup", methods=["POST"])
@admin_required
def backup():
    label = request.form.get("label", "manual")
    return jsonify(archive=services.create_backup(label))


@app.route("/admin/disk-usage")
@admin_required
def disk_usage():
    target = DISK_TARGETS.get(request.args.get("target", "attachments"))
    if target is None:
        abort(400)
    # plumb-ok: command-injection
    out = subprocess.run(["du", "-sh", target], capture_output=True, text=True, timeout=30)
    return jsonify(usage=out.stdout.strip())


@app.route("/admin/logs/grep")
@admin_required
def grep_logs():
    pattern = request.args.get("pattern", "")
    # plumb-ok: command-injection
    out = subprocess.run(["grep", "-F", "--", pattern, LOG_FILE], capture_output=True, text=True, timeout=30)
    return jsonify(lines=out.stdout.splitlines()[-200:])
