const agents = require('../repositories/agents');

// Express 4 does not pass rejected promises to the error handler by itself.
const route = (handler) => (req, res, next) => handler(req, res, next).catch(next);

const currentAgent = route(async (req, res, next) => {
  if (req.cookies.sid) {
    req.agent = await agents.findBySession(req.cookies.sid);
  }
  next();
});

function requireAgent(req, res, next) {
  return req.agent ? next() : res.redirect('/account/login');
}

module.exports = { route, currentAgent, requireAgent };
