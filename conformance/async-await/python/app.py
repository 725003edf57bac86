import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


async def resolve(value):
    return value


@app.route("/ping")
async def ping():
    host = request.args.get("host", "")
    fixed = await resolve("localhost")
    requested = await resolve(host)
    # plumb-ok: command-injection
    os.system("ping -c 1 " + fixed)
    # plumb-expect: command-injection
    os.system("ping -c 1 " + requested)

    legacy = await resolve("MD5")
    strong = await resolve("SHA-256")
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
