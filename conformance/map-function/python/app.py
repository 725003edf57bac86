import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    fixed = list(map(lambda h: "ping -c 1 " + h, ["localhost"]))
    requested = list(map(lambda h: "ping -c 1 " + h, [host]))
    # plumb-ok: command-injection
    os.system(fixed[0])
    # plumb-expect: command-injection
    os.system(requested[0])

    legacy = list(map(lambda family: family + "5", ["MD"]))
    strong = list(map(lambda family: family + "256", ["SHA-"]))
    # plumb-expect: weak-hash
    hashlib.new(legacy[0]).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(strong[0]).hexdigest()
    return "ok"
