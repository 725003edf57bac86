const express = require('express');
const ejs = require('ejs');
const escapeHtml = require('escape-html');

const tickets = require('../repositories/tickets');
const { route } = require('./auth');

const router = express.Router();

// Canned replies agents can insert; the placeholders are filled in from the ticket.
const CANNED_REPLIES = new Map([
  ['received', 'Hi <%= ticket.requester_name %>, we received your request #<%= ticket.id %> and will get back to you shortly.'],
  ['solved', 'Hi <%= ticket.requester_name %>, we believe #<%= ticket.id %> is solved. Reply to this e-mail to reopen it.'],
]);

router.get('/', route(async (req, res) => {
  const term = String(req.query.q || '');
  const rows = await tickets.search(term, req.query.sort);
  // plumb-ok: xss
  res.render('tickets/index', { tickets: rows, term });
}));

router.get('/queue', route(async (req, res) => {
  const rows = await tickets.inStatuses(String(req.query.status || 'open'));
  res.json({ tickets: rows, mine: await tickets.countForAgent(req.query.agent) });
}));

// htmx endpoint behind the search box: returns <li> items for the dropdown.
router.get('/suggest', route(async (req, res) => {
  const term = String(req.query.q || '');
  const rows = await tickets.search(term, 'newest');
  if (rows.length === 0) {
    // plumb-expect: xss
    return res.send(`<li class="suggestion empty">No tickets match "${term}"</li>`);
  }
  const items = rows.slice(0, 8).map((t) => `<li class="suggestion"><a href="/tickets/${t.id}">#${t.id} ${escapeHtml(t.subject)}</a></li>`);
  return res.send(items.join(''));
}));

router.get('/:id(\\d+)', route(async (req, res) => {
  const ticket = await tickets.findById(Number(req.params.id));
  if (!ticket) {
    return res.status(404).render('not-found');
  }
  return res.render('tickets/show', { ticket, highlight: req.query.highlight || '' });
}));

router.get('/:id(\\d+)/label', (req, res) => {
  const label = String(req.query.label || 'untitled');
  // plumb-ok: xss
  res.send(`<span class="label label-custom">${escapeHtml(label)}</span>`);
});

// Live preview while an agent edits a reply that uses placeholders.
router.post('/:id(\\d+)/replies/preview', route(async (req, res) => {
  const ticket = await tickets.findById(Number(req.params.id));
  if (!ticket) {
    return res.sendStatus(404);
  }
  // plumb-expect: template-injection
  const html = ejs.render(String(req.body.body || ''), { ticket });
  return res.json({ html });
}));

router.post('/:id(\\d+)/replies/canned', route(async (req, res) => {
  const ticket = await tickets.findById(Number(req.params.id));
  const source = CANNED_REPLIES.get(req.body.name);
  if (!ticket || !source) {
    return res.sendStatus(404);
  }
  // plumb-ok: template-injection
  const body = ejs.render(source, { ticket });
  const replyId = await tickets.addReply(ticket.id, req.agent.id, body);
  return res.status(201).json({ id: replyId, body });
}));

module.exports = router;
