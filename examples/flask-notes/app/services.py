"""Business logic shared by the views: rendering, exports, imports, attachments, link previews, backups."""
import csv
import hashlib
import html
import io
import json
import os
import pickle
import random
import re
import string
import subprocess
from datetime import datetime, timezone
from urllib.parse import urlparse

import requests
import yaml
from defusedxml import ElementTree as SafeET
from werkzeug.utils import secure_filename

from app.settings import ATTACHMENT_DIR, BACKUP_DIR, INSTANCE_DIR, OEMBED_ENDPOINT, REFERENCE_HOSTS

SHARE_ALPHABET = string.ascii_letters + string.digits
IMPORT_FORMATS = ("json", "yaml", "enex", "desktop")
DEFAULT_SHARE_LAYOUT = "<article><h1>{{ note.title }}</h1>{{ body_html }}</article>"
OEMBED_HOSTS = {"www.youtube.com", "youtube.com", "youtu.be", "vimeo.com"}


# --- rendering -------------------------------------------------------------

def render_markdown(text):
    """A tiny Markdown subset. HTML in the source is escaped before any markup is added."""
    escaped = html.escape(text)
    escaped = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escaped)
    escaped = re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)
    paragraphs = [p.replace("\n", "<br>") for p in escaped.split("\n\n") if p.strip()]
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def new_share_token():
    # plumb-expect: insecure-random
    return "".join(random.choice(SHARE_ALPHABET) for _ in range(12))


# --- exports ---------------------------------------------------------------

def export_markdown(notes):
    parts = []
    for note in notes:
        parts.append(f"# {note['title']}\n\n{note['body']}\n\ntags: {note['tags'] or '-'}\n")
    return "\n---\n\n".join(parts)


def export_csv(notes):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "title", "tags", "updated_at", "body"])
    for note in notes:
        writer.writerow([note["id"], note["title"], note["tags"], note["updated_at"], note["body"]])
    return buffer.getvalue()


# --- imports ---------------------------------------------------------------

def parse_import(fmt, raw):
    if fmt == "json":
        # plumb-ok: unsafe-deserialization
        return json.loads(raw)["notes"]
    if fmt == "yaml":
        # plumb-ok: unsafe-deserialization
        return yaml.safe_load(raw)["notes"]
    if fmt == "enex":
        return _parse_enex(raw)
    if fmt == "desktop":
        # Backups written by the old desktop client are pickled lists of dicts.
        # plumb-expect: unsafe-deserialization
        return pickle.loads(raw)
    raise ValueError(f"unsupported import format, expected one of {IMPORT_FORMATS}")


def _parse_enex(raw):
    # plumb-ok: xxe
    root = SafeET.fromstring(raw)
    notes = []
    for element in root.iter("note"):
        tags = [tag.text for tag in element.findall("tag") if tag.text]
        notes.append({"title": element.findtext("title", ""), "body": element.findtext("content", ""), "tags": tags})
    return notes


# --- attachments -----------------------------------------------------------

def attachment_dir(owner_id, note_id):
    return os.path.join(ATTACHMENT_DIR, str(int(owner_id)), str(int(note_id)))


def save_attachment(owner_id, note_id, upload):
    folder = attachment_dir(owner_id, note_id)
    os.makedirs(folder, exist_ok=True)
    name = secure_filename(upload.filename)
    path = os.path.join(folder, name)
    # plumb-ok: path-traversal
    upload.save(path)
    # plumb-ok: path-traversal
    with open(path, "rb") as fh:
        # plumb-ok: weak-hash
        etag = hashlib.md5(fh.read(), usedforsecurity=False).hexdigest()
    return name, os.path.getsize(path), etag


def delete_attachment(owner_id, note_id, name):
    path = os.path.join(attachment_dir(owner_id, note_id), name)
    # plumb-expect: path-traversal
    os.remove(path)


# --- link previews -----------------------------------------------------------

def fetch_link_preview(url):
    """Title card for a link pasted into a note."""
    host = urlparse(url).hostname or ""
    if host in OEMBED_HOSTS:
        # plumb-ok: ssrf
        data = requests.get(OEMBED_ENDPOINT, params={"url": url}, timeout=5).json()
        return {"title": data.get("title", ""), "site": data.get("provider_name", host)}
    # plumb-expect: ssrf
    resp = requests.get(url, timeout=5, headers={"User-Agent": "notes-link-preview/1.0"})
    match = re.search(r"<title[^>]*>(.*?)</title>", resp.text, re.IGNORECASE | re.DOTALL)
    return {"title": html.unescape(match.group(1)).strip() if match else url, "site": host}


def fetch_reference_snippet(url):
    """First paragraph of a documentation page, embedded as a quote."""
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in REFERENCE_HOSTS:
        raise ValueError("only documentation sites can be embedded")
    # plumb-ok: ssrf
    resp = requests.get(url, timeout=5)
    match = re.search(r"<p[^>]*>(.*?)</p>", resp.text, re.DOTALL)
    return re.sub(r"<[^>]+>", "", match.group(1)).strip() if match else ""


# --- backups -----------------------------------------------------------------

def create_backup(label):
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    archive = os.path.join(BACKUP_DIR, f"notes-{stamp}-{label}.tar.gz")
    # plumb-expect: command-injection
    subprocess.run(f"tar czf {archive} -C {INSTANCE_DIR} notes.sqlite3 attachments", shell=True, check=True, timeout=600)
    return os.path.basename(archive)
