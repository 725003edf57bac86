const crypto = require('crypto');
const express = require('express');
const bcrypt = require('bcryptjs');

const agents = require('../repositories/agents');
const { sendResetCode } = require('../services/integrations');
const { route } = require('./auth');

const router = express.Router();
const SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;

function isLocalPath(target) {
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\');
}

// Agents imported from the old PHP desk still have unsalted MD5 hashes; they are
// upgraded to bcrypt on their first successful login.
async function verifyPassword(agent, password) {
  if (agent.password_hash) {
    return bcrypt.compare(password, agent.password_hash);
  }
  // plumb-expect: weak-hash
  const legacy = crypto.createHash('md5').update(password).digest('hex');
  if (agent.legacy_md5 && crypto.timingSafeEqual(Buffer.from(legacy), Buffer.from(agent.legacy_md5))) {
    await agents.savePasswordHash(agent.id, await bcrypt.hash(password, 12));
    return true;
  }
  return false;
}

router.get('/login', (req, res) => {
  res.render('login', { next: req.query.next || '/tickets', error: null });
});

router.post('/login', route(async (req, res) => {
  const { email = '', password = '' } = req.body;
  const agent = await agents.findByEmail(String(email));
  if (!agent || !(await verifyPassword(agent, String(password)))) {
    return res.status(401).render('login', { next: req.body.next, error: 'Unknown e-mail or wrong password' });
  }
  // plumb-ok: insecure-random
  const sessionId = crypto.randomBytes(32).toString('base64url');
  await agents.createSession(sessionId, agent.id);
  // plumb-ok: insecure-cookie
  res.cookie('sid', sessionId, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: SESSION_MAX_AGE_MS });

  const target = req.body.next;
  // plumb-ok: open-redirect
  return res.redirect(isLocalPath(target) ? target : '/tickets');
}));

router.post('/logout', route(async (req, res) => {
  if (req.cookies.sid) {
    await agents.deleteSession(req.cookies.sid);
  }
  // plumb-ok: insecure-cookie
  res.clearCookie('sid');
  // Single sign-out: the identity provider passes the page to return to.
  // plumb-expect: open-redirect
  res.redirect(req.query.return_to || '/account/login');
}));

router.post('/password-reset', route(async (req, res) => {
  const agent = await agents.findByEmail(String(req.body.email || ''));
  if (agent) {
    // six digits that agents type in from the e-mail
    // plumb-expect: insecure-random
    const resetCode = String(Math.floor(Math.random() * 1000000)).padStart(6, '0');
    await agents.saveResetCode(agent.id, resetCode);
    await sendResetCode(agent.email, resetCode);
  }
  res.status(202).json({ ok: true });
}));

router.post('/preferences', (req, res) => {
  const density = req.body.density === 'compact' ? 'compact' : 'comfortable';
  // plumb-expect: insecure-cookie
  res.cookie('density', density, { maxAge: 365 * 24 * 60 * 60 * 1000 });
  res.json({ density });
});

module.exports = router;
