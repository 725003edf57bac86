import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    count = request.args.get("count", "1")
    packets = int(count)
    # plumb-ok: command-injection
    os.system("ping -c " + str(packets) + " localhost")
    # plumb-expect: command-injection
    os.system("ping -c " + count + " localhost")

    legacy = "MD" + str(int("5"))
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    strong = "SHA-" + str(int("256"))
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
