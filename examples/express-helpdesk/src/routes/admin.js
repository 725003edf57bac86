const path = require('path');
const express = require('express');

const integrations = require('../services/integrations');
const { route } = require('./auth');

const EXPORT_ROOT = path.resolve(process.env.EXPORT_DIR || './data/exports');

const router = express.Router();

router.use((req, res, next) => (req.agent.is_admin ? next() : res.sendStatus(403)));

// Nightly CSV exports are listed on the admin dashboard and downloaded from here.
router.get('/exports/download', (req, res) => {
  const file = path.join(EXPORT_ROOT, String(req.query.file || ''));
  // plumb-expect: path-traversal
  res.download(file);
});

router.post('/webhooks/test', route(async (req, res) => {
  res.json(await integrations.sendTestEvent(req.body.url));
}));

router.get('/status/:component', route(async (req, res) => {
  res.json({ status: await integrations.componentStatus(req.params.component) });
}));

router.post('/mailboxes/check', route(async (req, res) => {
  const domain = String(req.body.domain || '');
  res.json({ domain, exchangers: await integrations.mailExchangers(domain) });
}));

router.post('/mailboxes/trace', route(async (req, res) => {
  res.json({ hops: await integrations.traceMailHost(String(req.body.host || '')) });
}));

module.exports = router;
