"""Sign-in: local accounts (with legacy hashes) and the company directory."""
import functools
import hashlib
import hmac
import logging
import random
import secrets

import ldap
from flask import g, jsonify, redirect, render_template, request, session, url_for
from ldap.filter import escape_filter_chars
from werkzeug.security import check_password_hash, generate_password_hash

from app import app, db
from app.settings import (
    LDAP_BIND_DN,
    LDAP_BIND_PASSWORD,
    LDAP_ENABLED,
    LDAP_PEOPLE_DN,
    LDAP_URI,
    LEGACY_HASH_ALGORITHM,
    PASSWORD_FIELD,
)

log = logging.getLogger(__name__)

REMEMBER_ME_SECONDS = 30 * 24 * 3600
THEMES = {"light", "dark", "sepia"}
AVATAR_COLORS = ["#e57373", "#64b5f6", "#81c784", "#ffb74d", "#ba68c8"]


def login_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        user_id = session.get("user_id")
        if user_id is None:
            # plumb-ok: open-redirect
            return redirect(url_for("login", next=request.path))
        g.user_id = user_id
        return view(*args, **kwargs)

    return wrapped


def _verify_password(user, password):
    if user["password_hash"]:
        return check_password_hash(user["password_hash"], password)
    # plumb-expect: weak-hash
    legacy = hashlib.new(LEGACY_HASH_ALGORITHM, password.encode("utf-8")).hexdigest()
    if not hmac.compare_digest(legacy, user["legacy_hash"] or ""):
        return False
    db.upgrade_password_hash(user["id"], generate_password_hash(password))
    return True


def _directory():
    conn = ldap.initialize(LDAP_URI)
    conn.set_option(ldap.OPT_REFERRALS, 0)
    conn.simple_bind_s(LDAP_BIND_DN, LDAP_BIND_PASSWORD)
    return conn


def _directory_login(username, password):
    conn = _directory()
    # plumb-expect: ldap-injection
    results = conn.search_s(LDAP_PEOPLE_DN, ldap.SCOPE_SUBTREE, "(&(objectClass=person)(uid=" + username + "))", ["cn", "mail"])
    if len(results) != 1:
        return False
    user_dn = results[0][0]
    try:
        ldap.initialize(LDAP_URI).simple_bind_s(user_dn, password)
    except ldap.INVALID_CREDENTIALS:
        return False
    return True


def find_colleagues(name):
    """Suggestions for the share dialog, from the company directory."""
    flt = "(&(objectClass=person)(cn=*%s*))" % escape_filter_chars(name)
    # plumb-ok: ldap-injection
    results = _directory().search_s(LDAP_PEOPLE_DN, ldap.SCOPE_SUBTREE, flt, ["uid", "cn", "mail"])
    return [{"uid": attrs["uid"][0].decode(), "name": attrs["cn"][0].decode()} for _, attrs in results if attrs]


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    username = request.form.get("username", "").strip()
    password = request.form.get(PASSWORD_FIELD, "")
    user = db.get_user_by_name(username)
    if user is None and LDAP_ENABLED and _directory_login(username, password):
        # plumb-ok: insecure-random
        color = random.choice(AVATAR_COLORS)
        user = db.create_directory_user(username, color)
        authenticated = True
    else:
        authenticated = user is not None and _verify_password(user, password)
    if not authenticated:
        # plumb-expect: log-injection
        log.warning("failed login for %s from %s", username, request.remote_addr)
        return render_template("login.html", error="Invalid username or password"), 401

    session.clear()
    # plumb-ok: trust-boundary-violation
    session["user_id"] = user["id"]
    next_url = request.args.get("next")
    if next_url:
        # plumb-expect: open-redirect
        resp = redirect(next_url)
    else:
        # plumb-ok: open-redirect
        resp = redirect(url_for("index"))
    if request.form.get("remember") == "on":
        # plumb-ok: insecure-random
        token = secrets.token_urlsafe(32)
        # plumb-ok: weak-hash
        token_hash = hashlib.sha256(token.encode("utf-8")).hexdigest()
        db.store_remember_token(user["id"], token_hash)
        # plumb-expect: insecure-cookie
        resp.set_cookie("remember_token", token, max_age=REMEMBER_ME_SECONDS, httponly=True, samesite="Lax")
    return resp


@app.route("/logout", methods=["POST"])
def logout():
    session.clear()
    resp = redirect(url_for("login"))
    # plumb-ok: insecure-cookie
    resp.delete_cookie("remember_token")
    return resp


@app.route("/preferences/theme", methods=["POST"])
@login_required
def set_theme():
    theme = request.form.get("theme", "light")
    if theme not in THEMES:
        return jsonify(error="unknown theme"), 400
    back = request.form.get("back", "/")
    if not back.startswith("/") or back.startswith("//") or "\\" in back:
        return jsonify(error="back must be a path on this site"), 400
    # plumb-ok: trust-boundary-violation
    session["theme"] = theme
    # plumb-ok: open-redirect
    resp = redirect(back)
    # plumb-ok: insecure-cookie
    resp.set_cookie("theme", theme, max_age=365 * 24 * 3600, secure=True, samesite="Lax")
    return resp


@app.route("/workspaces/<workspace>/switch", methods=["POST"])
@login_required
def switch_workspace(workspace):
    # Membership is only checked when the workspace is first created.
    # plumb-expect: trust-boundary-violation
    session["workspace"] = workspace
    return redirect(url_for("index"))
