import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    count = request.args.get("count", "1")
    packets = 2 * 2
    # plumb-ok: command-injection
    os.system("ping -c " + str(packets + 1) + " localhost")
    # plumb-expect: command-injection
    os.system("ping -c " + str(packets) + count + " localhost")

    legacy = "MD" + str(2 + 3)
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    strong = "SHA-" + str(128 * 2)
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
