import hashlib
import os

from flask import Flask, request

app = Flask(__name__)

DEFAULT_HOST = "localhost"
FAMILY = "MD"
LEGACY = FAMILY + "5"
CURRENT = "SHA-" + str(256)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    # plumb-ok: command-injection
    os.system("ping -c 1 " + DEFAULT_HOST)
    # plumb-expect: command-injection
    os.system("ping -c 1 " + host)

    # plumb-expect: weak-hash
    hashlib.new(LEGACY).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(CURRENT).hexdigest()
    return "ok"
