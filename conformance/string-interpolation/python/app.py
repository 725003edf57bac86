import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    command = f"ping -c 1 {host}"
    # plumb-expect: command-injection
    os.system(command)
    target = "localhost"
    fixed = f"ping -c 1 {target}"
    # plumb-ok: command-injection
    os.system(fixed)

    family = "MD"
    legacy = f"{family}5"
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    strong = f"SHA-{256}"
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
