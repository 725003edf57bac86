import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    command = ["ping"]
    command.append("-c 1")
    command.append(host)
    # plumb-expect: command-injection
    os.system(" ".join(command))
    fixed = ["ping"]
    fixed.extend(["-c 1", "localhost"])
    # plumb-ok: command-injection
    os.system(" ".join(fixed))

    legacy = []
    legacy.append("MD")
    legacy.append(str(5))
    # plumb-expect: weak-hash
    hashlib.new("".join(legacy)).hexdigest()
    strong = ["SHA"]
    strong.append("-")
    strong.append(str(256))
    # plumb-ok: weak-hash
    hashlib.new("".join(strong)).hexdigest()
    return "ok"
