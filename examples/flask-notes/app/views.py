"""Notes: search, rendering, sharing, exports, imports, attachments and link previews."""
import ast
import json
import logging
from urllib.parse import quote

from flask import abort, g, jsonify, make_response, render_template, render_template_string, request, send_from_directory, url_for
from markupsafe import escape

from app import app, db, services
from app.auth import find_colleagues, login_required

log = logging.getLogger(__name__)


@app.route("/")
@login_required
def index():
    return render_template("index.html", notes=db.search_notes(g.user_id, ""))


@app.route("/search")
@login_required
def search():
    term = request.args.get("q", "")
    rows = db.search_notes(g.user_id, term, request.args.get("sort", "updated"))
    # plumb-ok: log-injection
    log.info("search by user %s: %s", g.user_id, term.replace("\r", " ").replace("\n", " "))
    # plumb-ok: xss, template-injection
    return render_template("search.html", notes=rows, term=term)


@app.route("/search/suggest")
@login_required
def suggest():
    """HTMX endpoint behind the search box; returns <li> items."""
    term = request.args.get("q", "")
    rows = db.search_notes(g.user_id, term)
    if not rows:
        # plumb-expect: xss
        return f'<li class="suggestion empty">No notes match "{term}"</li>'
    # plumb-ok: xss
    return render_template("partials/suggestions.html", notes=rows)


@app.route("/tags/<tag>")
@login_required
def notes_by_tag(tag):
    return jsonify(notes=[dict(row) for row in db.notes_with_tag(g.user_id, tag)])


@app.route("/tags/<tag>/chip")
@login_required
def tag_chip(tag):
    # plumb-ok: xss
    return f'<span class="tag-chip">#{escape(tag)}</span>'


@app.route("/notes/<int:note_id>")
@login_required
def show_note(note_id):
    note = db.get_note(g.user_id, note_id)
    if note is None:
        abort(404)
    return render_template("note.html", note=note, body_html=services.render_markdown(note["body"]), highlight=request.args.get("highlight", ""))


@app.route("/notes", methods=["POST"])
@login_required
def create_note():
    note_id = db.insert_note(g.user_id, request.form.get("title", "Untitled")[:200], request.form.get("body", ""), request.form.get("tags", ""))
    return jsonify(id=note_id, url=url_for("show_note", note_id=note_id)), 201


@app.route("/notes/preview", methods=["POST"])
@login_required
def preview_note():
    # plumb-ok: xss
    return jsonify(html=services.render_markdown(request.form.get("body", "")))


@app.route("/notes/<int:note_id>/properties", methods=["POST"])
@login_required
def note_properties(note_id):
    """Properties are typed in the editor as a Python-style dict literal."""
    # plumb-ok: code-injection
    props = ast.literal_eval(request.form.get("properties", "{}"))
    if not isinstance(props, dict):
        abort(400)
    return jsonify(note_id=note_id, properties=props)


@app.route("/api/calc")
@login_required
def calc():
    """Evaluates the `= 2 * (3 + 4)` calculation blocks inside notes."""
    expr = request.args.get("expr", "0")
    # plumb-expect: code-injection
    value = eval(expr, {"__builtins__": {}}, {"round": round, "abs": abs, "min": min, "max": max})
    return jsonify(value=value)


@app.route("/notes/<int:note_id>/share", methods=["POST"])
@login_required
def share_note(note_id):
    token = services.new_share_token()
    db.set_share_token(g.user_id, note_id, token)
    return jsonify(url=url_for("shared_note", share_token=token, _external=True))


@app.route("/s/<share_token>")
def shared_note(share_token):
    note = db.get_shared_note(share_token)
    if note is None:
        abort(404)
    # plumb-ok: xss, template-injection
    return render_template("shared.html", note=note, body_html=services.render_markdown(note["body"]))


@app.route("/notes/<int:note_id>/share/preview", methods=["POST"])
@login_required
def preview_share_layout(note_id):
    """Lets users try a custom layout for their public share page."""
    note = db.get_note(g.user_id, note_id)
    if note is None:
        abort(404)
    layout = request.form.get("layout", services.DEFAULT_SHARE_LAYOUT)
    # plumb-expect: template-injection
    return render_template_string(layout, note=note, body_html=services.render_markdown(note["body"]))


@app.route("/share/people")
@login_required
def share_people():
    return jsonify(people=find_colleagues(request.args.get("q", "")))


@app.route("/export")
@login_required
def export_markdown():
    filename = request.args.get("filename", "notes") + ".md"
    resp = make_response(services.export_markdown(db.all_notes(g.user_id)))
    resp.mimetype = "text/markdown"
    # plumb-expect: header-injection
    resp.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return resp


@app.route("/export.csv")
@login_required
def export_csv():
    filename = request.args.get("filename", "notes") + ".csv"
    resp = make_response(services.export_csv(db.all_notes(g.user_id)))
    resp.mimetype = "text/csv"
    # plumb-ok: header-injection
    resp.headers["Content-Disposition"] = "attachment; filename*=UTF-8''" + quote(filename)
    return resp


@app.route("/import", methods=["POST"])
@login_required
def import_notes():
    upload = request.files.get("file")
    fmt = request.form.get("format", "json")
    if upload is None or fmt not in services.IMPORT_FORMATS:
        abort(400)
    count = 0
    for item in services.parse_import(fmt, upload.read()):
        db.insert_note(g.user_id, str(item.get("title", "Untitled"))[:200], str(item.get("body", "")), ",".join(item.get("tags", [])))
        count += 1
    # plumb-ok: log-injection
    log.info("user %s imported %d notes", g.user_id, count)
    return jsonify(imported=count)


@app.route("/notes/<int:note_id>/attachments", methods=["POST"])
@login_required
def upload_attachment(note_id):
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400)
    name, size, etag = services.save_attachment(g.user_id, note_id, upload)
    db.add_attachment(note_id, name, size, etag)
    return jsonify(name=name, size=size), 201


@app.route("/notes/<int:note_id>/attachments/<name>")
@login_required
def download_attachment(note_id, name):
    # plumb-ok: path-traversal
    return send_from_directory(services.attachment_dir(g.user_id, note_id), name, as_attachment=True)


@app.route("/notes/<int:note_id>/attachments/delete", methods=["POST"])
@login_required
def delete_attachment(note_id):
    name = request.form["name"]
    services.delete_attachment(g.user_id, note_id, name)
    db.remove_attachment(note_id, name)
    return jsonify(deleted=True)


@app.route("/notes/<int:note_id>/link-preview", methods=["POST"])
@login_required
def link_preview(note_id):
    url = request.get_json(force=True).get("url", "")
    preview = services.fetch_link_preview(url)
    db.save_link_preview(note_id, url, preview["title"])
    return jsonify(preview)


@app.route("/notes/<int:note_id>/reference", methods=["POST"])
@login_required
def reference_snippet(note_id):
    try:
        snippet = services.fetch_reference_snippet(request.form.get("url", ""))
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(note_id=note_id, snippet=snippet)
