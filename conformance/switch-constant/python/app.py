import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    status_mode = "status"
    match status_mode:
        case "ping":
            fixed = "ping -c 1 " + host
        case "status":
            fixed = "uptime"
        case _:
            raise ValueError(status_mode)
    # plumb-ok: command-injection
    os.system(fixed)
    ping_mode = "ping"
    match ping_mode:
        case "ping":
            requested = "ping -c 1 " + host
        case "status":
            requested = "uptime"
        case _:
            raise ValueError(ping_mode)
    # plumb-expect: command-injection
    os.system(requested)

    level = "legacy"
    match level:
        case "legacy":
            legacy = "MD5"
        case "modern":
            legacy = "SHA-256"
        case _:
            raise ValueError(level)
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    modern_level = "modern"
    match modern_level:
        case "legacy":
            strong = "MD5"
        case "modern":
            strong = "SHA-256"
        case _:
            raise ValueError(modern_level)
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
