import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    if len(host) > 3:
        fixed = "ping -c 1 localhost"
    else:
        fixed = "uptime"
    # plumb-ok: command-injection
    os.system(fixed)
    requested = "uptime"
    if len(host) > 3:
        requested = "ping -c 1 " + host
    # plumb-expect: command-injection
    os.system(requested)

    if host.startswith("old"):
        legacy = "MD5"
    else:
        legacy = "MD" + "5"
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    if host.startswith("old"):
        strong = "SHA-256"
    else:
        strong = "SHA-512"
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
