import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


def check(value):
    if not value:
        raise ValueError("empty value")


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    fixed = host
    try:
        check(fixed)
    finally:
        fixed = "localhost"
    # plumb-ok: command-injection
    os.system("ping -c 1 " + fixed)
    requested = "localhost"
    try:
        check(host)
    finally:
        requested = host
    # plumb-expect: command-injection
    os.system("ping -c 1 " + requested)

    legacy = "SHA-256"
    try:
        check(legacy)
    finally:
        legacy = "MD5"
    # plumb-expect: weak-hash
    hashlib.new(legacy).hexdigest()
    strong = "MD5"
    try:
        check(strong)
    finally:
        strong = "SHA-256"
    # plumb-ok: weak-hash
    hashlib.new(strong).hexdigest()
    return "ok"
